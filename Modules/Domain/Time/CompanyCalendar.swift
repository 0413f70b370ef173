import Foundation

extension TimeZone {
    /// The company's time zone: `ROUNDS_TZ` when set, else Asia/Tokyo. Dates users see and type
    /// ("today", a visit's day, a record's timestamp) are calendar dates in this zone.
    public static let company: TimeZone = ProcessInfo.processInfo.environment["ROUNDS_TZ"]
        .flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Asia/Tokyo")!
}

extension Calendar {
    /// The Gregorian calendar in the company's time zone.
    public static var company: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .company
        return calendar
    }
}
