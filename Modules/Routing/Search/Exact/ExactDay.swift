/// The proven best day for one rep with few stops: dynamic programming over the set of stops
/// visited and the last one, keeping every (travel, clock) pair no other pair beats. Waiting is
/// free, so a cheaper label that is later and a dearer one that is earlier must both be kept.
///
/// What "best" means, in order: every required stop that fits, then the most stops of the highest
/// priority, then of the next, and so on, then the least travel.
///
/// ```swift
/// if let day = ExactDay.solve(problem) { print(day.travel, day.provenOptimal) }   // true
/// ```
public enum ExactDay {
    /// Nil when the problem is not one vehicle with at most `stopLimit` stops.
    public static func solve(_ problem: RoutingProblem, stopLimit: Int = 12) -> RouteSolution? {
        guard problem.vehicles.count == 1, problem.stops.count <= stopLimit else { return nil }
        let clock = SearchClock()
        let graph = DayGraph(problem)
        // Nearly always every required stop fits: search only such days first, pruning any
        // partial day that can no longer reach a required stop in time.
        var best = LabelSearch.best(graph, requireAll: true, upperBound: InsertionDay.travel(problem))
        if best == nil { best = LabelSearch.best(graph, requireAll: false) }
        let order = best?.order ?? []
        let visited = Set(order)
        var routes: [PlannedRoute] = []
        if !order.isEmpty, let route = RouteTimetable.schedule(problem, vehicle: 0, stops: order) {
            routes.append(route)
        }
        let dropped = problem.stops.indices.filter { !visited.contains($0) }.map {
            DroppedStop(stop: $0, reason: DropReasons.reason(problem, stop: $0))
        }
        return RouteSolution(routes: routes, dropped: dropped, travel: routes.reduce(0) { $0 + $1.travel },
                             provenOptimal: true, seconds: clock.elapsed)
    }
}
