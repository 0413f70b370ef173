/// A quick day that visits every stop, built by cheapest insertion: its travel bounds the exact
/// search, which then skips every partial day that cannot beat it.
enum InsertionDay {
    /// Travel of the day found, or infinity when insertion could not fit every stop.
    static func travel(_ problem: RoutingProblem) -> Double {
        // Tight windows first: they leave the fewest places to go.
        let stops = problem.stops.indices.sorted {
            (problem.stops[$0].windows.last?.close ?? .infinity) < (problem.stops[$1].windows.last?.close ?? .infinity)
        }
        var order: [Int] = []
        var travel = 0.0
        for stop in stops {
            var best: (order: [Int], travel: Double)?
            for position in 0...order.count {
                var candidate = order
                candidate.insert(stop, at: position)
                guard let route = RouteTimetable.schedule(problem, vehicle: 0, stops: candidate) else { continue }
                if best == nil || route.travel < best!.travel { best = (candidate, route.travel) }
            }
            guard let best else { return .infinity }
            (order, travel) = best
        }
        return travel
    }
}
