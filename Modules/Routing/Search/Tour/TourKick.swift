extension TourImprover {
    /// A double bridge kept local: two neighbouring stretches of the tour swap places
    /// (A B C D becomes A C B D). 2-opt and Or-opt cannot undo it in one move; it costs the
    /// stretches' length, and since only six nodes wake up the local search after it stays small.
    mutating func kick(using random: inout SearchRandom, longestStretch: Int) {
        let n = tour.count
        let longest = max(1, min(longestStretch, (n - 1) / 2))
        let first = random.below(n)
        let lengthB = 1 + random.below(longest)
        let lengthC = 1 + random.below(longest)
        let before = tour.node(at: first)
        let b1 = tour.node(at: first + 1), bLast = tour.node(at: first + lengthB)
        let c1 = tour.node(at: first + lengthB + 1), cLast = tour.node(at: first + lengthB + lengthC)
        let after = tour.node(at: first + lengthB + lengthC + 1)
        length += graph[before, c1] + graph[cLast, b1] + graph[bLast, after]
            - graph[before, b1] - graph[bLast, c1] - graph[cLast, after]
        // Swapping two blocks is three reversals: each block, then both together.
        let startB = (first + 1) % n
        tour.reverse(from: startB, length: lengthB)
        tour.reverse(from: (startB + lengthB) % n, length: lengthC)
        tour.reverse(from: startB, length: lengthB + lengthC)
        for node in [before, b1, bLast, c1, cLast, after] { wake(node) }
    }
}
