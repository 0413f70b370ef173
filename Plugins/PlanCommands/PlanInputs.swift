import RoundsDomain
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// What `plan week|month` reads from the store: the reps asked for, each with its active
/// customers, their last visits before the period and the visits already planned inside it —
/// and, once the rules are weighed, what they found about each customer.
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

    /// Runs the session's rules as of `asOf` (the plan's first day) once for every rep planned —
    /// one facts computation per plan, however many reps and days — and gives each rep the
    /// customers they fire for. Planning goes on without them when they cannot run (a broken
    /// rules file, facts that fail): the cause is reported, as failing rules are by RuleRunning.
    mutating func weighRules(in session: Session, asOf: CalendarDate) throws {
        guard !periods.isEmpty else { return }
        let urgent: [String: Urgency]
        do {
            let rules = try SessionRules(session)
            let rep = periods.count == 1 ? periods[0].rep.code : nil
            let run = try RuleRunning.run(rules, asOf: asOf, rep: rep, in: session) { book, facts in book.run(facts) }
            urgent = Dictionary(run.toDos.map { ($0.facts.code, Urgency($0)) }, uniquingKeysWith: { first, _ in first })
        } catch let error as RoundsError where error.code == .cancelled {
            throw error
        } catch {
            session.out.error(Message.planRulesNotUsed(String(describing: error)).text())
            return
        }
        for index in periods.indices { periods[index].urgent = urgent }
    }
}

extension Urgency {
    init(_ toDo: ToDo) {
        self.init(score: toDo.score, rules: toDo.reasons.map(\.rule), purpose: toDo.purpose)
    }
}
