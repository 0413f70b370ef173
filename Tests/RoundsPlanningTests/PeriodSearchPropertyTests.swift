import Foundation
import RoundsPlanning
import RoundsRouting
import Testing

/// Property tests of `PeriodSearch` on many small random problems, through the public API only.
///
/// Every problem comes from a seeded SplitMix64 stream, so a failure names a seed that reproduces
/// it; `describe` prints the failing problem as Swift source. The rules checked are the problem's
/// own, restated here independently of the search:
///
/// 1. **Timetable** — every day's order is accepted by `RouteTimetable.schedule` (windows, where
///    service *starts*; the shift; the lunch break).
/// 2. **Visits** — a customer appears at most once a day, on open days (or its pinned days), its
///    pinned days are kept, `placed + missing == visits + pinned`, planned visits are at least
///    `minimumGap` calendar days from every other visit (pinned, held, the last one before the
///    period) and, when set, consecutive planned visits at most `maximumGap` apart.
/// 3. **Travel** — `solution.travel` is the sum of the days' timetabled driving (an empty day: 0).
/// 4. **Determinism** — the same seed and iteration limit give the same routes.
/// 5. **Optimality** — on tiny problems a brute force (every day assignment the rules allow, every
///    order of each day) finds the most visits that can be placed and the least driving for that;
///    the search never places fewer, and matches the driving on at least 90 % of the problems.
@Suite struct PeriodSearchPropertyTests {
    /// SplitMix64 (Steele, Lea, Flood 2014): a tiny seeded generator, the same on every platform.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let hour = 3600.0

    /// A random problem. Tiny: 2–4 customers, 2–4 days, no lunch, windows of four hours or more,
    /// one priority (so "most visits" is what the search's penalty ranks first).
    static func problem(seed: UInt64, tiny: Bool) -> PeriodProblem {
        var g = SplitMix64(state: seed)
        let customerCount = tiny ? Int.random(in: 2...4, using: &g) : Int.random(in: 3...10, using: &g)
        let dayCount = tiny ? Int.random(in: 2...4, using: &g) : Int.random(in: 3...8, using: &g)
        var offsets = [0]
        while offsets.count < dayCount { offsets.append(offsets.last! + Int.random(in: 1...3, using: &g)) }
        // Points in a square of 2400 s of driving a side; start and end need not coincide.
        let points = (0..<(customerCount + 2)).map { _ in
            (Double(Int.random(in: 0...2400, using: &g)), Double(Int.random(in: 0...2400, using: &g)))
        }
        let matrix = TravelMatrix(count: points.count) { a, b in hypot(points[a].0 - points[b].0, points[a].1 - points[b].1) }
        let lunch = !tiny && Bool.random(using: &g)
            ? Break(duration: Double(Int.random(in: 2...4, using: &g)) * 900, window: TimeSpan(open: 11.5 * hour, close: 13.5 * hour))
            : nil
        var customers = (0..<customerCount).map { index in
            let windows: [TimeSpan]
            switch Int.random(in: 0...2, using: &g) {
            case 0: windows = []
            case 1 where tiny:
                let open = Double(Int.random(in: 18...24, using: &g)) * 1800
                windows = [TimeSpan(open: open, close: open + Double(Int.random(in: 8...12, using: &g)) * 1800)]
            case 1:
                let open = Double(Int.random(in: 18...30, using: &g)) * 1800
                windows = [TimeSpan(open: open, close: min(18 * hour, open + Double(Int.random(in: 2...8, using: &g)) * 1800))]
            default:
                let morning = Double(Int.random(in: 18...22, using: &g)) * 1800
                let afternoon = Double(Int.random(in: 26...30, using: &g)) * 1800
                windows = tiny ? [TimeSpan(open: 9 * hour, close: 12 * hour), TimeSpan(open: 13 * hour, close: 17 * hour)]
                    : [TimeSpan(open: morning, close: morning + Double(Int.random(in: 2...4, using: &g)) * 1800),
                       TimeSpan(open: afternoon, close: afternoon + Double(Int.random(in: 2...6, using: &g)) * 1800)]
            }
            let minimumGap = Int.random(in: 1...3, using: &g)
            let pinned = Int.random(in: 0..<5, using: &g) == 0 ? [Int.random(in: 0..<dayCount, using: &g)] : []
            let held = (0..<dayCount).filter { !pinned.contains($0) && Int.random(in: 0..<12, using: &g) == 0 }
            return PeriodProblem.Customer(
                code: "C\(index)", serviceTime: Double(Int.random(in: 10...90, using: &g)) * 60, windows: windows,
                openDays: (0..<dayCount).map { _ in Int.random(in: 0..<5, using: &g) != 0 },
                visits: Int.random(in: (pinned.isEmpty ? 1 : 0)...(tiny ? 2 : 3), using: &g),
                pinnedDays: pinned, heldDays: held, minimumGap: minimumGap,
                maximumGap: Int.random(in: 0..<3, using: &g) == 0 ? minimumGap + Int.random(in: 1...5, using: &g) : nil,
                lastVisit: Bool.random(using: &g) ? -Int.random(in: 0...5, using: &g) : nil,
                priority: tiny ? 0.5 : [0, 0.5, 1][Int.random(in: 0...2, using: &g)])
        }
        var problem = PeriodProblem(matrix: matrix, customers: customers, dayOffsets: offsets,
                                    shift: TimeSpan(open: 9 * hour, close: 18 * hour), lunch: lunch)
        // Pinned visits are given, not chosen: keep only days whose pinned visits fit in some order.
        for day in 0..<dayCount {
            let pinned = customers.indices.filter { customers[$0].pinnedDays.contains(day) }
            if bestTravel(problem, pinned) == nil { for customer in pinned { customers[customer].pinnedDays = [] } }
        }
        problem.customers = customers
        return problem
    }

    /// The least driving over every order of `customers` that `RouteTimetable` accepts (0 for an empty day, nil when none fits).
    static func bestTravel(_ problem: PeriodProblem, _ customers: [Int]) -> Double? {
        guard !customers.isEmpty else { return 0 }
        var best: Double?
        func permute(_ prefix: [Int], _ rest: [Int]) {
            if rest.isEmpty {
                if let timed = RouteTimetable.schedule(problem.dayProblem(prefix), vehicle: 0, stops: Array(prefix.indices)) {
                    best = min(best ?? .infinity, timed.travel)
                }
                return
            }
            for (i, next) in rest.enumerated() { permute(prefix + [next], rest.enumerated().filter { $0.offset != i }.map(\.element)) }
        }
        permute([], customers)
        return best
    }

    /// Property 2's gap rules for one customer's planned days (`planned` excludes pinned days).
    static func gapProblems(_ customer: PeriodProblem.Customer, planned: [Int], offsets: [Int]) -> [String] {
        var problems: [String] = []
        let fixed = (customer.pinnedDays + customer.heldDays).map { offsets[$0] } + (customer.lastVisit.map { [$0] } ?? [])
        for (i, day) in planned.enumerated() {
            let others = fixed + planned.enumerated().filter { $0.offset != i }.map { offsets[$0.element] }
            for other in others where abs(offsets[day] - other) < customer.minimumGap {
                problems.append("\(customer.code): day \(day) (offset \(offsets[day])) within \(customer.minimumGap) of offset \(other)")
            }
        }
        if let maximumGap = customer.maximumGap {
            let chain = (planned + customer.pinnedDays + customer.heldDays).sorted()
            for (a, b) in zip(chain, chain.dropFirst()) where planned.contains(a) && planned.contains(b) && offsets[b] - offsets[a] > maximumGap {
                problems.append("\(customer.code): planned days \(a) and \(b) more than \(maximumGap) apart")
            }
        }
        return problems
    }

    /// Properties 1–3 on one solution: every rule it breaks, in words.
    static func violations(_ problem: PeriodProblem, _ solution: PeriodSearch.Solution) -> [String] {
        let dayCount = problem.dayOffsets.count, customers = problem.customers
        guard solution.routes.count == dayCount, solution.missing.count == customers.count,
              solution.routes.allSatisfy({ $0.allSatisfy(customers.indices.contains) })
        else { return ["malformed solution: \(solution.routes) missing \(solution.missing)"] }
        var problems: [String] = []
        var travel = 0.0
        for (day, route) in solution.routes.enumerated() where !route.isEmpty {
            if Set(route).count != route.count { problems.append("day \(day) visits a customer twice: \(route)") }
            if let timed = RouteTimetable.schedule(problem.dayProblem(route), vehicle: 0, stops: Array(route.indices)) {
                travel += timed.travel
            } else {
                problems.append("day \(day): RouteTimetable rejects \(route)")
            }
        }
        if abs(travel - solution.travel) > 1e-6 {
            problems.append("travel \(solution.travel) but the routes drive \(travel)")
        }
        for (index, customer) in customers.enumerated() {
            let days = (0..<dayCount).filter { solution.routes[$0].contains(index) }
            let planned = days.filter { !customer.pinnedDays.contains($0) }
            for day in customer.pinnedDays where !days.contains(day) { problems.append("\(customer.code): pinned day \(day) lost") }
            for day in planned where !customer.openDays[day] { problems.append("\(customer.code): planned on closed day \(day)") }
            for day in planned where customer.heldDays.contains(day) { problems.append("\(customer.code): planned on held day \(day)") }
            if solution.missing[index] < 0 || days.count + solution.missing[index] != customer.visits + customer.pinnedDays.count {
                problems.append("\(customer.code): \(days.count) placed + \(solution.missing[index]) missing "
                                + "≠ \(customer.visits) visits + \(customer.pinnedDays.count) pinned")
            }
            problems += gapProblems(customer, planned: planned, offsets: problem.dayOffsets)
        }
        return problems
    }

    /// The most visits any assignment can place and the least driving among those, with the
    /// customers of each day as a bitmask: every set of days per customer that the gap rules
    /// allow, every order of every day.
    static func bruteForce(_ problem: PeriodProblem) -> (placed: Int, travel: Double, days: [Int]) {
        let dayCount = problem.dayOffsets.count
        let choices = problem.customers.map { customer in
            (0..<(1 << dayCount)).map { mask in (0..<dayCount).filter { mask >> $0 & 1 == 1 } }.filter { days in
                days.count <= customer.visits
                    && days.allSatisfy { customer.openDays[$0] && !customer.pinnedDays.contains($0) && !customer.heldDays.contains($0) }
                    && gapProblems(customer, planned: days, offsets: problem.dayOffsets).isEmpty
            }
        }
        var dayCost: [Int: Double?] = [:]  // by the bitmask of the day's customers
        func cost(_ mask: Int) -> Double? {
            if let known = dayCost[mask] { return known }
            let found = bestTravel(problem, problem.customers.indices.filter { mask >> $0 & 1 == 1 })
            dayCost[mask] = found
            return found
        }
        var start = [Int](repeating: 0, count: dayCount)
        for (index, customer) in problem.customers.enumerated() { for day in customer.pinnedDays { start[day] |= 1 << index } }
        var best = (placed: -1, travel: Double.infinity, days: [Int]())
        func assign(_ customer: Int, _ masks: [Int], _ placed: Int) {
            guard customer < problem.customers.count else {
                guard placed >= best.placed else { return }
                var travel = 0.0
                for mask in masks { guard let day = cost(mask) else { return }; travel += day }
                if placed > best.placed || travel < best.travel { best = (placed, travel, masks) }
                return
            }
            for days in choices[customer] {
                var next = masks
                for day in days { next[day] |= 1 << customer }
                assign(customer + 1, next, placed + days.count)
            }
        }
        assign(0, start, 0)
        return best
    }

    /// The problem as Swift source, to paste into a regression test.
    static func describe(_ p: PeriodProblem) -> String {
        func span(_ s: TimeSpan) -> String { "TimeSpan(open: \(s.open), close: \(s.close))" }
        let customers = p.customers.map { c in
            "    .init(code: \"\(c.code)\", serviceTime: \(c.serviceTime), windows: [\(c.windows.map(span).joined(separator: ", "))], "
                + "openDays: \(c.openDays), visits: \(c.visits), pinnedDays: \(c.pinnedDays), heldDays: \(c.heldDays), "
                + "minimumGap: \(c.minimumGap), maximumGap: \(c.maximumGap.map(String.init) ?? "nil"), "
                + "lastVisit: \(c.lastVisit.map(String.init) ?? "nil"), priority: \(c.priority)),"
        }
        let lunch = p.lunch.map { "Break(duration: \($0.duration), window: \(span($0.window)))" } ?? "nil"
        return "PeriodProblem(matrix: TravelMatrix(count: \(p.matrix.count), values: \(p.matrix.values)), customers: [\n"
            + customers.joined(separator: "\n") + "\n], dayOffsets: \(p.dayOffsets), shift: \(span(p.shift)), lunch: \(lunch))"
    }

    /// Properties 1–4 on 200 random problems of 3–10 customers and 3–8 days.
    @Test func randomProblemsKeepEveryRule() {
        var failures = 0
        for seed in UInt64(1)...200 {
            let problem = Self.problem(seed: seed, tiny: false)
            let options = PeriodSearch.Options(iterationLimit: 150, seed: seed)
            let solution = PeriodSearch.solve(problem, options: options)
            let problems = Self.violations(problem, solution)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(Self.describe(problem))\nroutes \(solution.routes)")
            let again = PeriodSearch.solve(problem, options: options)
            #expect(again.routes == solution.routes, "seed \(seed): not deterministic: \(solution.routes) then \(again.routes)")
            if !problems.isEmpty { failures += 1 }
        }
        print("PeriodSearchPropertyTests: \(failures) of 200 random problems break a rule")
    }

    /// Property 5 (and 1–3 on the way) against the brute force on tiny problems.
    @Test func tinyProblemsMatchTheBruteForce() {
        let count = 60
        var optimal = 0
        for seed in UInt64(10_001)...UInt64(10_000 + count) {
            let problem = Self.problem(seed: seed, tiny: true)
            let solution = PeriodSearch.solve(problem, options: PeriodSearch.Options(iterationLimit: 2000, seed: seed, balanceWeight: 0))
            let problems = Self.violations(problem, solution)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(Self.describe(problem))\nroutes \(solution.routes)")
            let exact = Self.bruteForce(problem)
            let placed = zip(problem.customers, solution.missing).reduce(0) { $0 + $1.0.visits - $1.1 }
            #expect(placed >= exact.placed, "seed \(seed): placed \(placed), brute force \(exact.placed)\n\(Self.describe(problem))\nroutes \(solution.routes)")
            if placed == exact.placed && abs(solution.travel - exact.travel) <= 1e-6 {
                optimal += 1
            } else {
                print("seed \(seed): search \(placed) visits, \(solution.travel) s, \(solution.routes); "
                      + "optimum \(exact.placed) visits, \(exact.travel) s, customers per day (bitmask) \(exact.days)")
            }
        }
        print("PeriodSearchPropertyTests: optimum on \(optimal) of \(count) tiny problems")
        #expect(optimal * 10 >= count * 9, "optimum on only \(optimal) of \(count)")
    }

    /// The smallest case property 5 found: start and end 2000 s apart, two one-visit customers
    /// halfway, 10 s from each other. One day drives 2010 s; two days drive 4000 s.
    @Test func twoNeighboursShareADayWhenStartAndEndDiffer() {
        let points: [(Double, Double)] = [(0, 0), (2000, 0), (1000, 0), (1000, 10)]
        let matrix = TravelMatrix(count: 4) { a, b in hypot(points[a].0 - points[b].0, points[a].1 - points[b].1) }
        let customers = (0..<2).map {
            PeriodProblem.Customer(code: "C\($0)", serviceTime: 1800, windows: [], openDays: [true, true], visits: 1)
        }
        let problem = PeriodProblem(matrix: matrix, customers: customers, dayOffsets: [0, 1],
                                    shift: TimeSpan(open: 9 * Self.hour, close: 18 * Self.hour), lunch: nil)
        let solution = PeriodSearch.solve(problem, options: PeriodSearch.Options(iterationLimit: 2000, seed: 1, balanceWeight: 0))
        #expect(Self.violations(problem, solution).isEmpty)
        #expect(abs(solution.travel - Self.bruteForce(problem).travel) <= 1e-6, "\(solution.routes), \(solution.travel) s")
    }
}
