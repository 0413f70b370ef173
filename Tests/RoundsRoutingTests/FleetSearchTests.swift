import RoundsRouting
import Testing

@Suite struct FleetSearchTests {
    @Test func smallInstancesMatchBruteForce() {
        var random = TestRandom(seed: 11)
        for round in 0..<60 {
            let problem = randomProblem(stops: 3 + round % 5, vehicles: 1 + round % 2, &random)
            let solution = FleetSearch.solve(problem, options: SolveOptions(timeLimit: 100, seed: 3, iterationLimit: 800))
            let issues = Checker.issues(problem, solution)
            #expect(issues.isEmpty, "round \(round): \(issues)")
            let exact = BruteForce.best(problem)
            let found = Score(problem, served: Set(solution.routes.flatMap { $0.visits.map(\.stop) }), travel: solution.travel)
            #expect(found.missing == exact.missing, "round \(round): missing \(found.missing) vs \(exact.missing)")
            #expect(abs(found.travel - exact.travel) < 1e-6, "round \(round): travel \(found.travel) vs \(exact.travel)")
        }
    }

    @Test func requiredStopsDropOnlyWhenImpossible() {
        let places = [(0.0, 0.0), (10, 0), (0, 10), (-10, 0), (0, -10)]
        let stops = [
            Stop(node: 1, label: "A", demand: 5, windows: [TimeSpan(open: 0, close: 100)]),
            // Opens and closes before anyone can get there.
            Stop(node: 2, label: "B", demand: 5, windows: [TimeSpan(open: 0, close: 5)]),
            // Heavier than any vehicle.
            Stop(node: 3, label: "C", demand: 50),
            Stop(node: 4, label: "D", demand: 5, windows: [TimeSpan(open: 30, close: 40), TimeSpan(open: 80, close: 90)]),
        ]
        let vehicles = [Vehicle(label: "V1", start: 0, end: 0, shift: TimeSpan(open: 0, close: 200), capacity: 20),
                        Vehicle(label: "V2", start: 0, end: 0, shift: TimeSpan(open: 0, close: 200), capacity: 8)]
        let problem = RoutingProblem(matrix: euclidean(places), stops: stops, vehicles: vehicles)
        let solution = FleetSearch.solve(problem, options: SolveOptions(timeLimit: 100, iterationLimit: 200))
        #expect(Checker.issues(problem, solution).isEmpty)
        #expect(solution.dropped == [DroppedStop(stop: 1, reason: .unreachableInWindow),
                                     DroppedStop(stop: 2, reason: .overCapacity)])
    }

    @Test func shortShiftDropsLowestPriorityFirst() {
        // Four stops close together, ten from the depot; the shift holds three services.
        let places = [(0.0, 0.0), (10, 0), (10, 1), (11, 0), (11, 1)]
        let priorities: [StopPriority] = [.optional(1), .required, .optional(5), .optional(3)]
        let stops = priorities.enumerated().map { index, priority in
            Stop(node: index + 1, label: "S\(index)", serviceTime: 100, priority: priority)
        }
        let vehicle = Vehicle(label: "V", start: 0, end: 0, shift: TimeSpan(open: 0, close: 330))
        let problem = RoutingProblem(matrix: euclidean(places), stops: stops, vehicles: [vehicle])
        let solution = FleetSearch.solve(problem, options: SolveOptions(timeLimit: 100, iterationLimit: 300))
        #expect(Checker.issues(problem, solution).isEmpty)
        #expect(solution.dropped == [DroppedStop(stop: 0, reason: .noRoom)])
    }

    @Test func sameSeedAndIterationsGiveTheSameAnswer() {
        var random = TestRandom(seed: 5)
        let problem = randomProblem(stops: 30, vehicles: 4, &random)
        let options = SolveOptions(timeLimit: 1000, seed: 9, iterationLimit: 300)
        let first = FleetSearch.solve(problem, options: options)
        let second = FleetSearch.solve(problem, options: options)
        #expect(first.routes.map(\.visits) == second.routes.map(\.visits))
        #expect(first.dropped == second.dropped)
        #expect(first.travel == second.travel)
        #expect(Checker.issues(problem, first).isEmpty)
    }

    @Test func lunchBreakRoutesStayValid() {
        var random = TestRandom(seed: 8)
        var problem = randomProblem(stops: 20, vehicles: 2, &random)
        for index in problem.vehicles.indices {
            problem.vehicles[index].lunch = Break(duration: 30, window: TimeSpan(open: 200, close: 260))
        }
        let solution = FleetSearch.solve(problem, options: SolveOptions(timeLimit: 100, iterationLimit: 200))
        #expect(Checker.issues(problem, solution).isEmpty)
        for route in solution.routes {
            let lunch = try! #require(route.lunch)
            #expect(lunch.start >= 200 && lunch.start <= 260 && lunch.end == lunch.start + 30)
            for visit in route.visits {
                #expect(visit.departure <= lunch.start || visit.serviceStart >= lunch.end)
            }
        }
    }
}

// MARK: - An independent checker

/// Re-times every route from the vehicle's shift start, earliest service in the first window
/// still open, and reports what breaks: windows, shift end, load, duplicates, travel totals.
/// A lunch break sits in the gap the route names, eaten on arrival when it starts after the
/// leg, else before setting off.
enum Checker {
    static func issues(_ problem: RoutingProblem, _ solution: RouteSolution) -> [String] {
        var issues: [String] = []
        var seen: [Int: Int] = [:]
        var total = 0.0
        for route in solution.routes {
            let vehicle = problem.vehicles[route.vehicle]
            var place = vehicle.start
            var free = vehicle.shift.open
            var load = 0
            var travel = 0.0
            func arrive(after gap: Int, leg: Double) -> Double {
                guard let lunch = route.lunch, lunch.afterVisit == gap, let rest = vehicle.lunch else { return free + leg }
                if lunch.start < free - 1e-9 || lunch.start < rest.window.open - 1e-9 || lunch.start > rest.window.close + 1e-9
                    || abs(lunch.end - lunch.start - rest.duration) > 1e-9 {
                    issues.append("vehicle \(route.vehicle) lunch misplaced")
                }
                return lunch.start >= free + leg - 1e-9 ? lunch.end : lunch.end + leg
            }
            for (index, visit) in route.visits.enumerated() {
                seen[visit.stop, default: 0] += 1
                let stop = problem.stops[visit.stop]
                load += stop.demand
                let leg = problem.matrix[place, stop.node]
                travel += leg
                let arrival = arrive(after: index - 1, leg: leg)
                guard let start = earliestStart(arrival, stop.windows) else {
                    issues.append("stop \(visit.stop) reached at \(arrival) after its windows")
                    continue
                }
                if visit.serviceStart < start - 1e-9 { issues.append("stop \(visit.stop) served before it can be") }
                if visit.arrival > visit.serviceStart + 1e-9 { issues.append("stop \(visit.stop) served before arrival") }
                if !inWindow(visit.serviceStart, stop.windows) { issues.append("stop \(visit.stop) served outside its windows") }
                if abs(visit.departure - visit.serviceStart - stop.serviceTime) > 1e-9 { issues.append("stop \(visit.stop) service length") }
                free = visit.departure
                place = stop.node
            }
            let home = problem.matrix[place, vehicle.end]
            travel += home
            if arrive(after: route.visits.count - 1, leg: home) > vehicle.shift.close + 1e-9 {
                issues.append("vehicle \(route.vehicle) back after its shift")
            }
            if load > vehicle.capacity { issues.append("vehicle \(route.vehicle) over capacity") }
            if abs(travel - route.travel) > 1e-6 { issues.append("vehicle \(route.vehicle) travel \(route.travel), recomputed \(travel)") }
            if vehicle.lunch != nil, route.lunch == nil { issues.append("vehicle \(route.vehicle) skips lunch") }
            total += travel
        }
        for dropped in solution.dropped { seen[dropped.stop, default: 0] += 1 }
        for index in problem.stops.indices where seen[index] != 1 {
            issues.append("stop \(index) appears \(seen[index] ?? 0) times")
        }
        if abs(total - solution.travel) > 1e-6 { issues.append("total travel \(solution.travel), recomputed \(total)") }
        return issues
    }

    static func earliestStart(_ arrival: Double, _ windows: [TimeSpan]) -> Double? {
        if windows.isEmpty { return arrival }
        return windows.first { arrival <= $0.close }.map { max(arrival, $0.open) }
    }

    static func inWindow(_ time: Double, _ windows: [TimeSpan]) -> Bool {
        windows.isEmpty || windows.contains { time >= $0.open - 1e-9 && time <= $0.close + 1e-9 }
    }
}

// MARK: - Brute force

/// Missing stops per priority level (required first, then optional from highest), then travel.
struct Score {
    var missing: [Int]
    var travel: Double

    init(_ problem: RoutingProblem, served: Set<Int>, travel: Double) {
        let levels = Set(problem.stops.map(\.priority)).sorted(by: >)
        missing = levels.map { level in
            problem.stops.indices.count { problem.stops[$0].priority == level && !served.contains($0) }
        }
        self.travel = travel
    }

    func isBetter(than other: Score) -> Bool {
        if missing != other.missing { return missing.lexicographicallyPrecedes(other.missing) }
        return travel < other.travel - 1e-9
    }
}

/// Every order of every subset on every vehicle: the shortest feasible route per (vehicle,
/// subset), then the best way to split the stops between vehicles.
enum BruteForce {
    static func best(_ problem: RoutingProblem) -> Score {
        let count = problem.stops.count
        let shortest = problem.vehicles.indices.map { routes(problem, vehicle: $0) }
        var best = Score(problem, served: [], travel: 0)
        func assign(_ vehicle: Int, used: Int, travel: Double) {
            if vehicle == problem.vehicles.count {
                let score = Score(problem, served: Set((0..<count).filter { used & (1 << $0) != 0 }), travel: travel)
                if score.isBetter(than: best) { best = score }
                return
            }
            for (mask, length) in shortest[vehicle] where mask & used == 0 {
                assign(vehicle + 1, used: used | mask, travel: travel + length)
            }
        }
        assign(0, used: 0, travel: 0)
        return best
    }

    private static func routes(_ problem: RoutingProblem, vehicle index: Int) -> [Int: Double] {
        let vehicle = problem.vehicles[index]
        var shortest: [Int: Double] = [0: 0]
        func extend(_ mask: Int, place: Int, time: Double, load: Int, travel: Double) {
            if mask != 0, time + problem.matrix[place, vehicle.end] <= vehicle.shift.close {
                let length = travel + problem.matrix[place, vehicle.end]
                shortest[mask] = min(shortest[mask] ?? .infinity, length)
            }
            for (next, stop) in problem.stops.enumerated() where mask & (1 << next) == 0 {
                guard load + stop.demand <= vehicle.capacity,
                      let start = Checker.earliestStart(time + problem.matrix[place, stop.node], stop.windows) else { continue }
                extend(mask | (1 << next), place: stop.node, time: start + stop.serviceTime,
                       load: load + stop.demand, travel: travel + problem.matrix[place, stop.node])
            }
        }
        extend(0, place: vehicle.start, time: vehicle.shift.open, load: 0, travel: 0)
        return shortest
    }
}

// MARK: - Instances

struct TestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }
}

func euclidean(_ places: [(Double, Double)]) -> TravelMatrix {
    TravelMatrix(count: places.count) { a, b in
        let dx = places[a].0 - places[b].0, dy = places[a].1 - places[b].1
        return (dx * dx + dy * dy).squareRoot()
    }
}

/// Stops on a 100 × 100 square with one- or two-window slots, mixed priorities and a slightly
/// asymmetric matrix; vehicles with their own depots, shifts and capacities.
func randomProblem(stops count: Int, vehicles: Int, _ random: inout TestRandom) -> RoutingProblem {
    let depots = vehicles + 1
    let places = (0..<(depots + count)).map { _ in (Double(random.below(101)), Double(random.below(101))) }
    let base = euclidean(places)
    let matrix = TravelMatrix(count: places.count) { a, b in base[a, b] * (a < b ? 1 : 1.1) }
    let stops = (0..<count).map { index -> Stop in
        let open = Double(random.below(300))
        var windows = [TimeSpan(open: open, close: open + Double(60 + random.below(120)))]
        if random.below(4) == 0 { windows.append(TimeSpan(open: windows[0].close + 50, close: windows[0].close + 150)) }
        if random.below(5) == 0 { windows = [] }
        let priority: StopPriority = random.below(3) == 0 ? .optional(random.below(3)) : .required
        return Stop(node: depots + index, label: "S\(index)", demand: 1 + random.below(5),
                    serviceTime: Double(5 + random.below(20)), windows: windows, priority: priority)
    }
    let fleet = (0..<vehicles).map { index in
        Vehicle(label: "V\(index)", start: index, end: index + 1,
                shift: TimeSpan(open: Double(random.below(60)), close: Double(400 + random.below(200))),
                capacity: 8 + random.below(10))
    }
    return RoutingProblem(matrix: matrix, stops: stops, vehicles: fleet)
}
