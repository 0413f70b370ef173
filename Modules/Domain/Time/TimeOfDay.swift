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

    /// Parses `HH:MM` (also `H:MM`, and full-width `０９：００`); `field` names the option in the error.
    public init(parsing text: String, field: String) throws(RoundsError) {
        // Stored values are always HH:MM: read their digits directly (decoding a listing does this a lot).
        let bytes = Array(text.utf8)
        if bytes.count == 5, bytes[2] == UInt8(ascii: ":"), let hour = Self.twoDigits(bytes[0], bytes[1]),
           let minute = Self.twoDigits(bytes[3], bytes[4]), minute < 60, hour * 60 + minute <= 1440 {
            self.init(hour: hour, minute: minute)
            return
        }
        let parts = HalfWidth.fold(text).trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440
        else { throw RoundsError(.invalidValue, .invalidField(field, text, .timeFormat)) }
        self.init(hour: hour, minute: minute)
    }

    private static func twoDigits(_ tens: UInt8, _ ones: UInt8) -> Int? {
        let zero = UInt8(ascii: "0")
        guard (zero...zero + 9).contains(tens), (zero...zero + 9).contains(ones) else { return nil }
        return Int(tens - zero) * 10 + Int(ones - zero)
    }

    public var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}
