import Foundation
import RoundsDomain
import RoundsRouting

/// Plans a period of visits for each rep: every customer as often as its rank (or its own
/// interval) asks, on open working days at the policy's gaps, each day in the order that drives
/// least within windows, hours and lunch. Reps are planned in parallel, one core each.
///
/// ```swift
/// let planner = VisitPlanner(from: december1, to: december31, policy: .standard,
///                            calendar: WorkingCalendar(), travel: TravelSettings())
/// let plan = planner.plan([RepPeriod(rep: sato, customers: satosCustomers)])
/// plan.reps[0].days.first?.stops.map(\.customer)
/// ```
public struct VisitPlanner: Sendable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var policy: VisitPolicy
    public var calendar: WorkingCalendar
    public var travel: TravelSettings
    public var options: PeriodSearch.Options

    public init(from: CalendarDate, to: CalendarDate, policy: VisitPolicy, calendar: WorkingCalendar,
                travel: TravelSettings, options: PeriodSearch.Options = PeriodSearch.Options()) {
        self.from = from
        self.to = to
        self.policy = policy
        self.calendar = calendar
        self.travel = travel
        self.options = options
    }

    /// Plans every rep, several at a time; `finished` is called after each rep (from any thread).
    public func plan(_ periods: [RepPeriod], daysOff: [String: Set<CalendarDate>] = [:],
                     finished: (@Sendable (Int) -> Void)? = nil) -> VisitPlan {
        let results = ResultSlots<RepPlan>(count: periods.count)
        DispatchQueue.concurrentPerform(iterations: periods.count) { index in
            var options = options
            options.seed = self.options.seed &+ UInt64(index)
            let period = periods[index]
            let filled = results.fill(index, with: planRep(period, daysOff: daysOff[period.rep.code] ?? [], options: options))
            finished?(filled)
        }
        return VisitPlan(from: from, to: to, reps: results.values)
    }

    /// One rep's plan. When the hours cannot hold the policy, frequencies are scaled down by the
    /// share of hours available and the search runs again; what still does not fit is left out,
    /// lowest priority first.
    public func planRep(_ period: RepPeriod, daysOff: Set<CalendarDate> = [], options: PeriodSearch.Options) -> RepPlan {
        var repCalendar = calendar
        repCalendar.repDaysOff = daysOff
        let days = repCalendar.workdays(from: from, to: to)
        guard let start = period.rep.start else { return withoutStart(period, days: days) }
        var setup = RepProblem(period, days: days, from: from, to: to, policy: policy, travel: travel, start: start)
        let available = Double(days.count) * (setup.problem.shift.close - setup.problem.shift.open) / 3600
        // A first look with a third of the budget tells whether the hours hold the policy; the
        // rest of the budget continues from it (after scaling down, when they do not).
        var first = options, rest = options
        first.timeLimit = options.timeLimit / 3
        rest.timeLimit = options.timeLimit - first.timeLimit
        first.iterationLimit = options.iterationLimit.map { max(1, $0 / 3) }
        rest.iterationLimit = options.iterationLimit.map { max(1, $0 - $0 / 3) }
        rest.seed = options.seed &+ 0x5EED
        var solution = Self.bestOf(2, setup.problem, options: first)
        let needed = hoursNeeded(setup.problem, solution)
        var scale = 1.0
        if solution.missing.contains(where: { $0 > 0 }), needed > available {
            scale = available / needed
            let scaled = Self.scaled(setup.problem.customers, by: scale)
            for (index, visits) in scaled.enumerated() where visits < setup.problem.customers[index].visits {
                setup.dropped.append(DroppedVisit(customer: setup.customers[index].code,
                                                  visits: setup.problem.customers[index].visits - visits, reason: .frequencyScaled))
                setup.problem.customers[index].visits = visits
            }
        }
        solution = PeriodSearch.solve(setup.problem, options: rest, from: solution)
        for (index, missing) in solution.missing.enumerated() where missing > 0 {
            setup.dropped.append(DroppedVisit(customer: setup.customers[index].code, visits: missing, reason: .noRoom))
        }
        let planDays = PlanTimetable.days(&setup, routes: solution.routes, period: period, policy: policy, from: from)
        return RepPlan(rep: period.rep.code, days: planDays, dropped: setup.dropped, unkept: setup.unkept,
                       hoursNeeded: (needed * 10).rounded() / 10, hoursAvailable: (available * 10).rounded() / 10,
                       frequencyScale: scale)
    }

    /// The better of `runs` searches with different seeds, each with its share of the budget: a
    /// search settles in one of a few basins, so two short looks beat one long one.
    static func bestOf(_ runs: Int, _ problem: PeriodProblem, options: PeriodSearch.Options) -> PeriodSearch.Solution {
        var share = options
        share.timeLimit = options.timeLimit / Double(runs)
        share.iterationLimit = options.iterationLimit.map { max(1, $0 / runs) }
        let tries = (0..<runs).map { run -> PeriodSearch.Solution in
            var seeded = share
            seeded.seed = options.seed &+ UInt64(run) &* 0x9E37
            return PeriodSearch.solve(problem, options: seeded)
        }
        return tries.min { ($0.missing.reduce(0, +), $0.travel) < ($1.missing.reduce(0, +), $1.travel) }!
    }

    /// Every customer's visits times `scale`, at least one, rounded so the total is the scaled
    /// total: the largest remainders (then the highest priority) round up.
    static func scaled(_ customers: [PeriodProblem.Customer], by scale: Double) -> [Int] {
        let exact = customers.map { $0.visits <= 1 ? Double($0.visits) : max(1, Double($0.visits) * scale) }
        var visits = exact.map { Int($0.rounded(.down)) }
        let total = Int(exact.reduce(0, +).rounded())
        let order = customers.indices.sorted {
            (exact[$0] - Double(visits[$0]), customers[$0].priority) > (exact[$1] - Double(visits[$1]), customers[$1].priority)
        }
        for index in order.prefix(max(0, total - visits.reduce(0, +))) where Double(visits[index]) < exact[index] {
            visits[index] += 1
        }
        return visits
    }

    /// A rep without a start has nowhere to drive from: every visit is listed as left out.
    private func withoutStart(_ period: RepPeriod, days: [CalendarDate]) -> RepPlan {
        let dropped = period.customers.compactMap { customer -> DroppedVisit? in
            let visits = policy.visitsAsked(rank: customer.rank, own: customer.visitIntervalDays, lastVisit: period.lastVisits[customer.code],
                                            from: from, to: to, urgency: period.urgent[customer.code]).visits
            return visits > 0 ? DroppedVisit(customer: customer.code, visits: visits, reason: .repHasNoStart) : nil
        }
        return RepPlan(rep: period.rep.code, days: [], dropped: dropped, hoursNeeded: 0, hoursAvailable: 0, frequencyScale: 1)
    }

    /// Hours the whole policy would take: the planned days' work plus, for every visit left out,
    /// its service and the average driving of a planned visit.
    private func hoursNeeded(_ problem: PeriodProblem, _ solution: PeriodSearch.Solution) -> Double {
        let clock = DayClock(problem)
        var seconds = 0.0, visits = 0
        for route in solution.routes where !route.isEmpty {
            seconds += clock.travel(route) + route.reduce(0) { $0 + clock.service[$1] }
            visits += route.count
        }
        let perVisit = visits > 0 ? solution.travel / Double(visits) : 0
        for (customer, missing) in solution.missing.enumerated() where missing > 0 {
            seconds += Double(missing) * (clock.service[customer] + perVisit)
        }
        let lunch = problem.lunch?.duration ?? 0
        return (seconds + Double(problem.dayOffsets.count) * lunch) / 3600
    }
}
