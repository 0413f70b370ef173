import RoundsRouting
import Testing

@Suite struct TourSearchTests {
    /// Random places in a 100 × 100 square, straight-line travel; a fixed generator so failures repeat.
    private static func plane(_ count: Int, seed: UInt64, grid: Bool = false) -> TravelMatrix {
        var state = seed
        func unit() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        // A 3 × 3 grid puts several places on the same spot: zero-length legs and ties everywhere.
        let points = (0..<count).map { _ in grid ? ((unit() * 3).rounded(.down), (unit() * 3).rounded(.down)) : (unit() * 100, unit() * 100) }
        return TravelMatrix(count: count) { a, b in
            let dx = points[a].0 - points[b].0, dy = points[a].1 - points[b].1
            return (dx * dx + dy * dy).squareRoot()
        }
    }

    private static func length(_ tour: [Int], _ matrix: TravelMatrix) -> Double {
        tour.indices.reduce(0) { $0 + matrix[tour[$1], tour[($1 + 1) % tour.count]] }
    }

    /// Every order of the places after the first; 7! tours at most.
    private static func bruteForce(_ matrix: TravelMatrix, nodes: [Int]) -> Double {
        var rest = Array(nodes.dropFirst())
        var best = Double.infinity
        func permute(_ k: Int) {
            guard k < rest.count else {
                best = min(best, length([nodes[0]] + rest, matrix))
                return
            }
            for i in k..<rest.count {
                rest.swapAt(k, i)
                permute(k + 1)
                rest.swapAt(k, i)
            }
        }
        permute(0)
        return best
    }

    private static let reproducible = SolveOptions(timeLimit: 60, seed: 7, iterationLimit: 200)

    @Test(arguments: 4...8)
    func smallToursAreOptimal(count: Int) {
        for seed in UInt64(1)...12 {
            let matrix = Self.plane(count, seed: seed, grid: seed % 3 == 0)
            let nodes = Array(0..<count)
            let result = TourSearch.solve(matrix, nodes: nodes, options: Self.reproducible)
            #expect(abs(result.length - Self.bruteForce(matrix, nodes: nodes)) < 1e-9, "seed \(seed)")
            #expect(abs(result.length - Self.length(result.tour, matrix)) < 1e-9)
        }
    }

    @Test func tourVisitsEveryNodeOnceFromTheFirst() {
        let matrix = Self.plane(300, seed: 3)
        // Some of the matrix, out of order: the tour speaks in matrix indices, not positions in `nodes`.
        let nodes = stride(from: 299, to: 0, by: -3).map { $0 }
        let result = TourSearch.solve(matrix, nodes: nodes, options: SolveOptions(timeLimit: 60, iterationLimit: 2_000))
        #expect(result.tour.first == nodes[0])
        #expect(result.tour.sorted() == nodes.sorted())
        #expect(abs(result.length - Self.length(result.tour, matrix)) < 1e-6)
    }

    @Test func sameSeedAndIterationsGiveTheSameTour() {
        let matrix = Self.plane(150, seed: 11, grid: false)
        let nodes = Array(0..<150)
        let options = SolveOptions(timeLimit: 60, seed: 42, iterationLimit: 3_000)
        let first = TourSearch.solve(matrix, nodes: nodes, options: options)
        let second = TourSearch.solve(matrix, nodes: nodes, options: options)
        #expect(first.tour == second.tour)
        #expect(first.length == second.length)
    }

    @Test func duplicatePlacesCostNothingExtra() {
        // Forty places on four spots of a unit square: the best round is the square's perimeter.
        let spots = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
        let matrix = TravelMatrix(count: 40) { a, b in
            let dx = spots[a % 4].0 - spots[b % 4].0, dy = spots[a % 4].1 - spots[b % 4].1
            return (dx * dx + dy * dy).squareRoot()
        }
        let result = TourSearch.solve(matrix, nodes: Array(0..<40), options: Self.reproducible)
        #expect(result.tour.sorted() == Array(0..<40))
        #expect(abs(result.length - 4) < 1e-9)
    }

    @Test func tinyTours() {
        // One-way streets: going up the numbers costs 1, coming down 10, so direction matters.
        let matrix = TravelMatrix(count: 5) { a, b in b > a ? 1 : 10 }
        #expect(TourSearch.solve(matrix, nodes: [], options: Self.reproducible) == ([], 0))
        #expect(TourSearch.solve(matrix, nodes: [3], options: Self.reproducible) == ([3], 0))
        #expect(TourSearch.solve(matrix, nodes: [4, 1], options: Self.reproducible) == ([4, 1], 11))
        #expect(TourSearch.solve(matrix, nodes: [2, 0, 4], options: Self.reproducible) == ([2, 4, 0], 12))
        // Four or more places go through the search, which plans on the mean of both directions.
        let four = TourSearch.solve(matrix, nodes: [2, 0, 4, 3], options: Self.reproducible)
        #expect(four.tour.first == 2 && four.tour.sorted() == [0, 2, 3, 4])
        #expect(four.length == Self.length(four.tour, matrix))
    }
}
