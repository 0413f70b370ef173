/// One of a rep's own days off (休暇): leave, a training day, anything that keeps the rep from
/// visiting. Visit planning and `calendar workdays --rep` leave these days out.
///
/// ```swift
/// let off = RepDayOff(rep: "R01", date: try CalendarDate(parsing: "2026-12-24", field: "date"), note: "有給")
/// var calendar = WorkingCalendar()
/// calendar.repDaysOff = [off.date]
/// ```
public struct RepDayOff: Sendable, Equatable, Codable {
    public var rep: String
    public var date: CalendarDate
    public var note: String?

    public init(rep: String, date: CalendarDate, note: String? = nil) {
        self.rep = rep
        self.date = date
        self.note = note
    }
}
