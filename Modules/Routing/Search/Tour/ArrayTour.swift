/// A closed tour as an array of nodes plus each node's position, so neighbours are O(1) and a
/// 2-opt move costs the shorter of its two sides. Reversals are journalled so a rejected kick
/// and the local search after it can be undone for the work they did, not O(n).
struct ArrayTour {
    private(set) var order: [Int]
    private var position: [Int]
    private var journal: [(first: Int, last: Int)] = []

    init(order: [Int]) {
        self.order = order
        position = [Int](repeating: 0, count: order.count)
        for (index, node) in order.enumerated() {
            position[node] = index
        }
    }

    var count: Int { order.count }

    @inline(__always)
    func position(of node: Int) -> Int { position[node] }

    @inline(__always)
    func node(at index: Int) -> Int { order[index < count ? index : index - count] }

    @inline(__always)
    func next(_ node: Int) -> Int {
        let index = position[node] + 1
        return order[index == count ? 0 : index]
    }

    @inline(__always)
    func previous(_ node: Int) -> Int {
        let index = position[node]
        return order[index == 0 ? count - 1 : index - 1]
    }

    /// Replaces edges a–b and c–d with a–c and b–d. `b` follows `a` and `d` follows `c` in the same
    /// direction, either one: callers think in whichever direction their move reads.
    mutating func exchange(_ a: Int, _ b: Int, _ c: Int, _ d: Int) {
        if next(a) == b {
            reversePath(from: b, to: c)
        } else {
            reversePath(from: c, to: b)
        }
    }

    /// Reverses the path first…last, or the rest of the tour when that is shorter: the same cycle.
    private mutating func reversePath(from first: Int, to last: Int) {
        let i = position[first], j = position[last]
        let inner = j >= i ? j - i + 1 : j - i + 1 + count
        if 2 * inner <= count {
            reverse(from: i, length: inner)
        } else if inner < count {
            reverse(from: j + 1 == count ? 0 : j + 1, length: count - inner)
        }
    }

    /// Reverses `length` positions starting at `start`, wrapping round the end of the array.
    mutating func reverse(from start: Int, length: Int) {
        journal.append((start, length))
        flip(from: start, length: length)
    }

    /// Forgets the journal: what was done since the last call stays.
    mutating func commit() {
        journal.removeAll(keepingCapacity: true)
    }

    /// Undoes every reversal since the last `commit`, newest first.
    mutating func rollBack() {
        while let (start, length) = journal.popLast() {
            flip(from: start, length: length)
        }
    }

    private mutating func flip(from start: Int, length: Int) {
        var i = start
        var j = start + length - 1
        if j >= count { j -= count }
        for _ in 0..<(length / 2) {
            let a = order[i], b = order[j]
            order[i] = b
            position[b] = i
            order[j] = a
            position[a] = j
            i += 1
            if i == count { i = 0 }
            j = j == 0 ? count - 1 : j - 1
        }
    }
}
