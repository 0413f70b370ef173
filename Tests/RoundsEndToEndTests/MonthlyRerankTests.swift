import Foundation
import Testing

/// `Examples/monthly-rerank.rounds` on the demo company, as a manager runs it each month: twice
/// for the same month, which must replace that month's ranks, not add a second set.
@Suite struct MonthlyRerankTests {
    /// The demo's history reaches today, so the last complete month always has results.
    var lastMonth: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        let parts = calendar.dateComponents([.year, .month], from: calendar.date(byAdding: .month, value: -1, to: Date())!)
        return String(format: "%04d-%02d", parts.year!, parts.month!)
    }

    @Test func theMonthlyScriptRanksExportsAndReportsAndCanRunAgain() throws {
        let rounds = try RoundsProcess()
        #expect(try rounds.run(["demo", "create"]).status == 0)
        let script = RoundsProcess.repository.appendingPathComponent("Examples/monthly-rerank.rounds").path
        let month = lastMonth

        let first = try rounds.run(["-f", script, month])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("== Who moves, and why (\(month)'s results)"))
        #expect(first.stdout.contains("ranks-\(month).csv: 300 customers"))
        #expect(first.stdout.contains("wrote report-\(month).html (6 charts)"))
        let csv = try rounds.read("ranks-\(month).csv").split(separator: "\n")
        #expect(csv.count == 301, "a header and one line per customer")
        let html = try rounds.read("report-\(month).html")
        #expect(html.components(separatedBy: "<svg").count - 1 == 6)

        let again = try rounds.run(["-f", script, month])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains(": 0 of 300 customers changed rank"), "the ranks are already applied")
        let history = try rounds.run(["rank", "history", "C00001", "--format", "csv"])
        #expect(history.stdout.split(separator: "\n").count == 2, "one month of history, not two: \(history.stdout)")
    }

    @Test func withoutTheMonthTheScriptStopsAtItsFirstCommand() throws {
        let rounds = try RoundsProcess()
        #expect(try rounds.run(["demo", "create", "--customers", "20"]).status == 0)
        let script = RoundsProcess.repository.appendingPathComponent("Examples/monthly-rerank.rounds").path
        let result = try rounds.run(["-f", script])
        #expect(result.status != 0)
        #expect(result.stderr.contains("monthly-rerank.rounds:14: rank: invalid --as-of ''"))
        #expect(try rounds.run(["rank", "history", "C00001"]).stdout.contains("2026") == false)
    }
}
