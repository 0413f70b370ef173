/// 2-opt and Or-opt down to a local optimum. Moves only look at candidate neighbours, and only
/// nodes whose edges changed are looked at again (don't-look bits, kept as a FIFO of awake nodes),
/// so after a local kick the search costs about as much as the kick disturbed.
struct TourImprover {
    let graph: TourGraph
    var tour: ArrayTour
    /// Kept up to date move by move; `TourSearch` recomputes the exact sum at the end.
    var length: Double
    private var awake: [Int]
    private var isAwake: [Bool]
    private var head = 0
    private var awakeCount = 0

    /// Gains below this are rounding noise; taking them could cycle forever on equal tours.
    private let epsilon = 1e-7

    init(graph: TourGraph, order: [Int]) {
        self.graph = graph
        tour = ArrayTour(order: order)
        length = 0
        for index in order.indices {
            length += graph[order[index], order[(index + 1) % order.count]]
        }
        awake = [Int](repeating: 0, count: order.count)
        isAwake = [Bool](repeating: false, count: order.count)
    }

    mutating func wakeAll() {
        for node in tour.order {
            wake(node)
        }
    }

    mutating func wake(_ node: Int) {
        guard !isAwake[node] else { return }
        isAwake[node] = true
        var slot = head + awakeCount
        if slot >= awake.count { slot -= awake.count }
        awake[slot] = node
        awakeCount += 1
    }

    mutating func improve() {
        while awakeCount > 0 {
            let node = awake[head]
            head = head + 1 == awake.count ? 0 : head + 1
            awakeCount -= 1
            isAwake[node] = false
            // A move wakes all its endpoints, this node included, so it is tried again.
            _ = twoOpt(node) || orOpt(node)
        }
    }

    /// Replaces a–b by a–c for a candidate c, in both directions round the tour.
    private mutating func twoOpt(_ a: Int) -> Bool {
        let k = graph.candidateCount
        for forward in [true, false] {
            let b = forward ? tour.next(a) : tour.previous(a)
            let ab = graph[a, b]
            for slot in (a * k)..<(a * k + k) {
                let c = graph.candidates[slot]
                let ac = graph[a, c]
                // Neighbours come nearest first: once a–c is no shorter than a–b nothing can gain.
                guard ac < ab - epsilon else { break }
                let d = forward ? tour.next(c) : tour.previous(c)
                guard c != b, d != a else { continue }
                let delta = ac + graph[b, d] - ab - graph[c, d]
                if delta < -epsilon {
                    tour.exchange(a, b, c, d)
                    length += delta
                    for node in [a, b, c, d] { wake(node) }
                    return true
                }
            }
        }
        return false
    }

    /// Moves a segment of one to three nodes that starts at `a` next to a candidate of `a`,
    /// either way round; the segment runs from `a` in both directions, so each end gets its turn.
    private mutating func orOpt(_ a: Int) -> Bool {
        let k = graph.candidateCount
        for forward in [true, false] {
            let outside = forward ? tour.previous(a) : tour.next(a)
            var middle = a, end = a
            // Four more nodes: the segment's two outside neighbours and the edge it moves into.
            for size in 1...3 where size + 4 <= tour.count {
                if size > 1 {
                    middle = end
                    end = forward ? tour.next(end) : tour.previous(end)
                }
                let after = forward ? tour.next(end) : tour.previous(end)
                let removed = graph[outside, a] + graph[end, after] - graph[outside, after]
                guard removed > epsilon else { continue }
                for slot in (a * k)..<(a * k + k) {
                    let c = graph.candidates[slot]
                    let ac = graph[a, c]
                    guard ac < removed - epsilon else { break }
                    guard c != outside, c != after, c != middle, c != end else { continue }
                    for e in [tour.next(c), tour.previous(c)] where e != outside && e != after {
                        let delta = ac + graph[end, e] - graph[c, e] - removed
                        if delta < -epsilon {
                            move(a, end, from: (outside, after), to: (c, e), forward: forward)
                            length += delta
                            for node in [a, end, outside, after, c, e] { wake(node) }
                            return true
                        }
                    }
                }
            }
        }
        return false
    }

    /// Or-opt as two or three 2-opt exchanges, so it shares the array tour's shorter-side reversal:
    /// segment a…end (outside–a and end–after) ends up as c–a…end–e.
    private mutating func move(_ a: Int, _ end: Int, from ends: (outside: Int, after: Int),
                               to edge: (c: Int, e: Int), forward: Bool) {
        // Read the tour in the direction where outside comes just before a; the edge there runs u→w.
        let cFirst = forward ? tour.next(edge.c) == edge.e : tour.previous(edge.c) == edge.e
        let (u, w) = cFirst ? (edge.c, edge.e) : (edge.e, edge.c)
        tour.exchange(ends.outside, a, u, w)
        tour.exchange(ends.outside, u, ends.after, end)
        // Now u–end and a–w; a longer segment may still sit the wrong way round.
        if cFirst && a != end {
            tour.exchange(u, end, a, w)
        }
    }
}
