/// A span of the day, `start` before `end`, such as a customer's receiving hours.
public struct TimeWindow: Sendable, Hashable, Codable, CustomStringConvertible {
    public let start: TimeOfDay
    public let end: TimeOfDay

    public init(start: TimeOfDay, end: TimeOfDay, field: String = "time window") throws(RoundsError) {
        guard start < end else {
            throw RoundsError(.invalidValue, .invalidField(field, "\(start)-\(end)", .windowEndBeforeStart))
        }
        self.start = start
        self.end = end
    }

    /// Parses `HH:MM-HH:MM`, also with full-width digits and `～`, `〜`, `ー` or `−` between the times.
    public init(parsing text: String, field: String) throws(RoundsError) {
        let parts = HalfWidth.range(text).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw RoundsError(.invalidValue, .invalidField(field, text, .windowFormat)) }
        try self.init(start: TimeOfDay(parsing: String(parts[0]), field: field),
                      end: TimeOfDay(parsing: String(parts[1]), field: field), field: field)
    }

    public var minutes: Int { end.minutes - start.minutes }

    public var description: String { "\(start)-\(end)" }

    /// Parses `09:00-12:00,13:00-17:00`: sorted, and rejected when two windows overlap.
    /// An empty text means "no restriction" and gives no windows.
    public static func list(parsing text: String, field: String = "time_windows") throws(RoundsError) -> [TimeWindow] {
        var windows: [TimeWindow] = []
        // Full-width commas separate windows too.
        for part in HalfWidth.fold(text).split(separator: ",") where !part.allSatisfy(\.isWhitespace) {
            windows.append(try TimeWindow(parsing: String(part), field: field))
        }
        windows.sort { $0.start < $1.start }
        for (first, second) in zip(windows, windows.dropFirst()) where second.start < first.end {
            throw RoundsError(.invalidValue, .invalidField(field, text, .windowsOverlap(first.description, second.description)))
        }
        return windows
    }

    public static func format(_ windows: [TimeWindow]) -> String {
        windows.map(\.description).joined(separator: ",")
    }
}

/// A rep's lunch break: `minutes` taken somewhere inside `window` (the whole window by default).
public struct LunchBreak: Sendable, Hashable, Codable, CustomStringConvertible {
    public let window: TimeWindow
    public let minutes: Int

    public init(window: TimeWindow, minutes: Int? = nil) throws(RoundsError) {
        let minutes = minutes ?? window.minutes
        guard minutes > 0, minutes <= window.minutes else {
            throw RoundsError(.invalidValue, .invalidField("lunch", "\(window)/\(minutes)", .lunchFormat))
        }
        self.window = window
        self.minutes = minutes
    }

    /// Parses `12:00-13:00` or `11:30-13:30/60`.
    public init(parsing text: String) throws(RoundsError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw RoundsError(.invalidValue, .invalidField("lunch", text, .lunchFormat)) }
        let window = try TimeWindow(parsing: String(parts[0]), field: "lunch")
        var minutes: Int?
        if parts.count == 2 {
            guard let value = Int(parts[1].trimmingCharacters(in: .whitespaces)) else {
                throw RoundsError(.invalidValue, .invalidField("lunch", text, .lunchFormat))
            }
            minutes = value
        }
        try self.init(window: window, minutes: minutes)
    }

    public var description: String {
        minutes == window.minutes ? window.description : "\(window)/\(minutes)"
    }
}
