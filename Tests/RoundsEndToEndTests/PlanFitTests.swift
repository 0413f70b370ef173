import Foundation
import Testing

/// `plan fit` and `plan simulate` through the real binary, on a small demo company with a
/// December draft plan.
@Suite struct PlanFitTests {
    /// A demo company of 2 reps and 40 customers with December planned.
    static func planned() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let created = try rounds.run(["demo", "create", "--reps", "2", "--customers", "40", "--seed", "3", "--until", "2026-11-15",
                                      "--db", rounds.database])
        #expect(created.status == 0, "\(created.stderr)")
        let plan = try rounds.run(["plan", "month", "--all", "--from", "2026-12-01", "--iterations", "200"])
        #expect(plan.status == 0, "\(plan.stderr)")
        return rounds
    }

    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// A customer of the rep, with its code and whether it is closed on some weekday.
    static func customer(_ rounds: RoundsProcess, rep: String) throws -> String {
        let codes = try rounds.run(["customer", "list", "--where", "rep = \(rep)", "--only", "code", "--limit", "1"])
        return codes.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func everyWorkingDayBestFirstThenWhyNot() throws {
        let rounds = try Self.planned()
        let code = try Self.customer(rounds, rep: "R01")
        let fit = try rounds.run(["plan", "fit", code, "--minutes", "45", "--format", "csv"])
        #expect(fit.status == 0, "\(fit.stderr)")
        #expect(fit.stdout.hasPrefix("date,weekday,extra_minutes,visits,arrive,after,before,note\n"))
        let rows = Self.rows(fit.stdout)
        // One row per working day of R01's plan.
        let days = try rounds.run(["plan", "show", "--summary", "--rep", "R01", "--only", "days"])
        #expect(rows.count == Int(days.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Set(rows.map { $0[0] }).count == rows.count)
        // Days that fit first, least driving added first; then the others with a reason, by date.
        let fitting = rows.prefix { !$0[2].isEmpty }
        #expect(!fitting.isEmpty)
        let extras = fitting.map { Int($0[2])! }
        #expect(extras == extras.sorted())
        for row in fitting {
            #expect(row[4].count == 5 && row[4].contains(":"), "\(row)")
            #expect(!row[5].isEmpty && !row[6].isEmpty, "\(row)")
        }
        let rest = rows.dropFirst(fitting.count)
        #expect(rest.allSatisfy { ["closed", "full", "window"].contains($0[7]) && $0[4].isEmpty }, "\(rest)")
        #expect(rest.map { $0[0] } == rest.map { $0[0] }.sorted())
        // The neighbours are in that day's plan: the visit sits between them.
        let first = fitting.first!
        let day = try rounds.run(["plan", "show", "--rep", "R01", "--date", first[0], "--only", "customer"])
        let planned = day.stdout.split(separator: "\n").map(String.init)
        for neighbour in [first[5], first[6]] where neighbour != "start" && neighbour != "end" {
            #expect(planned.contains(neighbour), "\(neighbour) not in \(planned)")
        }

        // JSON carries the same days; a long visit fits fewer days.
        let json = try rounds.run(["plan", "fit", code, "--minutes", "45", "--format", "json"])
        let objects = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(objects.count == rows.count)
        #expect(objects.first?["date"] as? String == first[0])
        let long = try rounds.run(["plan", "fit", code, "--minutes", "300", "--format", "csv"])
        #expect(Self.rows(long.stdout).filter { !$0[2].isEmpty }.count < fitting.count)
        #expect(try rounds.run(["plan", "fit", code, "--count"]).stdout == "\(rows.count)\n")
    }

    @Test func closedDaysAreListedLast() throws {
        let rounds = try Self.planned()
        let code = try Self.customer(rounds, rep: "R02")
        #expect(try rounds.run(["customer", "edit", code, "--closed-days", "wed"]).status == 0)
        let fit = try rounds.run(["plan", "fit", code, "--format", "csv"])
        #expect(fit.status == 0, "\(fit.stderr)")
        let rows = Self.rows(fit.stdout)
        let wednesdays = rows.filter { $0[1] == "wed" }
        #expect(!wednesdays.isEmpty && wednesdays.allSatisfy { $0[7] == "closed" })
        #expect(rows.suffix(wednesdays.count).allSatisfy { $0[2].isEmpty })
    }

    @Test func mistakesAreNamed() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["demo", "create", "--reps", "2", "--customers", "40", "--seed", "3", "--until", "2026-11-15",
                            "--db", rounds.database])
        let code = try Self.customer(rounds, rep: "R02")
        let none = try rounds.run(["plan", "fit", code])
        #expect(none.status == 1 && none.stderr.contains("no plan yet: run plan week or plan month first"), "\(none.stderr)")
        #expect(try rounds.run(["plan", "month", "--rep", "R01", "--from", "2026-12-01", "--iterations", "100"]).status == 0)
        let other = try rounds.run(["plan", "fit", code])
        #expect(other.status == 1 && other.stderr.contains("rep 'R02' of customer \(code) is not in the draft plan"), "\(other.stderr)")
        let unknown = try rounds.run(["plan", "fit", "ZZZ"])
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown customer 'ZZZ'"))
        _ = try rounds.run(["customer", "add", "X1", "--name", "位置なし商店", "--rep", "R01"])
        let nowhere = try rounds.run(["plan", "fit", "X1"])
        #expect(nowhere.status == 1 && nowhere.stderr.contains("customer X1 has no map position"), "\(nowhere.stderr)")
        for minutes in ["0", "601"] {
            let wrong = try rounds.run(["plan", "fit", code, "--minutes", minutes])
            #expect(wrong.status == 2 && wrong.stderr.contains("invalid --minutes '\(minutes)': give 1 to 600 minutes"), "\(wrong.stderr)")
        }
    }

    @Test func simulateComparesHoursAndChangesNothing() throws {
        let rounds = try Self.planned()
        let before = try [["plan", "show", "--format", "json"], ["visit", "list", "--format", "csv"], ["plan", "show", "--summary", "--format", "csv"]]
            .map { try rounds.run($0).stdout }
        let heavy = try rounds.run(["plan", "simulate", "--policy", "focus=8,develop=2,maintain=1", "--all", "--from", "2026-12-01",
                                    "--month", "--format", "csv"])
        #expect(heavy.status == 0, "\(heavy.stderr)")
        #expect(heavy.stdout.hasPrefix("rep,visits_asked,visits_fit,hours_needed,hours_available,load_percent,bar\n"))
        let rows = Self.rows(heavy.stdout)
        #expect(rows.map { $0[0] } == ["R01", "R02", "total"])
        #expect(Int(rows[2][1]) == Int(rows[0][1])! + Int(rows[1][1])!)
        for row in rows.prefix(2) {
            #expect(Int(row[2])! <= Int(row[1])!)
            // R01 works 8:30–17:30 and R02 9:00–18:00, an hour's lunch each: 8 hours a working day.
            #expect(Double(row[4])!.truncatingRemainder(dividingBy: 8) == 0, "\(row)")
            #expect(Int(row[5]) == Int((Double(row[3])! / Double(row[4])! * 100).rounded()))
        }
        let light = try rounds.run(["plan", "simulate", "--policy", "focus=1,develop=1,maintain=0", "--from", "2026-12-01",
                                    "--month", "--format", "csv"])
        let lightRows = Self.rows(light.stdout)
        #expect(Double(lightRows[2][3])! < Double(rows[2][3])!)
        #expect(Int(lightRows[2][1])! < Int(rows[2][1])!)
        #expect(lightRows[2][4] == rows[2][4])
        let week = try rounds.run(["plan", "simulate", "--policy", "focus=4", "--rep", "R02", "--from", "2026-12-01", "--format", "csv"])
        #expect(Self.rows(week.stdout).map { $0[0] } == ["R02", "total"])
        #expect(Double(Self.rows(week.stdout)[0][4])! <= 40)

        let after = try [["plan", "show", "--format", "json"], ["visit", "list", "--format", "csv"], ["plan", "show", "--summary", "--format", "csv"]]
            .map { try rounds.run($0).stdout }
        #expect(after == before)
    }

    @Test func simulateNamesTheBadPart() throws {
        let rounds = try RoundsProcess()
        let cases = [
            ("focus=8,boss=1", "invalid --policy 'boss=1': unknown rank 'boss': use one of: focus, develop, maintain"),
            ("focus=eight", "invalid --policy 'focus=eight': give the visits a month as a whole number"),
            ("develop=32", "invalid --policy 'develop=32': give 0 to 31 visits a month"),
            ("focus:8", "invalid --policy 'focus:8': use RANK=VISITS a month, such as focus=8,develop=2,maintain=1"),
        ]
        for (policy, message) in cases {
            let result = try rounds.run(["plan", "simulate", "--policy", policy])
            #expect(result.status == 2 && result.stderr.contains(message), "\(result.stderr)")
        }
        let both = try rounds.run(["plan", "simulate", "--policy", "focus=8", "--all", "--rep", "R01"])
        #expect(both.stderr.contains("give --rep R or --all, not both"))
        _ = try rounds.run(["rep", "add", "R01", "--name", "佐藤"])
        let unknown = try rounds.run(["plan", "simulate", "--policy", "focus=8", "--rep", "R09"])
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown rep 'R09'"))
    }
}
