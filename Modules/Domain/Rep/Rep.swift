import Foundation

/// A sales rep: where the day starts and ends, and the hours the day may use.
///
/// ```swift
/// var rep = Rep(code: "R01", name: "佐藤 健")
/// rep.start = try Coordinate(parsing: "35.6812,139.7671")
/// ```
public struct Rep: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var nameKana: String?
    /// Where the day starts (office or home).
    public var start: Coordinate?
    /// Where the day ends; the start when not given.
    public var end: Coordinate?
    public var workingHours: TimeWindow
    public var lunch: LunchBreak?
    /// The team the rep belongs to (営業所・課): KPIs add up by it.
    public var team: String?
    public var createdAt: Date?
    public var updatedAt: Date?

    public static let defaultWorkingHours = try! TimeWindow(start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 18))
    public static let defaultLunch = try! LunchBreak(window: TimeWindow(start: TimeOfDay(hour: 12), end: TimeOfDay(hour: 13)))

    public init(code: String, name: String, nameKana: String? = nil, start: Coordinate? = nil, end: Coordinate? = nil,
                workingHours: TimeWindow = Rep.defaultWorkingHours, lunch: LunchBreak? = Rep.defaultLunch,
                team: String? = nil, createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.code = code
        self.name = name
        self.nameKana = nameKana
        self.start = start
        self.end = end
        self.workingHours = workingHours
        self.lunch = lunch
        self.team = team
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public func validate() throws(RoundsError) {
        try Code.validate(code, field: "code")
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw RoundsError(.invalidValue, .requiredField("name")) }
        if let lunch, lunch.window.start < workingHours.start || workingHours.end < lunch.window.end {
            throw RoundsError(.invalidValue, .invalidField("lunch", lunch.description, .lunchOutsideHours))
        }
    }
}
