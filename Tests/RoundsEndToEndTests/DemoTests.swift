import Foundation
import Testing

/// The demo company and the README's first command, through the real binary.
@Suite struct DemoTests {
    @Test func sameSeedSameCompany() throws {
        let rounds = try RoundsProcess()
        let first = rounds.directory.appendingPathComponent("a.sqlite").path
        let second = rounds.directory.appendingPathComponent("b.sqlite").path
        let created = try rounds.run(["demo", "create", "--customers", "120", "--reps", "4", "--seed", "7", "--db", first])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout == "demo company created: 4 reps, 120 customers in \(first) (seed 7)\n")
        _ = try rounds.run(["demo", "create", "--customers", "120", "--reps", "4", "--seed", "7", "--db", second])
        let listing = ["customer", "list", "--all", "--wide", "--format", "csv"]
        let a = try rounds.run(["--db", first] + listing).stdout
        #expect(a.split(separator: "\n").count == 121)
        #expect(a == (try rounds.run(["--db", second] + listing).stdout))
        #expect(try rounds.run(["--db", first, "rep", "list", "--count"]).stdout == "4\n")
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
