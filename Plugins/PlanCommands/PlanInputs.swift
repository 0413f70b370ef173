import RoundsDomain
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// What `plan week|month` reads from the store: the reps asked for, each with its active
/// customers, their last visits before the period and the visits already planned inside it.
struct PlanInputs {
    var periods: [RepPeriod]
    /// Each rep's own days off in the period.
    var daysOff: [String: Set<CalendarDate>]

    init(store: any Store, reps codes: [String]?, from: CalendarDate, to: CalendarDate) throws {
        var reps = try store.reps()
        if let codes {
            for code in codes where !reps.contains(where: { $0.code == code }) {
                throw RoundsError(.notFound, .planUnknownRep(code))
            }
            reps = reps.filter { codes.contains($0.code) }
        }
        let customers = try store.customers(CustomerQuery()).filter { $0.status == .active }
        let byRep = Dictionary(grouping: customers, by: { $0.rep ?? "" })
        let lastVisits = try store.lastVisits(through: from.adding(days: -1))
        let actions = try store.nextActionsDue(through: from.adding(days: -1))
        let planned = try store.visits(HistoryQuery(from: from, to: to), status: .planned)
        let plannedByCustomer = Dictionary(grouping: planned, by: \.customer)
        daysOff = Dictionary(grouping: try store.daysOff(rep: nil, from: from, to: to), by: \.rep).mapValues { Set($0.map(\.date)) }
        periods = reps.map { rep in
            let own = byRep[rep.code] ?? []
            return RepPeriod(rep: rep, customers: own,
                             lastVisits: lastVisits,
                             confirmed: own.flatMap { plannedByCustomer[$0.code] ?? [] },
                             nextActionsDue: actions)
        }
    }
}
