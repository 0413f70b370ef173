import RoundsDomain
import RoundsRouting

/// One rep's month under the weekday routine, driven day by day: how far, how many visits, and
/// what broke. The number a plan has to beat.
///
/// ```swift
/// let month = WeekdayBaseline.run(rep: rep, customers: customers, days: december,
///                                 isWorkday: calendar.isWorkday, travel: seconds)
/// month.travel / Double(month.visits)   // seconds of driving per visit
/// ```
public enum WeekdayBaseline {
    public struct Rep: Sendable {
        public var start: Coordinate
        public var shift: TimeSpan
        public var lunch: Break?

        public init(start: Coordinate, shift: TimeSpan, lunch: Break?) {
            self.start = start
            self.shift = shift
            self.lunch = lunch
        }
    }

    public struct Month: Sendable {
        public var visits = 0
        public var days = 0
        public var travel = 0.0
        public var violations: [(date: CalendarDate, violation: DayReplay.Violation)] = []
    }

    /// `customers[i]` is visited as `stops[i]` (windows and service time); `travel(a, b)` in
    /// seconds between customer indices, nil for the rep's start and end.
    public static func run(rep: Rep, customers: [WeekdayRoutine.Customer], stops: [Stop], days: [CalendarDate],
                           isWorkday: (CalendarDate) -> Bool, travel: (Int?, Int?) -> Double) -> Month {
        let plan = WeekdayRoutine.days(for: customers, from: rep.start, in: days, travel: travel, isWorkday: isWorkday)
        var month = Month()
        for day in plan.keys.sorted() {
            let order = plan[day]!
            let outcome = DayReplay.replay(order, shift: rep.shift, lunch: rep.lunch, travel: travel, stop: { stops[$0] })
            month.visits += order.count
            month.days += 1
            month.travel += outcome.travel
            month.violations += outcome.violations.map { (day, $0) }
        }
        return month
    }
}
