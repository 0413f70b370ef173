/// Which days a rep works: not a weekly day off, not a national holiday, not a company holiday,
/// not one of the rep's own days off. Visit planning spreads visits over these days only.
///
/// ```swift
/// var calendar = WorkingCalendar()                     // Sat/Sun off, 12/29–1/3 off
/// calendar.companyHolidays.append(.everyYear(from: MonthDay(8, 13), through: MonthDay(8, 16)))  // お盆
/// calendar.repDaysOff = [try CalendarDate(year: 2027, month: 1, day: 5)]
/// calendar.workdays(from: try CalendarDate(year: 2026, month: 12, day: 28),
///                   to: try CalendarDate(year: 2027, month: 1, day: 6))  // [2026-12-28, 2027-01-04, 2027-01-06]
/// calendar.dayOff(try CalendarDate(year: 2026, month: 12, day: 30))      // .companyHoliday
/// ```
public struct WorkingCalendar: Sendable, Equatable {
    /// A day of the year that comes back every year, such as 12/29.
    public struct MonthDay: Sendable, Hashable, Comparable {
        public let month: Int
        public let day: Int

        public init(_ month: Int, _ day: Int) {
            self.month = month
            self.day = day
        }

        public static func < (lhs: MonthDay, rhs: MonthDay) -> Bool { (lhs.month, lhs.day) < (rhs.month, rhs.day) }
    }

    /// A day or days the whole company closes.
    public enum CompanyHoliday: Sendable, Hashable {
        /// The same days every year, both ends included; a range may run over New Year (12/29–1/3).
        case everyYear(from: MonthDay, through: MonthDay)
        /// One day (a founding anniversary, a stocktaking day).
        case once(CalendarDate)

        /// 年末年始: December 29 to January 3, the usual Japanese company year-end break.
        public static let yearEnd = CompanyHoliday.everyYear(from: MonthDay(12, 29), through: MonthDay(1, 3))

        public func contains(_ date: CalendarDate) -> Bool {
            switch self {
            case .once(let day): return day == date
            case .everyYear(let from, let through):
                let day = MonthDay(date.month, date.day)
                return from <= through ? (from...through).contains(day) : day >= from || day <= through
            }
        }
    }

    /// Why a day is not worked, in the order it is reported when several apply.
    public enum DayOff: Sendable, Equatable {
        case nationalHoliday(Message)
        case weekly(Weekday)
        case companyHoliday
        case repDayOff

        /// A stable word for CSV and JSON.
        public var code: String {
            switch self {
            case .nationalHoliday: "holiday"
            case .weekly: "weekly"
            case .companyHoliday: "company"
            case .repDayOff: "rep"
            }
        }

        /// What the user reads: the holiday's name, the weekday, or whose day off it is.
        public var label: Message {
            switch self {
            case .nationalHoliday(let name): name
            case .weekly(let day): Message(en: "weekly day off (\(day.code))", ja: "定休日（\(day.kanji)）")
            case .companyHoliday: Message(en: "company holiday", ja: "会社休日")
            case .repDayOff: Message(en: "rep's day off", ja: "担当者の休み")
            }
        }
    }

    public var weeklyDaysOff: Set<Weekday>
    public var companyHolidays: [CompanyHoliday]
    public var repDaysOff: Set<CalendarDate>

    public init(weeklyDaysOff: Set<Weekday> = [.saturday, .sunday], companyHolidays: [CompanyHoliday] = [.yearEnd],
                repDaysOff: Set<CalendarDate> = []) {
        self.weeklyDaysOff = weeklyDaysOff
        self.companyHolidays = companyHolidays
        self.repDaysOff = repDaysOff
    }

    /// Why `date` is off, or `nil` when it is a working day.
    public func dayOff(_ date: CalendarDate) -> DayOff? {
        JapaneseHolidays.holiday(on: date).map { .nationalHoliday($0.name) } ?? companyDayOff(date)
    }

    public func isWorkday(_ date: CalendarDate) -> Bool {
        dayOff(date) == nil
    }

    /// Every day from `start` through `end` (both included) with why it is off, `nil` on working days.
    public func days(from start: CalendarDate, to end: CalendarDate) -> [(date: CalendarDate, off: DayOff?)] {
        guard start <= end else { return [] }
        // A year's holidays are worked out once, not once a day.
        var holidays: [CalendarDate: Message] = [:]
        for year in start.year...end.year {
            for holiday in JapaneseHolidays.holidays(in: year) { holidays[holiday.date] = holiday.name }
        }
        return (0...end.days(since: start)).map { offset in
            let date = start.adding(days: offset)
            return (date, holidays[date].map(DayOff.nationalHoliday) ?? companyDayOff(date))
        }
    }

    /// The working days from `start` through `end`, both included.
    public func workdays(from start: CalendarDate, to end: CalendarDate) -> [CalendarDate] {
        days(from: start, to: end).filter { $0.off == nil }.map(\.date)
    }

    /// The days off the company and the rep choose, national holidays aside.
    private func companyDayOff(_ date: CalendarDate) -> DayOff? {
        if weeklyDaysOff.contains(date.weekday) { return .weekly(date.weekday) }
        if companyHolidays.contains(where: { $0.contains(date) }) { return .companyHoliday }
        if repDaysOff.contains(date) { return .repDayOff }
        return nil
    }
}

extension WorkingCalendar.CompanyHoliday {
    /// Parses what a config file writes: `12-29..01-03` or `08-15` every year, `2026-08-14` once,
    /// `2026-08-13..2026-08-16` once for each day of the span.
    public static func list(parsing text: String, field: String = "company_holidays") throws(RoundsError) -> [Self] {
        let ends = text.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(ends.count) else { throw RoundsError.invalid(field, text, .companyHolidayFormat) }
        if ends.allSatisfy({ $0.count == 5 }) {
            let days = try ends.map { end throws(RoundsError) -> WorkingCalendar.MonthDay in
                let parts = end.split(separator: "-").compactMap { Int($0) }
                guard parts.count == 2, (try? CalendarDate(year: 2000, month: parts[0], day: parts[1])) != nil else {
                    throw RoundsError.invalid(field, text, .companyHolidayFormat)
                }
                return WorkingCalendar.MonthDay(parts[0], parts[1])
            }
            return [.everyYear(from: days[0], through: days[days.count - 1])]
        }
        guard let first = try? CalendarDate(parsing: ends[0], field: field),
              let last = try? CalendarDate(parsing: ends[ends.count - 1], field: field), first <= last,
              last.days(since: first) <= 366 else {
            throw RoundsError.invalid(field, text, .companyHolidayFormat)
        }
        return (0...last.days(since: first)).map { .once(first.adding(days: $0)) }
    }
}

extension Message {
    static let companyHolidayFormat = Message(
        en: "use MM-DD..MM-DD every year (12-29..01-03), YYYY-MM-DD once, or YYYY-MM-DD..YYYY-MM-DD (a year at most)",
        ja: "毎年なら MM-DD..MM-DD（12-29..01-03）、一度なら YYYY-MM-DD または YYYY-MM-DD..YYYY-MM-DD（1年以内）で指定してください")
}
