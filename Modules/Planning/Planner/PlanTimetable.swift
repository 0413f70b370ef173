import RoundsDomain
import RoundsRouting

/// Turns the search's day orders into timed days: each day's visits go to the exact day solver
/// when there are few enough (its order is kept when shorter), are timed by `RouteTimetable`, and
/// every visit gets its reasons. A day the timetable cannot hold in any order found loses its
/// lowest-priority visits to `dropped` — never silently.
enum PlanTimetable {
    static func days(_ setup: inout RepProblem, routes: [[Int]], period: RepPeriod, policy: VisitPolicy,
                     from: CalendarDate) -> [PlanDay] {
        let reasons = VisitReasons(setup, routes: routes, period: period, policy: policy, from: from)
        var days: [PlanDay] = []
        for (day, route) in routes.enumerated() {
            let date = setup.days[day]
            let problem = setup.problem.dayProblem(route)
            var timed = route.isEmpty ? nil : RouteTimetable.schedule(problem, vehicle: 0, stops: Array(route.indices))
            // Small days are solved exactly; larger ones keep the search's order unless it cannot be timed.
            if route.count > 1, route.count <= 12 || timed == nil {
                let solved = RouteSolver.solve(problem, options: SolveOptions(timeLimit: 60, iterationLimit: 2000, exactStopLimit: 12))
                if let best = solved.routes.first, solved.dropped.isEmpty, best.travel < (timed?.travel ?? .infinity) - 1e-6 {
                    timed = best
                } else if timed == nil {
                    timed = solved.routes.first
                    for dropped in solved.dropped {
                        setup.dropped.append(DroppedVisit(customer: setup.customers[route[dropped.stop]].code, visits: 1,
                                                          reason: .noRoom))
                    }
                }
            }
            guard let timed else {
                days.append(PlanDay(date: date, stops: [], travelSeconds: 0, departure: setup.problem.shift.open,
                                    arrival: setup.problem.shift.open, lunchStart: nil))
                continue
            }
            var place = 0
            let stops = timed.visits.map { visit in
                let customer = route[visit.stop]
                defer { place = customer + 2 }
                return PlanStop(customer: setup.customers[customer].code, arrival: visit.arrival,
                                serviceStart: visit.serviceStart, departure: visit.departure,
                                driveSeconds: setup.problem.matrix[place, customer + 2], reasons: reasons.of(customer, day: day))
            }
            days.append(PlanDay(date: date, stops: stops, travelSeconds: timed.travel, departure: timed.departure,
                                arrival: timed.arrival, lunchStart: timed.lunch?.start))
        }
        return days
    }
}

/// Why each planned visit is there: the policy whenever it asks visits; the first visit of an
/// overdue or never-visited customer says so, and of a customer the rules fire for what they
/// found; the visit nearest before an open next action's due day carries it; pinned visits are
/// confirmed.
struct VisitReasons {
    private var byVisit: [Int: [Int: [VisitReason]]] = [:]

    init(_ setup: RepProblem, routes: [[Int]], period: RepPeriod, policy: VisitPolicy, from: CalendarDate) {
        var daysOf: [Int: [Int]] = [:]
        for (day, route) in routes.enumerated() { for customer in route { daysOf[customer, default: []].append(day) } }
        for (customer, days) in daysOf {
            let info = setup.customers[customer]
            let entry = setup.problem.customers[customer]
            // A customer there only for the rules has no policy visit to name.
            let policyReasons = setup.needed[customer] > 0
                ? [VisitReason.policy(rank: info.rank, visits: setup.needed[customer], intervalDays: info.visitIntervalDays)] : []
            var reasons: [Int: [VisitReason]] = [:]
            if let minutes = setup.appointmentTimes[customer] {
                byVisit[customer] = Dictionary(uniqueKeysWithValues: days.map { ($0, [.appointment(minutes: minutes)]) })
                continue
            }
            for day in days {
                reasons[day] = (entry.pinnedDays.contains(day) ? [.confirmed] : []) + policyReasons
            }
            let first = days[0]
            if let last = period.lastVisits[info.code] {
                let since = setup.days[first].days(since: last)
                if Double(since) > policy.intervalDays(rank: info.rank, own: info.visitIntervalDays) {
                    reasons[first]!.append(.overdue(daysSinceLastVisit: since))
                }
            } else {
                reasons[first]!.append(.firstVisit)
            }
            if let urgency = period.urgent[info.code] { reasons[first]!.append(.urgent(urgency)) }
            if let due = period.nextActionsDue[info.code], due <= setup.days.last ?? due {
                let day = days.last { setup.days[$0] <= due } ?? first
                reasons[day]!.append(.nextActionDue(due))
            }
            byVisit[customer] = reasons
        }
    }

    func of(_ customer: Int, day: Int) -> [VisitReason] { byVisit[customer]?[day] ?? [] }
}
