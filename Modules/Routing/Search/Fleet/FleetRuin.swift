/// SISR's ruin step (Christiaens & Vanden Berghe 2020): cut short strings out of a few routes
/// that lie near one random stop, so the recreate step can rebuild that neighbourhood together.
///
/// ```swift
/// var ruin = FleetRuin()
/// ruin.apply(to: &state, model, &random)
/// ```
struct FleetRuin {
    /// Average stops removed per ruin and longest string, as in the paper.
    var averageRemoved = 10.0
    var longestString = 10.0
    /// How often a string keeps a middle part, and the chance that part grows by one more stop.
    var splitRate = 0.5
    var keepGrowth = 0.5

    func apply(to state: inout FleetState, _ model: FleetModel, _ random: inout SearchRandom) {
        var used = 0, served = 0
        for route in state.routes where !route.stops.isEmpty {
            used += 1
            served += route.stops.count
        }
        guard used > 0 else { return }
        let averageLength = Double(served) / Double(used)
        let maxString = min(longestString, averageLength)
        let maxStrings = 4 * averageRemoved / (1 + maxString) - 1
        let strings = Int(1 + random.unit() * maxStrings)
        guard let seed = pickSeed(state, model, &random) else { return }

        var ruined: [Int] = []
        var removed: [Int] = []
        let nearby = model.adjacency[seed]
        for rank in -1..<nearby.count where ruined.count < strings {
            let stop = rank < 0 ? seed : nearby[rank]
            let route = state.routeOf[stop]
            guard route >= 0, !ruined.contains(route), !removed.contains(stop) else { continue }
            ruined.append(route)
            let stops = state.routes[route].stops
            let length = Int(1 + random.unit() * min(Double(stops.count), maxString))
            removed += pickString(stops, around: state.positionOf[stop] - 1, length: length, &random)
        }
        state.remove(removed, model)
    }

    /// A random served stop, or half the time one next to where an unassigned stop would go:
    /// clearing that neighbourhood is what lets it back in.
    private func pickSeed(_ state: FleetState, _ model: FleetModel, _ random: inout SearchRandom) -> Int? {
        if !state.unassigned.isEmpty, random.unit() < 0.5 {
            let missing = state.unassigned[random.below(state.unassigned.count)]
            if let near = model.adjacency[missing].first(where: { state.routeOf[$0] >= 0 }) { return near }
        }
        if state.unassigned.isEmpty, !model.candidates.isEmpty {
            return model.candidates[random.below(model.candidates.count)]
        }
        let served = model.candidates.filter { state.routeOf[$0] >= 0 }
        return served.isEmpty ? nil : served[random.below(served.count)]
    }

    /// A string of `length` stops through `index`, or a longer one with a kept middle part.
    private func pickString(_ stops: [Int], around index: Int, length: Int,
                            _ random: inout SearchRandom) -> [Int] {
        if length < stops.count, random.unit() < splitRate {
            var kept = 1
            while length + kept < stops.count, random.unit() < keepGrowth { kept += 1 }
            let total = length + kept
            let first = window(total, containing: index, count: stops.count, &random)
            let keptAt = random.below(length + 1)
            return (0..<total).filter { $0 < keptAt || $0 >= keptAt + kept }.map { stops[first + $0] }
        }
        let first = window(length, containing: index, count: stops.count, &random)
        return Array(stops[first..<(first + length)])
    }

    /// A random start for `length` consecutive positions that include `index`.
    private func window(_ length: Int, containing index: Int, count: Int, _ random: inout SearchRandom) -> Int {
        let lowest = max(0, index - length + 1)
        let highest = min(index, count - length)
        return lowest + random.below(highest - lowest + 1)
    }
}
