import Foundation

/// A day in the company's calendar, without a time of day: an order's date, a visit's day, a
/// deadline. Users type `2026-11-29`, `2026/11/29`, `2026年11月29日`, `today`, `yesterday`,
/// `tomorrow` or `today-7`; it is stored and encoded as `YYYY-MM-DD`, which sorts as text the
/// way days sort, on every backend.
///
/// ```swift
/// let due = try CalendarDate(parsing: "2026/12/1", field: "due")
/// due.description              // "2026-12-01"
/// due.adding(days: 31)         // 2027-01-01
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int, field: String = "date") throws(RoundsError) {
        guard Self.exists(year, month, day) else {
            throw RoundsError(.invalidValue, .invalidField(field, Self.format(year, month, day), .noSuchDay))
        }
        self.init(checked: year, month, day)
    }

    private init(checked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `date` falls on in the company's time zone.
    public init(_ date: Date, calendar: Calendar = .company) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(checked: parts.year!, parts.month!, parts.day!)
    }

    /// The company's day at `now`: the zone's offset and day arithmetic, no `Calendar` (whose
    /// first use in a process costs more than a whole `customer show` query).
    public static func today(at now: Date = Date()) -> CalendarDate {
        let local = now.timeIntervalSince1970 + Double(TimeZone.company.secondsFromGMT(for: now))
        return CalendarDate(daysSinceEpoch: Int((local / 86_400).rounded(.down)))
    }

    /// Parses what users type; relative words count from `today` (injectable for tests).
    public init(parsing text: String, field: String, today: CalendarDate = .today()) throws(RoundsError) {
        // Stored days are always YYYY-MM-DD: read their digits directly (listings decode many rows).
        if let (year, month, day) = Self.isoDigits(text), Self.exists(year, month, day) {
            self.init(checked: year, month, day)
            return
        }
        let word = text.trimmingCharacters(in: .whitespaces).halfwidth.lowercased()
        if let days = Self.relativeDays(word) {
            self = today.adding(days: days)
            return
        }
        let body = word.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
        let parts = (body.hasSuffix("日") ? String(body.dropLast()) : body)
            .split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        guard parts.count == 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw RoundsError(.invalidValue, .invalidField(field, text, .calendarDateFormat)) }
        guard Self.exists(year, month, day) else { throw RoundsError(.invalidValue, .invalidField(field, text, .noSuchDay)) }
        self.init(checked: year, month, day)
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` later, or the month's last day when it is shorter (1/31 + 1 → 2/28).
    public func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        return CalendarDate(checked: newYear, newMonth, min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// Whole days from `earlier` to this date (negative when `earlier` is later).
    public func days(since earlier: CalendarDate) -> Int {
        daysSinceEpoch - earlier.daysSinceEpoch
    }

    public var description: String { Self.format(year, month, day) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text, field: "date")
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: Reading text

    /// `YYYY-MM-DD` as three numbers, without the string work the general parser does.
    private static func isoDigits(_ text: String) -> (Int, Int, Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var numbers = [0, 0, 0]
        for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let part = index < 4 ? 0 : index < 7 ? 1 : 2
            numbers[part] = numbers[part] * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return (numbers[0], numbers[1], numbers[2])
    }

    /// Days from today for `today`, `yesterday`, `tomorrow`, `today+N`, `today-N`; `nil` for
    /// anything else, which the caller then reads as a date (and rejects in its words).
    private static func relativeDays(_ word: String) -> Int? {
        switch word {
        case "today", "今日": return 0
        case "yesterday", "昨日": return -1
        case "tomorrow", "明日": return 1
        default: break
        }
        let offset = word.dropFirst("today".count)
        guard word.hasPrefix("today"), offset.first == "+" || offset.first == "-",
              let days = Int(offset), abs(days) <= 100_000 else { return nil }
        return days
    }

    // MARK: Arithmetic on day numbers

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int { Self.daysFromCivil(year: year, month: month, day: day) }

    /// The day so many days after 1970-01-01 (negative: before it). Howard Hinnant's
    /// civil-from-days: exact for any Gregorian day, no Calendar needed.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func exists(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        (1...9999).contains(year) && (1...12).contains(month) && (1...daysIn(month: month, year: year)).contains(day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `2026-01-05`, padded by hand: `String(format:)` costs microseconds, which a million-row import feels.
    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        String(year, zeroPaddedTo: 4) + "-" + String(month, zeroPaddedTo: 2) + "-" + String(day, zeroPaddedTo: 2)
    }
}
