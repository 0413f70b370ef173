/// Everything about a problem the fleet search reads in its inner loops, computed once: each
/// stop's segment, the penalty for leaving it out, its nearest neighbours, and which routes need
/// `RouteTimetable` to confirm what the segments only filter.
///
/// ```swift
/// let model = FleetModel(problem, served: candidates)
/// let gap = model.cost(from: 3, to: 7)
/// ```
struct FleetModel {
    let problem: RoutingProblem
    let matrix: TravelMatrix
    /// Problem stop indices the search may place (the rest were dropped up front).
    let candidates: [Int]
    let single: [FleetSegment]
    let startSegment: [FleetSegment]
    let endSegment: [FleetSegment]
    /// Lexicographic priorities as additive weights: one stop of a level outweighs every stop
    /// of all lower levels together, so a plain sum compares like the tuple does.
    let penalty: [Double]
    /// The nearest candidates by travel in either direction: the granular neighbourhood.
    let neighbours: [[Int]]
    /// Candidates by closeness, longer than `neighbours`: where string removal looks.
    let adjacency: [[Int]]
    /// Closest vehicle start, for the "far first" insertion order.
    let depotDistance: [Double]
    let hasSeveralWindows: [Bool]
    let hasLunch: [Bool]
    /// One representative per group of identical vehicles, so empty routes are tried once each.
    let vehicleClass: [Int]
    let needsConfirmation: Bool

    static let granularity = 20
    static let adjacencyLength = 100

    init(_ problem: RoutingProblem, candidates: [Int]) {
        self.problem = problem
        matrix = problem.matrix
        self.candidates = candidates
        let stops = problem.stops
        single = stops.map { stop in
            let hull = stop.windows.isEmpty ? TimeSpan.always
                : TimeSpan(open: stop.windows.first!.open, close: stop.windows.last!.close)
            return FleetSegment(node: stop.node, window: hull, service: stop.serviceTime, load: stop.demand)
        }
        startSegment = problem.vehicles.map { FleetSegment(node: $0.start, window: $0.shift, service: 0, load: 0) }
        endSegment = problem.vehicles.map { FleetSegment(node: $0.end, window: $0.shift, service: 0, load: 0) }
        hasSeveralWindows = stops.map { $0.windows.count > 1 }
        hasLunch = problem.vehicles.map { $0.lunch != nil }
        needsConfirmation = hasLunch.contains(true) || candidates.contains { stops[$0].windows.count > 1 }
        penalty = Self.weights(stops, candidates)

        let matrix = problem.matrix
        func closeness(_ a: Int, _ b: Int) -> Double {
            min(matrix[stops[a].node, stops[b].node], matrix[stops[b].node, stops[a].node])
        }
        var adjacency = [[Int]](repeating: [], count: stops.count)
        for a in candidates {
            let others = candidates.filter { $0 != a }.sorted { (closeness(a, $0), $0) < (closeness(a, $1), $1) }
            adjacency[a] = Array(others.prefix(Self.adjacencyLength))
        }
        self.adjacency = adjacency
        neighbours = adjacency.map { Array($0.prefix(Self.granularity)) }
        depotDistance = stops.map { stop in
            problem.vehicles.map { matrix[$0.start, stop.node] }.min() ?? 0
        }
        var classes: [Int] = []
        for (index, vehicle) in problem.vehicles.enumerated() {
            let twin = classes.first { other in
                let v = problem.vehicles[other]
                return v.start == vehicle.start && v.end == vehicle.end && v.shift == vehicle.shift
                    && v.capacity == vehicle.capacity && v.lunch == vehicle.lunch
            }
            classes.append(twin ?? index)
        }
        vehicleClass = classes
    }

    /// Level weights from the lowest optional priority up to required stops.
    private static func weights(_ stops: [Stop], _ candidates: [Int]) -> [Double] {
        let levels = Set(candidates.map { stops[$0].priority }).sorted()
        var levelWeight: [StopPriority: Double] = [:]
        var below = 0.0
        for level in levels {
            let weight = below + 1
            levelWeight[level] = weight
            below += weight * Double(candidates.count { stops[$0].priority == level })
        }
        return stops.map { levelWeight[$0.priority] ?? 0 }
    }

    @inline(__always)
    func cost(from a: Int, to b: Int) -> Double {
        matrix[problem.stops[a].node, problem.stops[b].node]
    }

    /// Whether a route whose segments fit also passes the exact timetable (several windows, lunch).
    func confirms(vehicle: Int, stops: [Int]) -> Bool {
        guard hasLunch[vehicle] || stops.contains(where: { hasSeveralWindows[$0] }) else { return true }
        return RouteTimetable.schedule(problem, vehicle: vehicle, stops: stops) != nil
    }

    @inline(__always)
    func fits(_ segment: FleetSegment, vehicle: Int) -> Bool {
        segment.timeWarp <= FleetSegment.tolerance && segment.load <= problem.vehicles[vehicle].capacity
    }
}
