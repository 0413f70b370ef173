/// The one entry to the solvers: picks the exact day search for one rep with few stops, the tour
/// search for a plain tour (one vehicle, no windows, no load limit) and the fleet search for the
/// rest.
///
/// ```swift
/// let solution = RouteSolver.solve(problem, options: SolveOptions(timeLimit: 2, seed: 7))
/// for route in solution.routes { print(route.visits.map { problem.stops[$0.stop].label }) }
/// ```
public enum RouteSolver {
    public static func solve(_ problem: RoutingProblem, options: SolveOptions = SolveOptions()) -> RouteSolution {
        if let exact = ExactDay.solve(problem, stopLimit: options.exactStopLimit) { return exact }
        if isPlainTour(problem) { return tour(problem, options) }
        return FleetSearch.solve(problem, options: options)
    }

    private static func isPlainTour(_ problem: RoutingProblem) -> Bool {
        guard problem.vehicles.count == 1, let vehicle = problem.vehicles.first else { return false }
        let load = problem.stops.reduce(0) { $0 + $1.demand }
        return vehicle.start == vehicle.end && vehicle.shift == .always && vehicle.lunch == nil
            && load <= vehicle.capacity && problem.stops.allSatisfy { $0.windows.isEmpty }
    }

    private static func tour(_ problem: RoutingProblem, _ options: SolveOptions) -> RouteSolution {
        let clock = SearchClock()
        let depot = problem.vehicles[0].start
        var stopAt: [Int: [Int]] = [:]
        for (index, stop) in problem.stops.enumerated() { stopAt[stop.node, default: []].append(index) }
        // Stops sharing a place (or the depot's) ride along with it: the tour visits places.
        let places = [depot] + stopAt.keys.filter { $0 != depot }.sorted()
        let found = TourSearch.solve(problem.matrix, nodes: places, options: options)
        let order = (stopAt[depot] ?? []) + found.tour.dropFirst().flatMap { stopAt[$0] ?? [] }
        let routes = order.isEmpty ? [] : RouteTimetable.schedule(problem, vehicle: 0, stops: order).map { [$0] } ?? []
        return RouteSolution(routes: routes, dropped: [], travel: routes.reduce(0) { $0 + $1.travel },
                             provenOptimal: false, seconds: clock.elapsed)
    }
}
