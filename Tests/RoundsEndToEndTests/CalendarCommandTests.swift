import Foundation
import Testing

/// `calendar holidays` and `calendar workdays` as a user runs them.
@Suite struct CalendarCommandTests {
    @Test func theHolidaysOfAYearAsCSV() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["calendar", "holidays", "2026", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "date,weekday,name")
        #expect(lines.count == 1 + 18)
        #expect(lines[1] == "2026-01-01,thu,元日")
        #expect(lines.contains("2026-05-06,wed,振替休日"))
        #expect(lines.contains("2026-09-22,tue,国民の休日"))
        let count = try rounds.run(["calendar", "holidays", "2026", "--count"])
        #expect(count.stdout == "18\n")
    }

    @Test func theWorkingDaysOverNewYear() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["calendar", "workdays", "--from", "2026-12-28", "--to", "2027-01-06", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").map(String.init)
                == ["date,weekday", "2026-12-28,mon", "2027-01-04,mon", "2027-01-05,tue", "2027-01-06,wed"])

        let all = try rounds.run(["calendar", "workdays", "--from", "2026-12-28", "--to", "2027-01-06", "--all"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stdout.contains("New Year's Day") && all.stdout.contains("company holiday"))
        #expect(all.stdout.split(separator: "\n").count == 2 + 10, "\(all.stdout)")  // header, rule, ten days
    }

    @Test func aYearWithoutKnownHolidaysIsRefused() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["calendar", "holidays", "2100"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("1980 to 2099"), "\(result.stderr)")
    }

    /// 2020–2030 against an independent implementation of the law (PyPI `holidays`, which CI
    /// installs for the plan checker): the same days, substitute and citizens' holidays included.
    @Test(.enabled(if: PlanExportTests.hasChecker)) func holidaysMatchAnIndependentTable() throws {
        let rounds = try RoundsProcess()
        for year in 2020...2030 {
            let ours = try rounds.run(["calendar", "holidays", String(year), "--format", "csv", "--only", "date"])
            #expect(ours.status == 0, "\(ours.stderr)")
            let theirs = try InteractiveTests.run(["python3", "-c", "import holidays; print('\\n'.join(str(d) for d in sorted(holidays.JP(years=\(year)))))"])
            let lines = ours.stdout.split(separator: "\n").map(String.init).filter { $0.first?.isNumber == true }
            #expect(lines == theirs.output.split(separator: "\n").map(String.init), "\(year)")
        }
    }
}
