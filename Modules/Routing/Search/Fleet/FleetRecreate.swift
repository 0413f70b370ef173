/// SISR's recreate step: put unassigned stops back one by one at their cheapest feasible place,
/// skipping ("blinking" past) a few places at random so equal rebuilds differ.
///
/// Usually higher priorities go first, so a short day fills with what matters before the rest
/// competes.
///
/// ```swift
/// FleetRecreate().apply(to: &state, model, &random)
/// ```
struct FleetRecreate {
    var blinkRate = 0.01
    /// Soft windows: when set, lateness is allowed and costs this much per unit of time warp.
    var warpWeight: Double?

    func apply(to state: inout FleetState, _ model: FleetModel, _ random: inout SearchRandom) {
        var pending = order(state.unassigned, model, &random)
        pending.reverse()
        while let stop = pending.popLast() {
            if let (route, position) = bestPlace(for: stop, in: state, model, &random) {
                state.insert(stop, route: route, after: position, model)
            }
        }
    }

    /// The paper's mix of orders (random, largest demand, farthest, closest), half the time
    /// under priority: a lesser stop placed first sometimes leaves a way around it for the rest.
    private func order(_ stops: [Int], _ model: FleetModel, _ random: inout SearchRandom) -> [Int] {
        let draw = random.below(11)
        let ranked = random.unit() < 0.5
        let keyed = stops.map { stop -> (Double, Double, Int) in
            let key: Double = switch draw {
            case 0..<4: random.unit()
            case 4..<8: -Double(model.problem.stops[stop].demand)
            case 8..<10: -model.depotDistance[stop]
            default: model.depotDistance[stop]
            }
            return (ranked ? -model.penalty[stop] : 0, key, stop)
        }
        return keyed.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
    }

    /// The cheapest insertion over all used routes and one empty route per kind of vehicle.
    func bestPlace(for stop: Int, in state: FleetState, _ model: FleetModel,
                   _ random: inout SearchRandom) -> (route: Int, position: Int)? {
        var best: (route: Int, position: Int)?
        var bestCost = Double.infinity
        let item = model.single[stop]
        var triedClass: [Int] = []
        for (index, route) in state.routes.enumerated() {
            if route.stops.isEmpty {
                let kind = model.vehicleClass[index]
                if triedClass.contains(kind) { continue }
                triedClass.append(kind)
            }
            let vehicle = route.vehicle
            guard route.whole.load + item.load <= model.problem.vehicles[vehicle].capacity else { continue }
            let matrix = model.matrix
            let forward = route.forward, backward = route.backward
            let lateness = route.whole.timeWarp
            for position in 0...route.stops.count {
                if random.unit() < blinkRate { continue }
                let before = forward[position]
                let after = backward[position + 1]
                // An empty route's start-to-end leg is not travelled until it gets a stop.
                let closing = route.stops.isEmpty ? 0 : matrix[before.last, after.first]
                let added = matrix[before.last, item.first] + matrix[item.first, after.first] - closing
                guard added < bestCost else { continue }
                let joined = FleetSegment.join(FleetSegment.join(before, item, matrix), after, matrix)
                if let warpWeight {
                    let cost = added + warpWeight * (joined.timeWarp - lateness)
                    guard cost < bestCost else { continue }
                    bestCost = cost
                    best = (index, position)
                    continue
                }
                guard model.fits(joined, vehicle: vehicle) else { continue }
                if model.needsConfirmation {
                    var stops = route.stops
                    stops.insert(stop, at: position)
                    guard model.confirms(vehicle: vehicle, stops: stops) else { continue }
                }
                bestCost = added
                best = (index, position)
            }
        }
        return best
    }
}
