import RoundsDomain
import RoundsRouting

/// What planning needs to know about one rep for the period, read from the store by the caller.
public struct RepPeriod: Sendable {
    public var rep: Rep
    /// The rep's active customers.
    public var customers: [Customer]
    /// Each customer's last done visit before the period.
    public var lastVisits: [String: CalendarDate]
    /// Planned visits already in the period: they stay on their day.
    public var confirmed: [Visit]
    /// The earliest open next-action due date per customer.
    public var nextActionsDue: [String: CalendarDate]
    /// What the rules found per customer (those they fire for): urgent customers are left out
    /// last, and one whose score reaches the policy's must-visit score gets a visit.
    public var urgent: [String: Urgency]

    public init(rep: Rep, customers: [Customer], lastVisits: [String: CalendarDate] = [:], confirmed: [Visit] = [],
                nextActionsDue: [String: CalendarDate] = [:], urgent: [String: Urgency] = [:]) {
        self.rep = rep
        self.customers = customers
        self.lastVisits = lastVisits
        self.confirmed = confirmed
        self.nextActionsDue = nextActionsDue
        self.urgent = urgent
    }
}

/// One rep's customers turned into the search's problem, with what was set aside before searching.
struct RepProblem {
    var problem: PeriodProblem
    var days: [CalendarDate]
    /// `problem.customers[i]` is `customers[i]`.
    var customers: [Customer]
    /// Visits the rank's policy (or the own interval) asks, or the confirmed ones when more; 0 for
    /// a customer there only because the rules ask it.
    var needed: [Int]
    var dropped: [DroppedVisit]
    /// Confirmed visits that cannot all fit their day: moved to another day by the search.
    var unkept: [UnkeptVisit] = []
    /// Entries that stand for an appointment, with its time in minutes after midnight.
    var appointmentTimes: [Int: Int] = [:]

    init(_ period: RepPeriod, days: [CalendarDate], from: CalendarDate, to: CalendarDate, policy: VisitPolicy,
         travel: TravelSettings, start: Coordinate) {
        self.days = days
        var dropped: [DroppedVisit] = []
        var kept: [Customer] = [], needed: [Int] = [], entries: [PeriodProblem.Customer] = []
        let dayIndex = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
        let offsets = days.map { $0.days(since: from) }
        let potentials = period.customers.map(\.potentialYen).sorted()
        for customer in period.customers {
            let last = period.lastVisits[customer.code]
            let urgency = period.urgent[customer.code]
            let (visits, rulesOnly) = policy.visitsAsked(rank: customer.rank, own: customer.visitIntervalDays, lastVisit: last,
                                                         from: from, to: to, urgency: urgency)
            let asked = rulesOnly ? 0 : visits
            let confirmed = period.confirmed.filter { $0.customer == customer.code && dayIndex[$0.date] != nil }
            let pinned = Set(confirmed.filter { $0.appointment == nil }.map { dayIndex[$0.date]! })
            let appointments = confirmed.filter { $0.appointment != nil }
            let held = Set(appointments.map { dayIndex[$0.date]! })
            guard visits > 0 || !confirmed.isEmpty else { continue }
            guard customer.location != nil else {
                dropped.append(DroppedVisit(customer: customer.code, visits: visits, reason: .noLocation))
                continue
            }
            guard !days.isEmpty else {
                dropped.append(DroppedVisit(customer: customer.code, visits: visits, reason: .repHasNoWorkdays))
                continue
            }
            let rule = policy.rule(for: customer.rank)
            let openDays = days.map { !customer.closedDays.contains($0.weekday) }
            let rank = Double(customer.rank.map { [.focus: 1.0, .develop: 0.6, .maintain: 0.3][$0]! } ?? 0.3)
            let potential = Double(potentials.firstIndex(of: customer.potentialYen) ?? 0) / Double(max(1, potentials.count - 1))
            let interval = policy.intervalDays(rank: customer.rank, own: customer.visitIntervalDays)
            let overdue = last.map { Double(from.days(since: $0)) > interval } ?? false
            let actionDue = period.nextActionsDue[customer.code].map { $0 <= to } ?? false
            // A visit only the rules ask for is not held to the rank's gap after the last visit: they say now.
            let gapFromLast = rulesOnly ? nil : last
            let minimumGap = customer.visitIntervalDays.map { max(1, Int((Double($0) * policy.dueShare).rounded(.down))) }
                ?? rule.minimumGapDays
            entries.append(PeriodProblem.Customer(
                code: customer.code, serviceTime: Double(customer.serviceMinutes * 60),
                windows: customer.timeWindows.map(TimeSpan.init), openDays: openDays,
                visits: max(0, visits - pinned.union(held).count), pinnedDays: pinned.sorted(), heldDays: held.sorted(),
                minimumGap: minimumGap,
                maximumGap: customer.visitIntervalDays == nil ? rule.maximumGapDays : nil,
                lastVisit: gapFromLast.map { $0.days(since: from) },
                priority: Self.priority(0.5 * rank + 0.2 * potential + (overdue ? 0.15 : 0) + (actionDue ? 0.15 : 0),
                                        urgency: urgency)))
            kept.append(customer)
            needed.append(max(asked, pinned.union(held).count))
            // An appointment is its own entry: the same place, one day, service starting at the agreed time.
            for visit in appointments {
                let start = Double(visit.appointment!.minutes * 60)
                entries.append(PeriodProblem.Customer(
                    code: customer.code, serviceTime: Double(customer.serviceMinutes * 60),
                    windows: [TimeSpan(open: start, close: start)], openDays: days.map { $0 == visit.date },
                    visits: 0, pinnedDays: [dayIndex[visit.date]!], priority: 1))
                kept.append(customer)
                needed.append(0)
                appointmentTimes[kept.count - 1] = visit.appointment!.minutes
            }
        }
        let places = [start, period.rep.end ?? start] + kept.map { $0.location! }
        let matrix = TravelModel(travel, rep: period.rep.code).matrix(places)
        problem = PeriodProblem(matrix: matrix, customers: entries, dayOffsets: offsets,
                                shift: TimeSpan(period.rep.workingHours), lunch: period.rep.lunch.map(Break.init))
        customers = kept
        self.needed = needed
        self.dropped = dropped
        keepPinnedDaysFeasible()
        setAsideImpossible()
    }

    /// An urgent customer's priority rises toward 1, closing the gap by score / (score + 100): a
    /// sales drop alone (80) closes 44 % of it, two strong rules (170) 63 %, and no score reaches
    /// 1, which appointments keep. So a maintain customer with a sales drop (0.53 or more)
    /// outranks every ordinary develop one (0.5 at most) and is level with focus ones (0.5–0.7):
    /// the rules weigh most, yet the rank still counts, and the score's share flattens out, so
    /// many lesser rules together cannot outweigh a strong one by much.
    static func priority(_ base: Double, urgency: Urgency?) -> Double {
        guard let score = urgency.map({ Double($0.score) }), score > 0 else { return base }
        return base + (1 - base) * score / (score + 100)
    }

    /// Confirmed visits stay on their day when the day can hold them all in some order; those
    /// the exact day solver has to leave out are moved (and said so) rather than lost.
    private mutating func keepPinnedDaysFeasible() {
        for day in days.indices {
            let pinned = problem.customers.indices.filter { problem.customers[$0].pinnedDays.contains(day) }
            guard !pinned.isEmpty else { continue }
            let solution = RouteSolver.solve(problem.dayProblem(pinned), options: SolveOptions(timeLimit: 60, iterationLimit: 2000))
            for dropped in solution.dropped {
                let customer = pinned[dropped.stop]
                problem.customers[customer].pinnedDays.removeAll { $0 == day }
                problem.customers[customer].visits += 1
                unkept.append(UnkeptVisit(customer: customers[customer].code, date: days[day]))
            }
        }
    }

    /// Customers no search could place: closed on every working day, windows out of reach, or a
    /// policy asking more visits than the days hold at the minimum gap.
    private mutating func setAsideImpossible() {
        let clock = DayClock(problem)
        for index in problem.customers.indices {
            var entry = problem.customers[index]
            guard entry.visits > 0 else { continue }
            let code = entry.code
            if !entry.openDays.contains(true) {
                dropped.append(DroppedVisit(customer: code, visits: entry.visits, reason: .noOpenDay))
                entry.visits = 0
            } else if clock.finish([index]) == nil {
                dropped.append(DroppedVisit(customer: code, visits: entry.visits, reason: .windowNeverFits))
                entry.visits = 0
            } else {
                let free = entry.openDays.map { $0 ? 0.0 : .infinity }
                let fits = VisitPattern.choose(cost: free, offsets: problem.dayOffsets, visits: entry.visits,
                                               pinned: entry.pinnedDays, minimumGap: entry.minimumGap,
                                               maximumGap: entry.maximumGap, lastVisit: entry.lastVisit).count
                if fits < entry.visits {
                    dropped.append(DroppedVisit(customer: code, visits: entry.visits - fits, reason: .tooFewDays))
                    entry.visits = fits
                }
            }
            problem.customers[index] = entry
        }
    }
}
