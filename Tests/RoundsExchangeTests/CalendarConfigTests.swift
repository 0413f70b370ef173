import RoundsDomain
import RoundsExchange
import Testing

@Suite struct CalendarConfigTests {
    func day(_ month: Int, _ day: Int, _ year: Int = 2026) -> CalendarDate { try! CalendarDate(year: year, month: month, day: day) }

    @Test func companyHolidaysAndASixDayWeek() throws {
        let yaml = """
            calendar:
              weekly_days_off: [sun]
              company_holidays: [12-30..01-04, 08-13..08-16, 2026-10-01, 2026-11-02..2026-11-03]
            """
        let calendar = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml").calendar
        #expect(calendar.isWorkday(day(12, 5)))           // a Saturday is worked
        #expect(!calendar.isWorkday(day(12, 6)))          // Sunday is not
        #expect(calendar.isWorkday(day(12, 29)))          // the standard break is replaced
        #expect(!calendar.isWorkday(day(1, 4, 2027)))
        #expect(!calendar.isWorkday(day(8, 14)) && !calendar.isWorkday(day(10, 1)) && !calendar.isWorkday(day(11, 2)))
        #expect(calendar.isWorkday(day(10, 1, 2027)))     // once, not every year
    }

    @Test func withoutCalendarTheStandardApplies() throws {
        let calendar = try ConfigFile.parse(yaml: "visits:\n  plan_requires: []\n", file: "rounds.yaml").calendar
        #expect(calendar == WorkingCalendar())
    }

    @Test func mistakesNameTheLine() {
        func problem(_ yaml: String) -> String? {
            do {
                _ = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml")
                return nil
            } catch {
                return error.text(in: .en)
            }
        }
        #expect(problem("calendar:\n  company_holidays:\n    - 12-29..01-03\n    - 13-01\n")?.hasPrefix("rounds.yaml:4: invalid company_holidays '13-01': use MM-DD..MM-DD") == true)
        #expect(problem("calendar:\n  weekly_days_off: [sat, someday]\n")?.hasPrefix("rounds.yaml:2: invalid weekly_days_off") == true)
        #expect(problem("calendar:\n  company_holiday: [08-15]\n") == "rounds.yaml:2: unknown key 'company_holiday'; did you mean 'company_holidays'?")
    }
}
