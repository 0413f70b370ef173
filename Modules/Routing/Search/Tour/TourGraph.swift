/// The tour search's view of a matrix: the visited nodes renumbered `0..<count`, travel made
/// symmetric, and each node's nearest others, the only places the moves look for a new neighbour.
struct TourGraph {
    let count: Int
    /// Candidates per node; `candidates[a * candidateCount ..< (a + 1) * candidateCount]`, nearest first.
    let candidateCount: Int
    let candidates: [Int]
    private let distances: [Double]

    init(matrix: TravelMatrix, nodes: [Int], candidateCount wanted: Int = 10) {
        let n = nodes.count
        var distances = [Double](repeating: 0, count: n * n)
        for a in 0..<n {
            for b in 0..<n where b != a {
                // Road matrices are slightly asymmetric; the moves assume symmetry, so search on the mean.
                distances[a * n + b] = (matrix[nodes[a], nodes[b]] + matrix[nodes[b], nodes[a]]) / 2
            }
        }
        let k = min(wanted, max(n - 1, 0))
        var candidates = [Int]()
        candidates.reserveCapacity(n * k)
        var nearest = [Int]()
        nearest.reserveCapacity(k)
        for a in 0..<n where k > 0 {
            let row = a * n
            nearest.removeAll(keepingCapacity: true)
            // Insertion into a short sorted list: O(n·k) beats sorting every row for n in the thousands.
            for b in 0..<n where b != a {
                let distance = distances[row + b]
                if nearest.count < k {
                    nearest.append(b)
                } else if distances[row + nearest[k - 1]] > distance {
                    nearest[k - 1] = b
                } else {
                    continue
                }
                var i = nearest.count - 1
                while i > 0, distances[row + nearest[i - 1]] > distance {
                    nearest[i] = nearest[i - 1]
                    i -= 1
                }
                nearest[i] = b
            }
            candidates.append(contentsOf: nearest)
        }
        self.count = n
        self.candidateCount = k
        self.candidates = candidates
        self.distances = distances
    }

    @inline(__always)
    subscript(a: Int, b: Int) -> Double {
        distances[a * count + b]
    }

    /// Nearest neighbour from node 0: a start the local search can fix in a few thousand moves.
    func nearestNeighbourTour() -> [Int] {
        var visited = [Bool](repeating: false, count: count)
        var order = [0]
        order.reserveCapacity(count)
        visited[0] = true
        var current = 0
        for _ in 1..<max(count, 1) {
            var best = -1
            var bestDistance = Double.infinity
            for b in 0..<count where !visited[b] && self[current, b] < bestDistance {
                best = b
                bestDistance = self[current, b]
            }
            visited[best] = true
            order.append(best)
            current = best
        }
        return order
    }
}
