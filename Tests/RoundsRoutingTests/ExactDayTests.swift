import Testing
@testable import RoundsRouting

@Suite("Exact day solver")
struct ExactDayTests {
    @Test("matches brute force on random small days", arguments: 0..<40)
    func matchesBruteForce(seed: Int) {
        let problem = RandomDay.make(seed: UInt64(seed), stops: 3 + seed % 5)
        let solution = ExactDay.solve(problem)!
        let expected = BruteForceDay.best(problem)
        let order = solution.routes.first?.visits.map(\.stop) ?? []
        #expect(solution.provenOptimal)
        #expect(BruteForceDay.weight(problem, order) == expected.weight)
        #expect(abs(solution.travel - expected.travel) < 1e-6)
        if !order.isEmpty {
            #expect(DayChecker.feasible(problem, order: order))
            #expect(abs(DayChecker.travel(problem, order: order) - solution.travel) < 1e-6)
        }
        #expect(Set(order).union(solution.dropped.map(\.stop)) == Set(problem.stops.indices))
    }

    @Test("matches brute force when every stop is required and the day is long", arguments: 0..<30)
    func requiredStopsMatchBruteForce(seed: Int) {
        var problem = RandomDay.make(seed: UInt64(1000 + seed), stops: 4 + seed % 4)
        for index in problem.stops.indices {
            problem.stops[index].priority = .required
            if seed % 3 == 0 { problem.stops[index].windows = [] }
        }
        problem.vehicles[0].shift.close = 86400
        let solution = ExactDay.solve(problem)!
        let expected = BruteForceDay.best(problem)
        let order = solution.routes.first?.visits.map(\.stop) ?? []
        #expect(BruteForceDay.weight(problem, order) == expected.weight)
        #expect(abs(solution.travel - expected.travel) < 1e-6)
    }

    @Test("a stop whose window closes before anyone can arrive is dropped with the reason")
    func unreachableStop() {
        var problem = RandomDay.make(seed: 7, stops: 4)
        problem.stops[2].windows = [TimeSpan(open: 0, close: 1)]
        let solution = ExactDay.solve(problem)!
        #expect(solution.dropped.contains(DroppedStop(stop: 2, reason: .unreachableInWindow)))
        let visited = solution.routes.first?.visits.map(\.stop) ?? []
        #expect(!visited.contains(2))
    }

    @Test("the lowest-priority stop goes first when the day is short")
    func dropsLowestPriority() {
        let matrix = TravelMatrix(count: 4) { a, b in a == b ? 0 : 3600 }
        let stops = [Stop(node: 1, label: "A", serviceTime: 0, priority: .optional(1)),
                     Stop(node: 2, label: "B", serviceTime: 0, priority: .optional(5)),
                     Stop(node: 3, label: "C", serviceTime: 0, priority: .required)]
        let vehicle = Vehicle(label: "R", start: 0, end: 0, shift: TimeSpan(open: 0, close: 3 * 3600))
        let solution = ExactDay.solve(RoutingProblem(matrix: matrix, stops: stops, vehicles: [vehicle]))!
        #expect(Set(solution.routes[0].visits.map(\.stop)) == [1, 2])
        #expect(solution.dropped == [DroppedStop(stop: 0, reason: .noRoom)])
    }

    @Test("a fixed appointment is served exactly at its time, lunch inside its window")
    func appointmentAndLunch() {
        let matrix = TravelMatrix(count: 3) { a, b in a == b ? 0 : 600 }
        let stops = [Stop(node: 1, label: "A", serviceTime: 1800, windows: [TimeSpan(open: 36000, close: 36000)]),
                     Stop(node: 2, label: "B", serviceTime: 1800)]
        let lunch = Break(duration: 3600, window: TimeSpan(open: 43200, close: 45000))
        let vehicle = Vehicle(label: "R", start: 0, end: 0, shift: TimeSpan(open: 32400, close: 64800), lunch: lunch)
        let route = ExactDay.solve(RoutingProblem(matrix: matrix, stops: stops, vehicles: [vehicle]))!.routes[0]
        #expect(route.visits.first { $0.stop == 0 }?.serviceStart == 36000)
        let taken = route.lunch!
        #expect(taken.start >= 43200 && taken.start <= 45000 && taken.end - taken.start == 3600)
    }
}

/// Every subset in every order, scored like the solver: priority weight first, then travel.
enum BruteForceDay {
    static func weight(_ problem: RoutingProblem, _ order: [Int]) -> [Int] {
        let levels = Array(Set(problem.stops.map(\.priority))).sorted(by: >)
        return levels.map { level in order.filter { problem.stops[$0].priority == level }.count }
    }

    static func best(_ problem: RoutingProblem) -> (weight: [Int], travel: Double) {
        var best: (weight: [Int], travel: Double) = ([], .infinity)
        for mask in 0..<(1 << problem.stops.count) {
            let chosen = problem.stops.indices.filter { mask & (1 << $0) != 0 }
            permutations(chosen) { order in
                guard DayChecker.feasible(problem, order: order) else { return }
                let score = weight(problem, order), travel = DayChecker.travel(problem, order: order)
                if best.weight.lexicographicallyPrecedes(score) || (score == best.weight && travel < best.travel) {
                    best = (score, travel)
                }
            }
        }
        return best
    }

    private static func permutations(_ items: [Int], _ body: ([Int]) -> Void) {
        var items = items
        func visit(_ k: Int) {
            if k == items.count { body(items); return }
            for i in k..<items.count {
                items.swapAt(k, i)
                visit(k + 1)
                items.swapAt(k, i)
            }
        }
        visit(0)
    }
}

/// Small random days: a few customers in a square, windows (some split in two), service times,
/// sometimes lunch, optional stops and a tight shift so that some must be left out.
enum RandomDay {
    static func make(seed: UInt64, stops count: Int) -> RoutingProblem {
        var random = SearchRandom(seed: seed &* 7919 &+ 11)
        let points = (0...count).map { _ in (Double(random.below(20_000)), Double(random.below(20_000))) }
        let matrix = TravelMatrix(count: points.count) { a, b in
            let dx = points[a].0 - points[b].0, dy = points[a].1 - points[b].1
            return ((dx * dx + dy * dy).squareRoot() * 0.18).rounded()
        }
        let stops = (1...count).map { node -> Stop in
            let open = 32400 + Double(random.below(6)) * 3600
            var windows = [TimeSpan(open: open, close: open + 3600 + Double(random.below(3)) * 3600)]
            if random.below(4) == 0 { windows.append(TimeSpan(open: windows[0].close + 3600, close: windows[0].close + 7200)) }
            if random.below(5) == 0 { windows = [] }
            let priority: StopPriority = random.below(3) == 0 ? .optional(random.below(3)) : .required
            return Stop(node: node, label: "C\(node)", demand: 1 + random.below(3), serviceTime: Double(900 + random.below(4) * 600),
                        windows: windows, priority: priority)
        }
        let lunch = random.below(2) == 0 ? Break(duration: 3600, window: TimeSpan(open: 41400, close: 48600)) : nil
        let close = 32400 + Double(4 + random.below(6)) * 3600
        let vehicle = Vehicle(label: "R", start: 0, end: 0, shift: TimeSpan(open: 32400, close: close),
                              capacity: 2 * count, lunch: lunch)
        return RoutingProblem(matrix: matrix, stops: stops, vehicles: [vehicle])
    }
}
