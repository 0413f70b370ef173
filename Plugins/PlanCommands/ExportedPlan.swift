import RoundsDomain
import RoundsPlanning

/// The draft plan with what its files show beside it: customer names, addresses and positions,
/// and the reps' start and end. Every encoder reads its visits from `visits`, in plan order.
///
/// ```swift
/// let exported = ExportedPlan(plan, customers: customers, reps: reps)
/// exported.visits.first?.arrive   // "08:48": when the service starts
/// ```
struct ExportedPlan {
    /// One visit: a stop of a rep-day with its place in the day.
    struct Visit {
        var rep: String
        var date: CalendarDate
        /// 1 for the day's first stop.
        var seq: Int
        var stop: PlanStop
        var customer: Customer?

        var name: String { customer?.name ?? "" }
        var arrive: String { Clock.text(stop.serviceStart) }
        var depart: String { Clock.text(stop.departure) }
        var driveMinutes: Int { Minutes.of(stop.driveSeconds) }
        /// Why the visit is there, in the session's language.
        var why: [String] { stop.reasons.map { PlanWords.why($0).text() } }
    }

    var plan: VisitPlan
    var customers: [String: Customer]
    var reps: [String: Rep]

    init(_ plan: VisitPlan, customers: [Customer], reps: [Rep]) {
        self.plan = plan
        self.customers = Dictionary(customers.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.reps = Dictionary(reps.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The days that have visits, with their rep, in plan order.
    var days: [(rep: String, day: PlanDay)] {
        plan.reps.flatMap { repPlan in repPlan.days.filter { !$0.stops.isEmpty }.map { (repPlan.rep, $0) } }
    }

    var visits: [Visit] {
        days.flatMap { rep, day in
            day.stops.enumerated().map { index, stop in
                Visit(rep: rep, date: day.date, seq: index + 1, stop: stop, customer: customers[stop.customer])
            }
        }
    }

    /// The places a rep-day passes: the rep's start, each stop, the rep's end (the start when none).
    func route(rep code: String, _ day: PlanDay) -> [Coordinate] {
        let rep = reps[code]
        let stops = day.stops.compactMap { customers[$0.customer]?.location }
        return [rep?.start].compactMap { $0 } + stops + [rep?.end ?? rep?.start].compactMap { $0 }
    }
}

/// Seconds as whole minutes, rounded.
enum Minutes {
    static func of(_ seconds: Double) -> Int { Int((seconds / 60).rounded()) }
}
