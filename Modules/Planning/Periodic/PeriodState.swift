import RoundsRouting

/// Where every visit of a period sits: the order of each working day, the days of each
/// customer, and the running totals the search compares.
struct PeriodState {
    /// Customers per working day in visiting order, pinned visits included.
    var routes: [[Int]]
    var dayTravel: [Double]
    /// Service plus driving per day, in seconds: what balancing looks at.
    var dayWork: [Double]
    /// The days chosen by the search for each customer (pinned days not included).
    var chosen: [[Int]]
    var missing: [Int]

    init(_ problem: PeriodProblem, clock: DayClock) {
        let dayCount = problem.dayOffsets.count
        routes = Array(repeating: [], count: dayCount)
        for (index, customer) in problem.customers.enumerated() {
            for day in customer.pinnedDays { routes[day].append(index) }
        }
        dayTravel = Array(repeating: 0, count: dayCount)
        dayWork = Array(repeating: 0, count: dayCount)
        chosen = Array(repeating: [], count: problem.customers.count)
        missing = problem.customers.map(\.visits)
        for day in 0..<dayCount {
            // Pinned visits arrive in code order; the exact day solver finds an order that fits.
            if routes[day].count > 1, clock.finish(routes[day]) == nil {
                let pinned = routes[day]
                let solved = RouteSolver.solve(problem.dayProblem(pinned), options: SolveOptions(timeLimit: 60, iterationLimit: 2000))
                if solved.dropped.isEmpty, let route = solved.routes.first { routes[day] = route.visits.map { pinned[$0.stop] } }
            }
            settle(day, clock: clock)
        }
    }

    /// Recomputes a day's totals after its order changed.
    mutating func settle(_ day: Int, clock: DayClock) {
        let route = routes[day]
        dayTravel[day] = route.isEmpty ? 0 : clock.travel(route)
        dayWork[day] = dayTravel[day] + route.reduce(0) { $0 + clock.service[$1] }
    }

    /// Takes out every visit the search chose for `customer`; pinned ones stay.
    mutating func remove(_ customer: Int, clock: DayClock, touched: inout Set<Int>) {
        for day in chosen[customer] {
            if let at = routes[day].firstIndex(of: customer) { routes[day].remove(at: at) }
            settle(day, clock: clock)
            touched.insert(day)
        }
        missing[customer] += chosen[customer].count
        chosen[customer] = []
    }

    var travel: Double { dayTravel.reduce(0, +) }
}
