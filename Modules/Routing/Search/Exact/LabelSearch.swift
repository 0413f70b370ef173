/// The labels of the exact day search: one label is a partial day ending at a stop, with its
/// travel, clock, whether lunch is behind, and its predecessor for the route. Labels of one
/// state form a linked list through `next`, all in one array.
struct LabelSearch {
    struct Best {
        var order: [Int]
        var weight: Int
        var travel: Double
    }

    private struct Label {
        var cost: Double
        var time: Double
        var parent: Int32
        var stop: Int32
        var next: Int32
        var alive: Bool
    }

    private let graph: DayGraph
    private let requireAll: Bool
    private var labels: [Label] = []
    /// First label of each (set, last stop, lunch taken) state, -1 when none.
    private var head: [Int32]
    /// Priority weight of each set of stops.
    private var weight: [Int]
    /// With every stop required: a day known to exist, and for each set the least travel still
    /// needed to enter every stop outside it and the end. A label that cannot beat the day goes.
    private let upperBound: Double
    private var stillEntering: [Double] = []
    private var stillLeaving: [Double] = []
    private var cheapestExit: [Double] = []

    /// The best day, optionally only among days that visit every required stop. `upperBound`
    /// is the travel of a known day that visits every stop.
    static func best(_ graph: DayGraph, requireAll: Bool, upperBound: Double = .infinity) -> Best? {
        var search = LabelSearch(graph, requireAll: requireAll, upperBound: upperBound)
        return search.run()
    }

    private init(_ graph: DayGraph, requireAll: Bool, upperBound: Double) {
        self.graph = graph
        self.requireAll = requireAll
        let bounded = requireAll && graph.required.allSatisfy { $0 } && upperBound.isFinite
        self.upperBound = bounded ? upperBound * (1 + 1e-12) + 1e-9 : .infinity
        head = [Int32](repeating: -1, count: (1 << graph.count) * max(graph.count, 1) * 2)
        weight = [Int](repeating: 0, count: 1 << graph.count)
        if bounded {
            let n = graph.count
            let entry = (0...n + 1).map { to in (0...n).filter { $0 != to }.map { graph.leg($0, to) }.min() ?? 0 }
            cheapestExit = (0..<n).map { from in (0...n + 1).filter { $0 != from && $0 != n }.map { graph.leg(from, $0) }.min() ?? 0 }
            stillEntering = Self.outside(entry, base: entry[n + 1], count: n)
            stillLeaving = Self.outside(cheapestExit, base: 0, count: n)
        }
    }

    /// For each set, `base` plus the values of the stops outside it. Every stop outside and the
    /// end must still be entered once, and every stop outside left once, each at least by its
    /// cheapest leg: bounds that need no triangle inequality.
    private static func outside(_ values: [Double], base: Double, count n: Int) -> [Double] {
        var sums = [Double](repeating: 0, count: 1 << n)
        sums[0] = (0..<n).reduce(base) { $0 + values[$1] }
        for mask in 1..<(1 << n) {
            sums[mask] = sums[mask & (mask - 1)] - values[mask.trailingZeroBitCount]
        }
        return sums
    }

    private mutating func run() -> Best? {
        let n = graph.count
        let start = n
        let lunchAtStart = graph.lunch == nil
        var best: Best?
        let requiredMask = (0..<n).reduce(0) { graph.required[$1] ? $0 | (1 << $1) : $0 }
        if !requireAll || requiredMask == 0 {
            consider(&best, mask: 0, last: start, clock: graph.shift.open, travel: 0, lunchTaken: lunchAtStart, label: -1)
        }
        for j in 0..<n where graph.demand[j] <= graph.capacity {
            extend(from: -1, last: start, mask: 0, clock: graph.shift.open, travel: 0, lunchTaken: lunchAtStart, to: j)
        }
        var load = [Int](repeating: 0, count: 1 << n)
        for mask in 1..<max(1 << n, 1) {
            let low = mask.trailingZeroBitCount
            load[mask] = load[mask & (mask - 1)] + graph.demand[low]
            weight[mask] = weight[mask & (mask - 1)] + graph.weight[low]
            let complete = !requireAll || mask & requiredMask == requiredMask
            for last in 0..<n where mask & (1 << last) != 0 {
                for taken in 0..<2 {
                    var index = Int(head[state(mask, last, taken)])
                    while index >= 0 {
                        let label = labels[index]
                        defer { index = Int(label.next) }
                        guard label.alive else { continue }
                        if complete {
                            consider(&best, mask: mask, last: last, clock: label.time, travel: label.cost,
                                     lunchTaken: taken == 1, label: index)
                        }
                        for j in 0..<n where mask & (1 << j) == 0 && load[mask] + graph.demand[j] <= graph.capacity {
                            extend(from: index, last: last, mask: mask, clock: label.time, travel: label.cost,
                                   lunchTaken: taken == 1, to: j)
                        }
                    }
                }
            }
        }
        return best
    }

    @inline(__always)
    private func state(_ mask: Int, _ last: Int, _ taken: Int) -> Int {
        (mask * graph.count + last) * 2 + taken
    }

    /// Both ways to reach `j`: without the break, and with it on the way when it is still due.
    @inline(__always)
    private mutating func extend(from label: Int, last: Int, mask: Int, clock: Double, travel: Double,
                                 lunchTaken: Bool, to j: Int) {
        let leg = graph.leg(last, j)
        let newMask = mask | (1 << j)
        if !stillEntering.isEmpty {
            let rest = max(stillEntering[newMask], cheapestExit[j] + stillLeaving[newMask])
            if travel + leg + rest > upperBound { return }
        }
        for way in 0..<(lunchTaken ? 1 : 2) {
            let eat = way == 1
            guard let arrival = graph.arrive(from: last, at: clock, to: j, withLunch: eat),
                  let start = graph.serviceStart(j, arriving: arrival) else { continue }
            let done = start + graph.service[j]
            guard done + graph.leg(j, graph.count + 1) <= graph.shift.close else { continue }
            if requireAll && strandsRequired(mask: newMask, at: j, clock: done) { continue }
            let taken = lunchTaken || eat
            // A day with lunch behind it is no worse than one still owing it at the same cost and clock.
            if !taken && dominated(state: state(newMask, j, 1), travel: travel + leg, clock: done) { continue }
            insert(state: state(newMask, j, taken ? 1 : 0), stop: j, travel: travel + leg, clock: done, parent: label)
            if taken { removeDominated(state: state(newMask, j, 0), travel: travel + leg, clock: done) }
        }
    }

    /// True when some required stop not yet visited can no longer start in time.
    @inline(__always)
    private func strandsRequired(mask: Int, at last: Int, clock: Double) -> Bool {
        for k in 0..<graph.count where mask & (1 << k) == 0 && graph.required[k] {
            if clock + graph.leg(last, k) > graph.latest[k] { return true }
        }
        return false
    }

    private func dominated(state: Int, travel: Double, clock: Double) -> Bool {
        var other = Int(head[state])
        while other >= 0 {
            let existing = labels[other]
            if existing.alive && existing.cost <= travel && existing.time <= clock { return true }
            other = Int(existing.next)
        }
        return false
    }

    private mutating func removeDominated(state: Int, travel: Double, clock: Double) {
        var other = Int(head[state])
        while other >= 0 {
            if travel <= labels[other].cost && clock <= labels[other].time { labels[other].alive = false }
            other = Int(labels[other].next)
        }
    }

    /// Adds a label unless one in the state is no dearer and no later; drops those it beats.
    private mutating func insert(state: Int, stop j: Int, travel: Double, clock: Double, parent label: Int) {
        var other = Int(head[state])
        while other >= 0 {
            let existing = labels[other]
            if existing.alive {
                if existing.cost <= travel && existing.time <= clock { return }
                if travel <= existing.cost && clock <= existing.time { labels[other].alive = false }
            }
            other = Int(existing.next)
        }
        labels.append(Label(cost: travel, time: clock, parent: Int32(label), stop: Int32(j), next: head[state], alive: true))
        head[state] = Int32(labels.count - 1)
    }

    /// Ends the day here if it can still reach the end (with lunch when due) and beats the best.
    private func consider(_ best: inout Best?, mask: Int, last: Int, clock: Double, travel: Double,
                          lunchTaken: Bool, label: Int) {
        let end = graph.count + 1
        guard let arrival = graph.arrive(from: last, at: clock, to: end, withLunch: !lunchTaken),
              arrival <= graph.shift.close else { return }
        let total = travel + graph.leg(last, end)
        let weight = weight[mask]
        if let current = best, current.weight > weight || (current.weight == weight && current.travel <= total) { return }
        best = Best(order: route(to: label), weight: weight, travel: total)
    }

    private func route(to label: Int) -> [Int] {
        var order: [Int] = []
        var index = label
        while index >= 0 {
            order.append(Int(labels[index].stop))
            index = Int(labels[index].parent)
        }
        return order.reversed()
    }
}
