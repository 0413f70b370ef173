/// Improving one day's order inside the period search.
extension PeriodSearchRun {
    /// 2-opt and Or-opt moves on one day's order while they shorten the day and keep it feasible.
    /// Travel changes are computed from the edges a move swaps (the matrix is symmetric between
    /// customers); only a shorter candidate is built and timed.
    func improve(_ day: Int, in state: inout PeriodState) {
        var route = state.routes[day]
        guard route.count >= 2 else { return }
        let matrix = problem.matrix
        var candidate: [Int] = []
        candidate.reserveCapacity(route.count)
        @inline(__always) func node(_ position: Int, _ count: Int) -> Int {
            position < 0 ? 0 : position >= count ? 1 : route[position] + 2
        }
        var improved = true
        while improved {
            improved = false
            let count = route.count
            // Or-opt: move a segment of one to three visits between two others.
            orOpt: for length in 1...min(3, count - 1) {
                for start in 0...(count - length) {
                    let first = route[start] + 2, last = route[start + length - 1] + 2
                    let before = node(start - 1, count), after = node(start + length, count)
                    let removal = matrix[before, after] - matrix[before, first] - matrix[last, after]
                    for target in 0...count where target < start || target > start + length {
                        let u = node(target - 1, count), v = node(target, count)
                        let delta = removal + matrix[u, first] + matrix[last, v] - matrix[u, v]
                        guard delta < -1e-6 else { continue }
                        candidate.removeAll(keepingCapacity: true)
                        for position in 0..<count where position < start || position >= start + length {
                            if position == target { candidate.append(contentsOf: route[start..<(start + length)]) }
                            candidate.append(route[position])
                        }
                        if target == count { candidate.append(contentsOf: route[start..<(start + length)]) }
                        if clock.finish(candidate) != nil {
                            route = candidate
                            improved = true
                            break orOpt
                        }
                    }
                }
            }
            if improved { continue }
            // 2-opt: reverse a stretch.
            twoOpt: for first in 0..<(count - 1) {
                let before = node(first - 1, count)
                for last in (first + 1)..<count {
                    let after = node(last + 1, count)
                    let delta = matrix[before, route[last] + 2] + matrix[route[first] + 2, after]
                        - matrix[before, route[first] + 2] - matrix[route[last] + 2, after]
                    guard delta < -1e-6 else { continue }
                    candidate = route
                    candidate[first...last].reverse()
                    if clock.finish(candidate) != nil {
                        route = candidate
                        improved = true
                        break twoOpt
                    }
                }
            }
        }
        state.routes[day] = route
        state.settle(day, clock: clock)
    }
}
