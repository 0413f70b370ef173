/// Descent to a local optimum over the granular neighbourhood (each stop with its nearest
/// stops): relocate, Or-opt (runs of 2 and 3), swap, 2-opt inside a route and 2-opt* between
/// routes, first improvement, each move checked in O(1) by joining precomputed segments. Then it
/// tries to fit stops that are still unassigned.
///
/// ```swift
/// FleetLocalSearch(model: model).improve(&state, &random)
/// ```
struct FleetLocalSearch {
    let model: FleetModel
    /// Stop descending here: on a long route one descent can outlast the whole budget.
    var deadline: ContinuousClock.Instant?

    /// Positions `from...to` of a route, backwards when `reversed`; empty when `from > to`.
    struct Piece {
        var route: Int
        var from: Int
        var to: Int
        var reversed = false
    }

    func improve(_ state: inout FleetState, _ random: inout SearchRandom) {
        for index in state.routes.indices { state.routes[index].buildTable(model) }
        var order = model.candidates
        for index in order.indices.reversed() { order.swapAt(index, random.below(index + 1)) }
        var improved = true
        while improved {
            improved = false
            for (rank, u) in order.enumerated() where state.routeOf[u] >= 0 {
                if rank % 16 == 0, let deadline, ContinuousClock.now >= deadline { return }
                for v in model.neighbours[u] where state.routeOf[v] >= 0 {
                    if tryMoves(u, v, &state) { improved = true }
                }
                if tryEmptyRoutes(u, &state) { improved = true }
            }
            if fillUnassigned(&state, &random) { improved = true }
        }
    }

    private func tryMoves(_ u: Int, _ v: Int, _ state: inout FleetState) -> Bool {
        let ru = state.routeOf[u], rv = state.routeOf[v]
        let pu = state.positionOf[u], pv = state.positionOf[v]
        let lu = state.routes[ru].stops.count, lv = state.routes[rv].stops.count
        // Relocate and Or-opt: u's run of 1-3 stops goes after v, or before it.
        for length in 1...3 where pu + length - 1 <= lu {
            if moveRun(ru, pu, length, to: rv, after: pv, &state) { return true }
            if moveRun(ru, pu, length, to: rv, after: pv - 1, &state) { return true }
        }
        if ru != rv {
            let swapU = [Piece(route: ru, from: 0, to: pu - 1), Piece(route: rv, from: pv, to: pv),
                         Piece(route: ru, from: pu + 1, to: lu + 1)]
            let swapV = [Piece(route: rv, from: 0, to: pv - 1), Piece(route: ru, from: pu, to: pu),
                         Piece(route: rv, from: pv + 1, to: lv + 1)]
            if apply(ru, swapU, rv, swapV, &state) { return true }
            // 2-opt*: u's route continues with v and its tail; v's old head takes u's tail.
            let tailsU = [Piece(route: ru, from: 0, to: pu), Piece(route: rv, from: pv, to: lv),
                          Piece(route: ru, from: lu + 1, to: lu + 1)]
            let tailsV = [Piece(route: rv, from: 0, to: pv - 1), Piece(route: ru, from: pu + 1, to: lu),
                          Piece(route: rv, from: lv + 1, to: lv + 1)]
            if apply(ru, tailsU, rv, tailsV, &state) { return true }
            // The other crossing: u's tail follows v, v's tail follows u.
            let crossU = [Piece(route: ru, from: 0, to: pu), Piece(route: rv, from: pv + 1, to: lv),
                          Piece(route: ru, from: lu + 1, to: lu + 1)]
            let crossV = [Piece(route: rv, from: 0, to: pv), Piece(route: ru, from: pu + 1, to: lu),
                          Piece(route: rv, from: lv + 1, to: lv + 1)]
            return apply(ru, crossU, rv, crossV, &state)
        }
        let (a, b) = (min(pu, pv), max(pu, pv))
        let swapped: [Piece] = b == a + 1
            ? [Piece(route: ru, from: 0, to: a - 1), Piece(route: ru, from: b, to: b),
               Piece(route: ru, from: a, to: a), Piece(route: ru, from: b + 1, to: lu + 1)]
            : [Piece(route: ru, from: 0, to: a - 1), Piece(route: ru, from: b, to: b),
               Piece(route: ru, from: a + 1, to: b - 1), Piece(route: ru, from: a, to: a),
               Piece(route: ru, from: b + 1, to: lu + 1)]
        if apply(ru, swapped, nil, [], &state) { return true }
        // 2-opt: reversing the stretch between makes u and v neighbours on the route.
        guard b > a + 1 else { return false }
        let reversed = [Piece(route: ru, from: 0, to: a), Piece(route: ru, from: a + 1, to: b, reversed: true),
                        Piece(route: ru, from: b + 1, to: lu + 1)]
        return apply(ru, reversed, nil, [], &state)
    }

    /// Moves positions `start..<start + length` of route `from` to follow position `after` of `to`.
    private func moveRun(_ from: Int, _ start: Int, _ length: Int, to: Int, after: Int,
                         _ state: inout FleetState) -> Bool {
        let end = start + length - 1
        let lf = state.routes[from].stops.count
        let run = Piece(route: from, from: start, to: end)
        if from != to {
            let lt = state.routes[to].stops.count
            let source = [Piece(route: from, from: 0, to: start - 1), Piece(route: from, from: end + 1, to: lf + 1)]
            let target = [Piece(route: to, from: 0, to: after), run, Piece(route: to, from: after + 1, to: lt + 1)]
            return apply(from, source, to, target, &state)
        }
        if after >= start - 1 && after <= end { return false }
        let pieces = after < start
            ? [Piece(route: from, from: 0, to: after), run, Piece(route: from, from: after + 1, to: start - 1),
               Piece(route: from, from: end + 1, to: lf + 1)]
            : [Piece(route: from, from: 0, to: start - 1), Piece(route: from, from: end + 1, to: after), run,
               Piece(route: from, from: after + 1, to: lf + 1)]
        return apply(from, pieces, nil, [], &state)
    }

    /// Opens a route for u on an unused vehicle of each kind.
    private func tryEmptyRoutes(_ u: Int, _ state: inout FleetState) -> Bool {
        let ru = state.routeOf[u], pu = state.positionOf[u]
        let lu = state.routes[ru].stops.count
        var tried: [Int] = []
        for (index, route) in state.routes.enumerated() where route.stops.isEmpty {
            let kind = model.vehicleClass[index]
            if tried.contains(kind) { continue }
            tried.append(kind)
            let source = [Piece(route: ru, from: 0, to: pu - 1), Piece(route: ru, from: pu + 1, to: lu + 1)]
            let target = [Piece(route: index, from: 0, to: 0), Piece(route: ru, from: pu, to: pu),
                          Piece(route: index, from: 1, to: 1)]
            if apply(ru, source, index, target, &state) { return true }
        }
        return false
    }

    private func fillUnassigned(_ state: inout FleetState, _ random: inout SearchRandom) -> Bool {
        let recreate = FleetRecreate(blinkRate: 0)
        var filled = false
        for stop in state.unassigned.sorted(by: { (-model.penalty[$0], $0) < (-model.penalty[$1], $1) }) {
            guard let (route, position) = recreate.bestPlace(for: stop, in: state, model, &random) else { continue }
            state.insert(stop, route: route, after: position, model)
            state.routes[route].buildTable(model)
            filled = true
        }
        return filled
    }

    /// Replaces route `first` (and `second`, when given) by the pieces if that shortens the
    /// total travel and every new route fits. Travel is compared first: most moves fail there,
    /// before any time window is looked at.
    @inline(__always)
    private func apply(_ first: Int, _ firstPieces: [Piece], _ second: Int?, _ secondPieces: [Piece],
                       _ state: inout FleetState) -> Bool {
        var before = state.routes[first].travel
        var after = travel(firstPieces, state)
        if let second {
            before += state.routes[second].travel
            after += travel(secondPieces, state)
        }
        guard after < before - 1e-9,
              fits(firstPieces, vehicle: state.routes[first].vehicle, state) else { return false }
        if let second, !fits(secondPieces, vehicle: state.routes[second].vehicle, state) { return false }
        let firstStops = stops(of: firstPieces, state)
        let secondStops = second.map { _ in stops(of: secondPieces, state) }
        if model.needsConfirmation {
            guard model.confirms(vehicle: state.routes[first].vehicle, stops: firstStops) else { return false }
            if let second, let secondStops,
               !model.confirms(vehicle: state.routes[second].vehicle, stops: secondStops) { return false }
        }
        state.replace(route: first, with: firstStops, model)
        state.routes[first].buildTable(model)
        if let second, let secondStops {
            state.replace(route: second, with: secondStops, model)
            state.routes[second].buildTable(model)
        }
        return true
    }

    /// The travel of the route the pieces spell; nothing when only its start and end are left.
    @inline(__always)
    private func travel(_ pieces: [Piece], _ state: FleetState) -> Double {
        var total = 0.0
        var last = -1
        var visits = false
        for piece in pieces where piece.from <= piece.to {
            let part = piece.reversed ? state.routes[piece.route].run(piece.to, piece.from)
                : state.routes[piece.route].run(piece.from, piece.to)
            if last >= 0 { total += model.matrix[last, part.first] }
            total += part.distance
            last = part.last
            visits = visits || (piece.to >= 1 && piece.from <= state.routes[piece.route].stops.count)
        }
        return visits ? total : 0
    }

    @inline(__always)
    private func fits(_ pieces: [Piece], vehicle: Int, _ state: FleetState) -> Bool {
        var joined: FleetSegment?
        for piece in pieces where piece.from <= piece.to {
            let part = piece.reversed ? state.routes[piece.route].run(piece.to, piece.from)
                : state.routes[piece.route].run(piece.from, piece.to)
            joined = joined.map { FleetSegment.join($0, part, model.matrix) } ?? part
        }
        guard let joined else { return false }
        return model.fits(joined, vehicle: vehicle)
    }

    /// The stop order the pieces spell, depots left out.
    private func stops(of pieces: [Piece], _ state: FleetState) -> [Int] {
        var result: [Int] = []
        for piece in pieces where piece.from <= piece.to {
            let route = state.routes[piece.route]
            let positions = piece.reversed ? Array((piece.from...piece.to).reversed()) : Array(piece.from...piece.to)
            for position in positions where position >= 1 && position <= route.stops.count {
                result.append(route.stops[position - 1])
            }
        }
        return result
    }
}
