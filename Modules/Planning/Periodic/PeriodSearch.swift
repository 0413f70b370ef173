import Foundation
import RoundsRouting

/// Chooses the days of every visit and the order within each day together (periodic vehicle
/// routing): ruin and recreate over customers, each reinserted on its cheapest feasible days by
/// `VisitPattern`, improved day by day with 2-opt and Or-opt, accepted by simulated annealing.
///
/// The cost is driving, plus a penalty on days whose work (service and driving) falls outside a
/// band around the average day — so no day is overloaded beside an empty one — plus a large
/// penalty for every visit left out, larger for higher priority, so when the hours run out the
/// lowest-priority visits are the ones left out.
///
/// The band: no day above 1.25 × the average day (or half the working hours, when that is more);
/// when the average day fills half the hours or more, no day below half the average. A light rep
/// may keep free days; a busy one gets no empty day beside a full one.
///
/// ```swift
/// let plan = PeriodSearch.solve(problem, options: PeriodSearch.Options(timeLimit: 4, seed: 1))
/// plan.routes[0]   // customer indices visited on the first working day, in order
/// plan.missing     // per customer: visits that found no room
/// ```
public enum PeriodSearch {
    public struct Options: Sendable {
        public var timeLimit: Double
        public var iterationLimit: Int?
        public var seed: UInt64
        /// Seconds of cost per (hour of work outside the band)² on a day: how much driving evenness is worth.
        public var balanceWeight: Double
        public var isCancelled: (@Sendable () -> Bool)?

        /// An hour outside the band costs as much as an hour of driving.
        public static let defaultBalance = 3600.0

        public init(timeLimit: Double = 4, iterationLimit: Int? = nil, seed: UInt64 = 1, balanceWeight: Double = Options.defaultBalance,
                    isCancelled: (@Sendable () -> Bool)? = nil) {
            self.timeLimit = timeLimit
            self.iterationLimit = iterationLimit
            self.seed = seed
            self.balanceWeight = balanceWeight
            self.isCancelled = isCancelled
        }
    }

    public struct Solution: Sendable {
        /// Customer indices per working day, in visiting order.
        public var routes: [[Int]]
        /// Per customer: visits asked for that found no room.
        public var missing: [Int]
        public var travel: Double
    }

    /// Searches from `start` when given (an earlier solution of this problem, perhaps with more
    /// visits asked: the latest extra ones are taken out), else from a fresh construction.
    public static func solve(_ problem: PeriodProblem, options: Options = Options(), from start: Solution? = nil) -> Solution {
        var search = PeriodSearchRun(problem, options: options)
        return search.run(from: start)
    }
}

struct PeriodSearchRun {
    let problem: PeriodProblem
    let options: PeriodSearch.Options
    let clock: DayClock
    let neighbours: [[Int]]
    var random: SearchRandom
    var band: (low: Double, high: Double) = (0, .infinity)
    static let leftOutPenalty = 1_000_000.0

    init(_ problem: PeriodProblem, options: PeriodSearch.Options) {
        self.problem = problem
        self.options = options
        clock = DayClock(problem)
        random = SearchRandom(seed: options.seed)
        let count = problem.customers.count
        neighbours = (0..<count).map { customer in
            (0..<count).filter { $0 != customer }
                .sorted { problem.matrix[customer + 2, $0 + 2] < problem.matrix[customer + 2, $1 + 2] }
                .prefix(40).map { $0 }
        }
    }

    mutating func run(from start: PeriodSearch.Solution?) -> PeriodSearch.Solution {
        let started = Date()
        var current = PeriodState(problem, clock: clock)
        if let start { current.resume(start.routes, problem: problem, clock: clock) }
        let customers = Array(problem.customers.indices)
        var order = customers
        order.sort { (problem.customers[$0].priority, problem.customers[$0].visits) > (problem.customers[$1].priority, problem.customers[$1].visits) }
        var touched = Set<Int>()
        for customer in order { insert(customer, into: &current, touched: &touched) }
        for day in touched { improve(day, in: &current) }
        band = Self.band(current, problem: problem, clock: clock)
        var currentCost = cost(current)
        var best = current, bestCost = currentCost
        let movable = customers.filter { problem.customers[$0].visits > 0 }
        guard !movable.isEmpty else { return solution(best) }

        let visits = max(1, movable.reduce(0) { $0 + problem.customers[$1].visits })
        let averageLeg = max(60, current.travel / Double(visits))
        let hot = 0.3 * averageLeg, cold = 0.005 * averageLeg
        var iteration = 0
        while true {
            let elapsed = Date().timeIntervalSince(started)
            let progress: Double
            if let limit = options.iterationLimit {
                if iteration >= limit { break }
                progress = Double(iteration) / Double(limit)
            } else {
                if elapsed >= options.timeLimit { break }
                progress = elapsed / options.timeLimit
            }
            if iteration % 64 == 0, options.isCancelled?() == true { break }
            iteration += 1
            let temperature = hot * pow(cold / hot, progress)

            var candidate = current
            var touched = Set<Int>()
            let removed = ruin(&candidate, movable: movable, touched: &touched)
            for customer in recreateOrder(removed) { insert(customer, into: &candidate, touched: &touched) }
            for day in touched { improve(day, in: &candidate) }
            let candidateCost = cost(candidate)
            if candidateCost < currentCost - 1e-9
                || random.unit() < exp((currentCost - candidateCost) / temperature) {
                current = candidate
                currentCost = candidateCost
                if currentCost < bestCost - 1e-9 {
                    best = current
                    bestCost = currentCost
                }
            }
        }
        return solution(best)
    }

    private func solution(_ state: PeriodState) -> PeriodSearch.Solution {
        PeriodSearch.Solution(routes: state.routes, missing: state.missing, travel: state.travel)
    }

    // MARK: Cost

    func cost(_ state: PeriodState) -> Double {
        var total = 0.0
        for day in state.routes.indices { total += state.dayTravel[day] + balance(state.dayWork[day]) }
        for (customer, missing) in state.missing.enumerated() where missing > 0 {
            total += Double(missing) * leftOutCost(customer)
        }
        return total
    }

    func leftOutCost(_ customer: Int) -> Double {
        Self.leftOutPenalty * (1 + 9 * problem.customers[customer].priority)
    }

    @inline(__always)
    func balance(_ work: Double) -> Double {
        let outside = max(0, work - band.high) + max(0, band.low - work)
        let hours = outside / 3600
        return options.balanceWeight * hours * hours
    }

    /// The band from the average day of `state`, all visits counted (placed or not).
    static func band(_ state: PeriodState, problem: PeriodProblem, clock: DayClock) -> (low: Double, high: Double) {
        let days = Double(max(1, problem.dayOffsets.count))
        let missingService = state.missing.enumerated().reduce(0.0) { $0 + Double($1.element) * clock.service[$1.offset] }
        let average = (state.dayWork.reduce(0, +) + missingService) / days
        let hours = problem.shift.close - problem.shift.open - (problem.lunch?.duration ?? 0)
        return (low: average >= hours / 2 ? average / 2 : 0, high: max(1.25 * average, hours / 2))
    }

    // MARK: Recreate

    /// Puts `customer`'s missing visits on their cheapest feasible days.
    mutating func insert(_ customer: Int, into state: inout PeriodState, touched: inout Set<Int>) {
        let info = problem.customers[customer]
        guard state.missing[customer] > 0 else { return }
        let dayCount = problem.dayOffsets.count
        var costs = [Double](repeating: .infinity, count: dayCount)
        var positions = [Int](repeating: 0, count: dayCount)
        for day in 0..<dayCount where info.openDays[day] && !state.routes[day].contains(customer) {
            guard let (delta, position) = cheapestInsertion(customer, into: state.routes[day], work: state.dayWork[day]) else {
                continue
            }
            let work = state.dayWork[day]
            // A thousandth of a second of noise: equal days (empty ones) are chosen at random, not earliest first.
            costs[day] = delta + balance(work + delta + info.serviceTime) - balance(work) + random.unit() * 1e-3
            positions[day] = position
        }
        let fixed = info.pinnedDays + info.heldDays + state.chosen[customer]
        let days = VisitPattern.choose(cost: costs, offsets: problem.dayOffsets, visits: state.missing[customer],
                                       pinned: fixed.sorted(), minimumGap: info.minimumGap,
                                       maximumGap: info.maximumGap, lastVisit: info.lastVisit)
        for day in days {
            state.routes[day].insert(customer, at: positions[day])
            state.settle(day, clock: clock)
            touched.insert(day)
        }
        state.chosen[customer] = (state.chosen[customer] + days).sorted()
        state.missing[customer] -= days.count
    }

    /// The cheapest place for `customer` in a day's order that still fits the day, with its
    /// extra driving. `work` is the day's service and driving: a place whose driving would push
    /// the work past the hours cannot fit (waiting only adds), so the timing pass is skipped.
    func cheapestInsertion(_ customer: Int, into route: [Int], work: Double) -> (Double, Int)? {
        let node = customer + 2
        let matrix = problem.matrix
        let room = problem.shift.close - problem.shift.open - (problem.lunch?.duration ?? 0) - work - clock.service[customer]
        // The cheapest place is nearly always feasible: pick places cheapest first without sorting them all.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: route.count + 1) { deltas in
            var previous = 0
            for position in 0...route.count {
                let next = position < route.count ? route[position] + 2 : 1
                // An empty day drives nothing yet: its start→end trip is not a leg to save.
                deltas[position] = matrix[previous, node] + matrix[node, next] - (route.isEmpty ? 0 : matrix[previous, next])
                previous = next
            }
            for _ in 0...route.count {
                var position = 0
                for candidate in 1...max(1, route.count) where candidate <= route.count && deltas[candidate] < deltas[position] {
                    position = candidate
                }
                let delta = deltas[position]
                if delta > room { return nil }
                if clock.finish(route, inserting: customer, at: position) != nil { return (delta, position) }
                deltas[position] = .infinity
            }
            return nil
        }
    }

    mutating func recreateOrder(_ customers: [Int]) -> [Int] {
        var order = customers
        random.shuffle(&order)
        switch random.below(3) {
        case 0: order.sort { problem.customers[$0].visits > problem.customers[$1].visits }
        case 1: order.sort { problem.customers[$0].priority > problem.customers[$1].priority }
        default: break
        }
        return order
    }
}
