/// A short closed tour through chosen places of a matrix: one rep's round with no time windows,
/// or a TSPLIB benchmark. Travel is treated as symmetric (the mean of both directions) while
/// searching; the returned length is measured on the matrix as given, in the returned direction.
///
/// Nearest neighbour, then 2-opt and Or-opt on candidate lists, then iterated local search with
/// local double-bridge kicks until `options.timeLimit` or `options.iterationLimit`. The same seed
/// and iteration limit give the same tour, as long as the time limit does not cut the run short.
///
/// ```swift
/// let (tour, length) = TourSearch.solve(matrix, nodes: [0, 4, 2, 7], options: SolveOptions(timeLimit: 2))
/// // tour[0] == 0; tour is a permutation of the nodes, the return leg to 0 is implied.
/// ```
public enum TourSearch {
    public static func solve(_ matrix: TravelMatrix, nodes: [Int], options: SolveOptions) -> (tour: [Int], length: Double) {
        guard nodes.count > 3 else {
            return bestDirection(nodes, matrix)
        }
        let clock = ContinuousClock()
        let start = clock.now
        let graph = TourGraph(matrix: matrix, nodes: nodes)
        var search = TourImprover(graph: graph, order: graph.nearestNeighbourTour())
        search.wakeAll()
        search.improve()
        search.tour.commit()

        var random = SearchRandom(seed: options.seed)
        var best = search.tour.order
        var bestLength = search.length
        var lastReport = start
        var iteration = 0
        while iteration != options.iterationLimit {
            // 128 iterations take a few milliseconds at most: close enough to a budget in seconds.
            if iteration % 128 == 0 {
                let now = clock.now
                let used = seconds(start.duration(to: now)) / max(options.timeLimit, .leastNonzeroMagnitude)
                if used >= 1 || options.isCancelled?() == true { break }
                if let progress = options.progress, seconds(lastReport.duration(to: now)) >= 0.1 {
                    progress(bestLength, used)
                    lastReport = now
                }
            }
            iteration += 1
            let current = search.length
            // Stretches of up to 30 were about three times further from the optimum on TSPLIB's
            // 300–700-node tours: short swaps are mostly what Or-opt undoes at once.
            search.kick(using: &random, longestStretch: 100)
            search.improve()
            // Equal tours are accepted: drifting across plateaus finds exits a strict rule never tries.
            if search.length <= current + 1e-7 {
                search.tour.commit()
                if search.length < bestLength - 1e-7 {
                    bestLength = search.length
                    best = search.tour.order
                }
            } else {
                search.tour.rollBack()
                search.length = current
            }
        }
        let startIndex = best.firstIndex(of: 0)!
        let rotated = best[startIndex...] + best[..<startIndex]
        return bestDirection(rotated.map { nodes[$0] }, matrix)
    }

    /// The tour or its reverse, whichever is shorter on a possibly asymmetric matrix.
    private static func bestDirection(_ tour: [Int], _ matrix: TravelMatrix) -> (tour: [Int], length: Double) {
        guard let first = tour.first else { return ([], 0) }
        let reversed = [first] + tour.dropFirst().reversed()
        let forwardLength = length(of: tour, matrix), backwardLength = length(of: reversed, matrix)
        return backwardLength < forwardLength ? (reversed, backwardLength) : (tour, forwardLength)
    }

    private static func length(of tour: [Int], _ matrix: TravelMatrix) -> Double {
        zip(tour, tour.dropFirst() + tour.prefix(1)).reduce(0) { $0 + matrix[$1.0, $1.1] }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
