/// A day of the week, Monday first as Japanese business calendars print it.
public enum Weekday: Int, Sendable, CaseIterable, Codable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public var code: String { ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][rawValue - 1] }
    public var kanji: String { ["月", "火", "水", "木", "金", "土", "日"][rawValue - 1] }

    public var label: Message { Message(en: code, ja: kanji) }

    /// Parses `sat,sun`, `Saturday`, `土,日` or `土日`.
    public static func set(parsing text: String, field: String = "closed_days") throws(RoundsError) -> [Weekday] {
        var days = Set<Weekday>()
        for token in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "・" || $0 == "、" }) {
            let word = token.lowercased()
            if let day = allCases.first(where: { word.hasPrefix($0.code) && (word.count == 3 || word.hasSuffix("day")) }) {
                days.insert(day)
                continue
            }
            // Kanji may run together (土日) and may carry 曜 or 曜日.
            let kanji = word.replacingOccurrences(of: "曜日", with: "").replacingOccurrences(of: "曜", with: "")
            let matched = kanji.map { char in allCases.first { $0.kanji == String(char) } }
            guard !kanji.isEmpty, matched.allSatisfy({ $0 != nil }) else {
                throw RoundsError(.invalidValue, .invalidField(field, text, .weekdayFormat))
            }
            days.formUnion(matched.compactMap { $0 })
        }
        return days.sorted()
    }

    public static func format(_ days: [Weekday]) -> String {
        days.sorted().map(\.code).joined(separator: ",")
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension CalendarDate {
    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Weekday {
        let days = daysSinceEpoch
        return Weekday(rawValue: ((days % 7 + 7 + 3) % 7) + 1)!
    }
}
