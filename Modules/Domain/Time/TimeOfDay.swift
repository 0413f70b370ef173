/// A wall-clock time in the company's time zone, as minutes since midnight (00:00–24:00).
public struct TimeOfDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let minutes: Int

    public init(minutes: Int) {
        precondition((0...1440).contains(minutes), "time of day out of range")
        self.minutes = minutes
    }

    public init(hour: Int, minute: Int = 0) {
        self.init(minutes: hour * 60 + minute)
    }

    /// Parses `HH:MM` (also `H:MM`); `field` names the option in the error.
    public init(parsing text: String, field: String) throws(RoundsError) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440
        else { throw RoundsError(.invalidValue, .invalidField(field, text, .timeFormat)) }
        self.init(hour: hour, minute: minute)
    }

    public var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
