import RoundsDomain
import Testing

@Suite struct WorkingCalendarTests {
    func day(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text, field: "date")
    }

    @Test func theYearEndBreakWeekendsAndNewYearsDay() throws {
        let calendar = WorkingCalendar()
        let days = calendar.workdays(from: try day("2026-12-28"), to: try day("2027-01-06"))
        #expect(days.map(\.description) == ["2026-12-28", "2027-01-04", "2027-01-05", "2027-01-06"])
        #expect(calendar.dayOff(try day("2026-12-30")) == .companyHoliday)
        #expect(calendar.dayOff(try day("2027-01-01")) == .nationalHoliday(Message(en: "New Year's Day", ja: "元日")))
        #expect(calendar.dayOff(try day("2027-01-02")) == .weekly(.saturday))
        #expect(calendar.dayOff(try day("2027-01-03")) == .weekly(.sunday))
    }

    @Test func nationalHolidaysAreOffOnWeekdays() throws {
        let calendar = WorkingCalendar()
        #expect(calendar.workdays(from: try day("2026-09-18"), to: try day("2026-09-25")).map(\.description)
                == ["2026-09-18", "2026-09-24", "2026-09-25"])
        #expect(calendar.dayOff(try day("2026-09-22"))?.label.ja == "国民の休日")
    }

    @Test func companyHolidaysOfEveryYearAndOnce() throws {
        var calendar = WorkingCalendar()
        calendar.companyHolidays += [.everyYear(from: .init(8, 13), through: .init(8, 16)), .once(try day("2026-10-30"))]
        #expect(try !calendar.isWorkday(day("2026-08-13")) && !calendar.isWorkday(day("2027-08-16")))
        #expect(calendar.isWorkday(try day("2026-08-17")))
        #expect(calendar.dayOff(try day("2026-10-30")) == .companyHoliday)
        #expect(calendar.isWorkday(try day("2027-10-29")))
        calendar.companyHolidays = []
        #expect(calendar.isWorkday(try day("2026-12-30")))
    }

    @Test func aRepsOwnDaysOffAndAnotherWeek() throws {
        var calendar = WorkingCalendar(weeklyDaysOff: [.sunday, .wednesday])
        calendar.repDaysOff = [try day("2026-12-04")]
        #expect(calendar.isWorkday(try day("2026-12-05")))               // Saturday works here
        #expect(calendar.dayOff(try day("2026-12-02")) == .weekly(.wednesday))
        #expect(calendar.dayOff(try day("2026-12-04")) == .repDayOff)
        #expect(calendar.workdays(from: try day("2026-11-30"), to: try day("2026-12-06")).count == 4)
        #expect(calendar.workdays(from: try day("2026-12-06"), to: try day("2026-11-30")).isEmpty)
    }

    /// The listing's fast path (one holiday list a year) says what `dayOff` says day by day.
    @Test func aSpanAgreesWithEachDay() throws {
        let calendar = WorkingCalendar(repDaysOff: [try day("2026-06-10")])
        for entry in calendar.days(from: try day("2025-12-01"), to: try day("2027-01-31")) {
            #expect(entry.off == calendar.dayOff(entry.date), "\(entry.date)")
        }
    }
}
