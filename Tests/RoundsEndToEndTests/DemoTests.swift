import Foundation
import Testing

/// The demo company and the README's first command, through the real binary.
@Suite struct DemoTests {
    @Test func sameSeedSameCompany() throws {
        let rounds = try RoundsProcess()
        let first = rounds.directory.appendingPathComponent("a.sqlite").path
        let second = rounds.directory.appendingPathComponent("b.sqlite").path
        let options = ["--customers", "120", "--reps", "4", "--seed", "7", "--until", "2026-11-30"]
        let created = try rounds.run(["demo", "create"] + options + ["--db", first])
        #expect(created.status == 0, "\(created.stderr)")
        let lines = created.stdout.split(separator: "\n")
        #expect(lines.first == "demo company created: 4 reps, 120 customers in \(first) (seed 7)")
        #expect(lines.count == 2 && lines[1].hasPrefix("history of 3 years up to 2026-11-30: "))
        _ = try rounds.run(["demo", "create"] + options + ["--db", second])
        let listing = ["customer", "list", "--all", "--wide", "--format", "csv"]
        let a = try rounds.run(["--db", first] + listing).stdout
        #expect(a.split(separator: "\n").count == 121)
        #expect(a == (try rounds.run(["--db", second] + listing).stdout))
        #expect(try rounds.run(["--db", first, "rep", "list", "--count"]).stdout == "4\n")
        // Two teams with targets, and visits that were planned, so the KPIs have something to say.
        let kpi = try rounds.run(["--db", first, "kpi", "--by", "team", "--period", "2026-10", "--format", "json"])
        #expect(kpi.status == 0, "\(kpi.stderr)")
        let teams = try #require(try JSONSerialization.jsonObject(with: Data(kpi.stdout.utf8)) as? [[String: Any]])
        #expect(teams.map { $0["team"] as? String } == ["営業一課", "営業二課", "total"])
        #expect(teams.allSatisfy { ($0["target_yen"] as? Int ?? 0) > 0 && ($0["visits_planned"] as? Int ?? 0) > 0 })
        // The history too, timestamps included.
        for table in ["order", "deal", "note", "visit", "contact"] {
            let rows = try rounds.run(["--db", first, table, "list", "--format", "json"])
            #expect(rows.status == 0, "\(rows.stderr)")
            #expect(rows.stdout.count > 100, "\(table)")
            #expect(rows.stdout == (try rounds.run(["--db", second, table, "list", "--format", "json"]).stdout), "\(table)")
        }
    }

    @Test func historyIsThereAndSearchable() throws {
        let rounds = try RoundsProcess()
        let created = try rounds.run(["demo", "create", "--customers", "200", "--until", "2026-11-30"])
        #expect(created.status == 0, "\(created.stderr)")
        let orders = try rounds.run(["order", "list", "--format", "csv", "--only", "date"]).stdout.split(separator: "\n")
        #expect(orders.first?.hasPrefix("2026-11-") == true, "\(orders.first ?? "")")
        #expect(orders.last.map { $0 <= "2024-01-31" } == true, "\(orders.last ?? "")")
        let raises = try rounds.run(["search", "値上げ", "--kind", "request", "--format", "csv", "--only", "text"])
        #expect(raises.stdout.split(separator: "\n").count >= 5)
        #expect(raises.stdout.split(separator: "\n").allSatisfy { $0.contains("値上げ") })
        #expect(Int(try rounds.run(["search", "価格改定", "--kind", "visit", "--count"]).stdout.trimmingCharacters(in: .newlines))! > 0)
        let planned = try rounds.run(["visit", "list", "--status", "planned", "--from", "2026-12-01", "--to", "2026-12-14", "--count"])
        #expect(Int(planned.stdout.trimmingCharacters(in: .newlines))! > 10)
        let won = try rounds.run(["deal", "list", "--stage", "won", "--format", "csv", "--only", "id"]).stdout.split(separator: "\n")
        let stages = try rounds.run(["deal", "show", String(won[0])])
        #expect(stages.stdout.contains("hearing") && stages.stdout.contains("quote"), "\(stages.stdout)")
    }

    @Test func noYearsNoHistory() throws {
        let rounds = try RoundsProcess()
        let created = try rounds.run(["demo", "create", "--customers", "50", "--years", "0"])
        #expect(created.stdout.split(separator: "\n").count == 1)
        for table in ["order", "deal", "note", "visit", "contact"] {
            #expect(try rounds.run([table, "list", "--count"]).stdout == "0\n", "\(table)")
        }
        let bad = try rounds.run(["demo", "create", "--years", "11", "--db", rounds.directory.appendingPathComponent("y.sqlite").path])
        #expect(bad.status != 0 && bad.stderr.contains("--years"))
        let badDay = try rounds.run(["demo", "create", "--until", "2026-02-30", "--db", rounds.directory.appendingPathComponent("z.sqlite").path])
        #expect(badDay.status != 0 && badDay.stderr.contains("--until"))
    }

    @Test func refusesADatabaseWithDataAndBadCounts() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["rep", "add", "R01", "--name", "佐藤"])
        let refused = try rounds.run(["demo", "create", "--customers", "10"])
        #expect(refused.status != 0)
        #expect(try rounds.run(["customer", "list", "--count"]).stdout == "0\n")
        let bad = try rounds.run(["demo", "create", "--customers", "0", "--db", rounds.directory.appendingPathComponent("x.sqlite").path])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--customers"))
    }

    @Test func readmeFirstLookRunsOnTheDemo() throws {
        let rounds = try RoundsProcess()
        let script = RoundsProcess.repository.appendingPathComponent("Examples/first-look.rounds").path
        let process = Process()
        process.executableURL = RoundsProcess.binary
        process.arguments = ["--demo", "-f", script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.currentDirectoryURL = rounds.directory
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("8 reps, 300 customers"))
        #expect(text.contains("== Customers per rep and rank\nR01  focus "))
    }
}
