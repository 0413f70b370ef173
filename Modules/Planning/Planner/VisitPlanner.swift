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
        var solution = PeriodSearch.solve(setup.problem, options: options)
        let needed = hoursNeeded(setup.problem, solution)
        var scale = 1.0
        if solution.missing.contains(where: { $0 > 0 }), needed > available {
            scale = available / needed
            for index in setup.problem.customers.indices {
                let visits = setup.problem.customers[index].visits
                guard visits > 1 else { continue }
                let scaled = max(1, Int((Double(visits) * scale).rounded()))
                if scaled < visits {
                    setup.dropped.append(DroppedVisit(customer: setup.customers[index].code, visits: visits - scaled,
                                                      reason: .frequencyScaled))
                    setup.problem.customers[index].visits = scaled
                }
            }
            solution = PeriodSearch.solve(setup.problem, options: options)
        }
        for (index, missing) in solution.missing.enumerated() where missing > 0 {
            setup.dropped.append(DroppedVisit(customer: setup.customers[index].code, visits: missing, reason: .noRoom))
        }
        let planDays = PlanTimetable.days(&setup, routes: solution.routes, period: period, policy: policy, from: from)
        return RepPlan(rep: period.rep.code, days: planDays, dropped: setup.dropped, unkept: setup.unkept,
                       hoursNeeded: (needed * 10).rounded() / 10, hoursAvailable: (available * 10).rounded() / 10,
                       frequencyScale: scale)
    }

    /// A rep without a start has nowhere to drive from: every visit is listed as left out.
    private func withoutStart(_ period: RepPeriod, days: [CalendarDate]) -> RepPlan {
        let dropped = period.customers.compactMap { customer -> DroppedVisit? in
            let visits = policy.visitsNeeded(rank: customer.rank, own: customer.visitIntervalDays,
                                             lastVisit: period.lastVisits[customer.code], from: from, to: to)
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

/// Results filled from several threads, one slot per rep.
final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private var filled = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores a result; returns how many slots are filled now.
    func fill(_ index: Int, with value: Value) -> Int {
        lock.withLock {
            slots[index] = value
            filled += 1
            return filled
        }
    }

    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
