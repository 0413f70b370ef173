import Foundation
import Testing

/// `rep dayoff add|remove|list` and `calendar workdays --rep` as a user runs them.
@Suite struct RepDayOffTests {
    func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["-c", "rep add R01 --name 佐藤; rep add R02 --name 鈴木"])
        #expect(result.status == 0, "\(result.stderr)")
        return rounds
    }

    @Test func aSpanAddsEveryDayAndListsFilterByRepAndDates() throws {
        let rounds = try company()
        let added = try rounds.run(["rep", "dayoff", "add", "R01", "2026-12-24..2026-12-28", "--note", "有給"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "added 5 day(s) off for rep R01\n")
        let again = try rounds.run(["rep", "dayoff", "add", "R01", "2026-12-28..2026-12-29"])
        #expect(again.status == 0, "a day already off is no error: \(again.stderr)")
        #expect(again.stdout == "added 1 day(s) off for rep R01 (1 already off)\n")
        #expect(try rounds.run(["rep", "dayoff", "add", "R02", "R8.12.24"]).status == 0)

        let csv = try rounds.run(["rep", "dayoff", "list", "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.split(separator: "\n").map(String.init) == [
            "rep,date,weekday,note", "R01,2026-12-24,thu,有給", "R01,2026-12-25,fri,有給", "R01,2026-12-26,sat,有給",
            "R01,2026-12-27,sun,有給", "R01,2026-12-28,mon,有給", "R01,2026-12-29,tue,", "R02,2026-12-24,thu,",
        ])
        let json = try rounds.run(["rep", "dayoff", "list", "R01", "--from", "2026-12-26", "--to", "2026-12-27", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["date"] as? String } == ["2026-12-26", "2026-12-27"])
        #expect(rows.first?["rep"] as? String == "R01" && rows.first?["note"] as? String == "有給")
        #expect(try rounds.run(["rep", "dayoff", "list", "--to", "2026-12-24", "--only", "rep"]).stdout == "R01\nR02\n")

        let removed = try rounds.run(["rep", "dayoff", "remove", "R01", "2026-12-26..2026-12-30"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "removed 4 day(s) off for rep R01 (1 not off)\n")
        #expect(try rounds.run(["rep", "dayoff", "list", "R01", "--only", "date"]).stdout == "2026-12-24\n2026-12-25\n")
        #expect(try rounds.run(["rep", "dayoff", "list", "R01", "--count"]).stdout == "2\n")
    }

    @Test func theRepsWorkdaysLeaveItsDaysOffOut() throws {
        let rounds = try company()
        #expect(try rounds.run(["rep", "dayoff", "add", "R01", "2026-12-22..2026-12-23"]).status == 0)
        let workdays = try rounds.run(["calendar", "workdays", "--from", "2026-12-21", "--to", "2026-12-25", "--rep", "R01",
                                       "--format", "csv"])
        #expect(workdays.status == 0, "\(workdays.stderr)")
        #expect(workdays.stdout.split(separator: "\n").map(String.init)
                == ["date,weekday", "2026-12-21,mon", "2026-12-24,thu", "2026-12-25,fri"])
        let all = try rounds.run(["calendar", "workdays", "--from", "2026-12-21", "--to", "2026-12-23", "--rep", "R01",
                                  "--all", "--format", "csv"])
        #expect(all.stdout.split(separator: "\n").map(String.init) == [
            "date,weekday,workday,off", "2026-12-21,mon,true,", "2026-12-22,tue,false,rep", "2026-12-23,wed,false,rep",
        ])
        let table = try rounds.run(["calendar", "workdays", "--from", "2026-12-22", "--to", "2026-12-22", "--rep", "R01", "--all"])
        #expect(table.stdout.contains("rep's day off"), "\(table.stdout)")
        let others = try rounds.run(["calendar", "workdays", "--from", "2026-12-21", "--to", "2026-12-25", "--rep", "R02", "--count"])
        #expect(others.stdout == "5\n", "another rep's days off do not count")
    }

    @Test func anUnknownRepOrABadDayStoresNothing() throws {
        let rounds = try company()
        let unknown = try rounds.run(["rep", "dayoff", "add", "R09", "2026-12-24"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown rep 'R09'"), "\(unknown.stderr)")
        for days in ["2026-12-32", "2026-12-28..2026-12-24", "2026-01-01..2027-06-01", "2026-12-24..", "someday"] {
            let bad = try rounds.run(["rep", "dayoff", "add", "R01", days])
            #expect(bad.status == 1, "\(days)")
            #expect(bad.stderr.contains("invalid date '\(days)'"), "\(days): \(bad.stderr)")
        }
        #expect(try rounds.run(["rep", "dayoff", "list", "--count"]).stdout == "0\n")
        let list = try rounds.run(["rep", "dayoff", "list", "R09"])
        #expect(list.status == 1 && list.stderr.contains("unknown rep 'R09'"), "\(list.stderr)")
        let remove = try rounds.run(["rep", "dayoff", "remove", "R09", "2026-12-24"])
        #expect(remove.status == 1 && remove.stderr.contains("unknown rep 'R09'"), "\(remove.stderr)")
        let calendar = try rounds.run(["calendar", "workdays", "--from", "2026-12-21", "--to", "2026-12-25", "--rep", "R09"])
        #expect(calendar.status == 1 && calendar.stderr.contains("unknown rep 'R09'"), "\(calendar.stderr)")
        let from = try rounds.run(["rep", "dayoff", "list", "--from", "someday"])
        #expect(from.status == 1 && from.stderr.contains("--from"), "\(from.stderr)")
    }
}
