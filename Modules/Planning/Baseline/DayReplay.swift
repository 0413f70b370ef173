import RoundsRouting

/// Drives a fixed order as a rep would, without skipping anything: arrives, waits for the
/// window, serves, takes lunch between visits when it is due, and counts what broke —
/// the measure of a routine that was never checked against the clock.
///
/// ```swift
/// let outcome = DayReplay.replay(order, shift: hours, lunch: lunch, travel: seconds, stop: { stops[$0] })
/// outcome.violations   // [.lateForWindow(stop: 4), .overtime(seconds: 1800)]
/// ```
public enum DayReplay {
    public enum Violation: Sendable, Equatable {
        /// Arrived after every window of the stop had closed (served anyway).
        case lateForWindow(stop: Int)
        /// Back at the end this long after the working day.
        case overtime(seconds: Double)
        /// Lunch began after its latest start.
        case lateLunch(seconds: Double)
    }

    public struct Outcome: Sendable, Equatable {
        public var travel: Double
        public var finish: Double
        public var violations: [Violation]
    }

    /// `travel(from, to)` with nil for the rep's start (as `from`) or end (as `to`).
    public static func replay(_ order: [Int], shift: TimeSpan, lunch: Break?, travel: (Int?, Int?) -> Double,
                              stop: (Int) -> Stop) -> Outcome {
        var clock = shift.open, driven = 0.0, here: Int? = nil
        var violations: [Violation] = []
        var owesLunch = lunch != nil
        /// Lunch before the next leg once its window is open, or earlier (waiting for it to open)
        /// when the next visit would end past its latest start: a rep plans lunch, not a table.
        func eatIfTime(force: Bool, nextVisitEnds: Double = -.infinity) {
            guard owesLunch, let lunch, force || clock >= lunch.window.open || nextVisitEnds > lunch.window.close else { return }
            let start = max(clock, lunch.window.open)
            if start > lunch.window.close { violations.append(.lateLunch(seconds: start - lunch.window.close)) }
            clock = start + lunch.duration
            owesLunch = false
        }
        for next in order {
            let leg = travel(here, next)
            eatIfTime(force: false, nextVisitEnds: clock + leg + stop(next).serviceTime)
            driven += leg
            clock += leg
            let visit = stop(next)
            if let start = RouteTimetable.serviceStart(arriving: clock, windows: visit.windows) {
                clock = start
            } else {
                violations.append(.lateForWindow(stop: next))
            }
            clock += visit.serviceTime
            here = next
        }
        eatIfTime(force: true)
        let back = travel(here, nil)
        driven += back
        clock += back
        if clock > shift.close { violations.append(.overtime(seconds: clock - shift.close)) }
        return Outcome(travel: driven, finish: clock, violations: violations)
    }
}
