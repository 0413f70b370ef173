/// The labels of the exact day search, in flat arrays: one label is a partial day ending at a
/// stop, with its travel, clock, whether lunch is behind, and its predecessor for the route.
struct LabelSearch {
    struct Best {
        var order: [Int]
        var weight: Int
        var travel: Double
    }

    private let graph: DayGraph
    private let requireAll: Bool
    private var cost: [Double] = []
    private var time: [Double] = []
    private var parent: [Int32] = []
    private var stop: [Int32] = []
    private var next: [Int32] = []
    private var alive: [Bool] = []
    /// First label of each (set, last stop, lunch taken) state, -1 when none.
    private var head: [Int32]

    /// The best day, optionally only among days that visit every required stop.
    static func best(_ graph: DayGraph, requireAll: Bool) -> Best? {
        var search = LabelSearch(graph, requireAll: requireAll)
        return search.run()
    }

    private init(_ graph: DayGraph, requireAll: Bool) {
        self.graph = graph
        self.requireAll = requireAll
        head = [Int32](repeating: -1, count: (1 << graph.count) * max(graph.count, 1) * 2)
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
            for last in 0..<n where mask & (1 << last) != 0 {
                for taken in 0..<2 {
                    var label = head[state(mask, last, taken)]
                    while label >= 0 {
                        let index = Int(label)
                        label = next[index]
                        guard alive[index] else { continue }
                        if !requireAll || mask & requiredMask == requiredMask {
                            consider(&best, mask: mask, last: last, clock: time[index], travel: cost[index],
                                     lunchTaken: taken == 1, label: index)
                        }
                        for j in 0..<n where mask & (1 << j) == 0 && load[mask] + graph.demand[j] <= graph.capacity {
                            extend(from: index, last: last, mask: mask, clock: time[index], travel: cost[index],
                                   lunchTaken: taken == 1, to: j)
                        }
                    }
                }
            }
        }
        return best
    }

    private func state(_ mask: Int, _ last: Int, _ taken: Int) -> Int {
        (mask * graph.count + last) * 2 + taken
    }

    /// Both ways to reach `j`: without the break, and with it on the way when it is still due.
    private mutating func extend(from label: Int, last: Int, mask: Int, clock: Double, travel: Double,
                                 lunchTaken: Bool, to j: Int) {
        let leg = graph.leg(last, j)
        for eat in lunchTaken ? [false] : [false, true] {
            guard let arrival = graph.arrive(from: last, at: clock, to: j, withLunch: eat),
                  let start = RouteTimetable.serviceStart(arriving: arrival, windows: graph.windows[j]) else { continue }
            let done = start + graph.service[j]
            guard done + graph.leg(j, graph.count + 1) <= graph.shift.close else { continue }
            let newMask = mask | (1 << j)
            if requireAll && strandsRequired(mask: newMask, at: j, clock: done) { continue }
            insert(state: state(newMask, j, lunchTaken || eat ? 1 : 0), stop: j, travel: travel + leg, clock: done, parent: label)
        }
    }

    /// True when some required stop not yet visited can no longer start in time.
    private func strandsRequired(mask: Int, at last: Int, clock: Double) -> Bool {
        for k in 0..<graph.count where mask & (1 << k) == 0 && graph.required[k] {
            if clock + graph.leg(last, k) > graph.latestStart(k) { return true }
        }
        return false
    }

    /// Adds a label unless one in the state is no dearer and no later; drops those it beats.
    private mutating func insert(state: Int, stop j: Int, travel: Double, clock: Double, parent label: Int) {
        var other = head[state]
        while other >= 0 {
            let index = Int(other)
            if alive[index] {
                if cost[index] <= travel && time[index] <= clock { return }
                if travel <= cost[index] && clock <= time[index] { alive[index] = false }
            }
            other = next[index]
        }
        cost.append(travel)
        time.append(clock)
        parent.append(Int32(label))
        stop.append(Int32(j))
        alive.append(true)
        next.append(head[state])
        head[state] = Int32(cost.count - 1)
    }

    /// Ends the day here if it can still reach the end (with lunch when due) and beats the best.
    private func consider(_ best: inout Best?, mask: Int, last: Int, clock: Double, travel: Double,
                          lunchTaken: Bool, label: Int) {
        let end = graph.count + 1
        guard let arrival = graph.arrive(from: last, at: clock, to: end, withLunch: !lunchTaken),
              arrival <= graph.shift.close else { return }
        let total = travel + graph.leg(last, end)
        let weight = (0..<graph.count).reduce(0) { mask & (1 << $1) != 0 ? $0 + graph.weight[$1] : $0 }
        if let current = best, current.weight > weight || (current.weight == weight && current.travel <= total) { return }
        best = Best(order: route(to: label), weight: weight, travel: total)
    }

    private func route(to label: Int) -> [Int] {
        var order: [Int] = []
        var index = label
        while index >= 0 {
            order.append(Int(stop[index]))
            index = Int(parent[index])
        }
        return order.reversed()
    }
}
