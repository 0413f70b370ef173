/// One vehicle's order of stops with its segments: `forward[i]` covers positions 0...i and
/// `backward[i]` positions i...end, where position 0 is the vehicle's start, 1...count the stops
/// and count + 1 its end. `table` holds every sub-run for local search and is built on demand.
struct FleetRoute {
    let vehicle: Int
    var stops: [Int] = []
    var forward: [FleetSegment] = []
    var backward: [FleetSegment] = []
    /// `table[a * width + b]`: positions a...b when a <= b, positions a down to b when a > b.
    var table: [FleetSegment] = []

    var width: Int { stops.count + 2 }
    /// An unused vehicle stays home: no travel even when its start and end differ.
    var travel: Double { stops.isEmpty ? 0 : forward[forward.count - 1].distance }
    var whole: FleetSegment { forward[forward.count - 1] }

    init(vehicle: Int, model: FleetModel) {
        self.vehicle = vehicle
        refresh(model)
    }

    @inline(__always)
    func segment(at position: Int, _ model: FleetModel) -> FleetSegment {
        if position == 0 { return model.startSegment[vehicle] }
        if position == stops.count + 1 { return model.endSegment[vehicle] }
        return model.single[stops[position - 1]]
    }

    /// Positions `from...to` (reversed when `from > to`), from the table.
    @inline(__always)
    func run(_ from: Int, _ to: Int) -> FleetSegment {
        table[from * width + to]
    }

    mutating func refresh(_ model: FleetModel) {
        let count = stops.count + 2
        let matrix = model.matrix
        forward.removeAll(keepingCapacity: true)
        forward.append(contentsOf: repeatElement(model.startSegment[vehicle], count: count))
        backward.removeAll(keepingCapacity: true)
        backward.append(contentsOf: repeatElement(model.endSegment[vehicle], count: count))
        let stops = stops, start = model.startSegment[vehicle], end = model.endSegment[vehicle]
        forward.withUnsafeMutableBufferPointer { forward in
            for position in 1..<count {
                let place = position == count - 1 ? end : model.single[stops[position - 1]]
                forward[position] = FleetSegment.join(forward[position - 1], place, matrix)
            }
        }
        backward.withUnsafeMutableBufferPointer { backward in
            for position in stride(from: count - 2, through: 0, by: -1) {
                let place = position == 0 ? start : model.single[stops[position - 1]]
                backward[position] = FleetSegment.join(place, backward[position + 1], matrix)
            }
        }
        table = []
    }

    /// Puts `stop` after position `after`, redoing only the segments that now cover it.
    mutating func insert(_ stop: Int, after: Int, _ model: FleetModel) {
        stops.insert(stop, at: after)
        let item = model.single[stop]
        forward.insert(item, at: after + 1)
        backward.insert(item, at: after + 1)
        let matrix = model.matrix
        let last = forward.count - 1
        forward.withUnsafeMutableBufferPointer { forward in
            for position in (after + 1)..<last {
                forward[position] = FleetSegment.join(forward[position - 1], model.single[stops[position - 1]], matrix)
            }
            forward[last] = FleetSegment.join(forward[last - 1], model.endSegment[vehicle], matrix)
        }
        backward.withUnsafeMutableBufferPointer { backward in
            for position in stride(from: after + 1, through: 1, by: -1) {
                backward[position] = FleetSegment.join(model.single[stops[position - 1]], backward[position + 1], matrix)
            }
            backward[0] = FleetSegment.join(model.startSegment[vehicle], backward[1], matrix)
        }
        table = []
    }

    mutating func buildTable(_ model: FleetModel) {
        guard table.isEmpty else { return }
        let count = width
        let places = (0..<count).map { segment(at: $0, model) }
        table = Array(repeating: places[0], count: count * count)
        for from in 0..<count {
            var ahead = places[from]
            var behind = places[from]
            table[from * count + from] = ahead
            for to in (from + 1)..<count {
                ahead = FleetSegment.join(ahead, places[to], model.matrix)
                table[from * count + to] = ahead
                behind = FleetSegment.join(places[to], behind, model.matrix)
                table[to * count + from] = behind
            }
        }
    }
}

/// A whole plan under search: every vehicle's route (empty ones included), where each stop is,
/// and the stops no route holds.
struct FleetState {
    var routes: [FleetRoute]
    /// Per problem stop: its route, or -1 when unassigned; and its position (1-based) there.
    var routeOf: [Int]
    var positionOf: [Int]
    var unassigned: [Int]

    init(_ model: FleetModel) {
        routes = model.problem.vehicles.indices.map { FleetRoute(vehicle: $0, model: model) }
        routeOf = Array(repeating: -1, count: model.problem.stops.count)
        positionOf = routeOf
        unassigned = model.candidates
    }

    var travel: Double { routes.reduce(0) { $0 + $1.travel } }
    /// Total lateness over all routes: zero for every plan outside the soft-window phase.
    var timeWarp: Double { routes.reduce(0) { $0 + ($1.stops.isEmpty ? 0 : $1.whole.timeWarp) } }

    func penalty(_ model: FleetModel) -> Double {
        unassigned.reduce(0) { $0 + model.penalty[$1] }
    }

    /// Lexicographic: fewer (weighted) missing stops, then less travel.
    func isBetter(than other: FleetState, _ model: FleetModel) -> Bool {
        let mine = penalty(model)
        let theirs = other.penalty(model)
        if mine != theirs { return mine < theirs }
        return travel < other.travel - 1e-9
    }

    mutating func replace(route index: Int, with stops: [Int], _ model: FleetModel) {
        routes[index].stops = stops
        routes[index].refresh(model)
        for (offset, stop) in stops.enumerated() {
            routeOf[stop] = index
            positionOf[stop] = offset + 1
        }
    }

    /// Takes stops out of their routes, marking them unassigned.
    mutating func remove(_ removed: [Int], _ model: FleetModel) {
        var touched: [Int] = []
        for stop in removed where routeOf[stop] >= 0 {
            if !touched.contains(routeOf[stop]) { touched.append(routeOf[stop]) }
            routeOf[stop] = -1
            unassigned.append(stop)
        }
        for index in touched {
            replace(route: index, with: routes[index].stops.filter { routeOf[$0] == index }, model)
        }
    }

    mutating func insert(_ stop: Int, route index: Int, after position: Int, _ model: FleetModel) {
        if let slot = unassigned.firstIndex(of: stop) { unassigned.remove(at: slot) }
        routes[index].insert(stop, after: position, model)
        routeOf[stop] = index
        for offset in position..<routes[index].stops.count {
            positionOf[routes[index].stops[offset]] = offset + 1
        }
    }

    /// Every non-empty route passes `RouteTimetable`: the segments' rounding can disagree.
    func confirmed(_ model: FleetModel) -> Bool {
        routes.allSatisfy { route in
            route.stops.isEmpty || RouteTimetable.schedule(model.problem, vehicle: route.vehicle, stops: route.stops) != nil
        }
    }
}
