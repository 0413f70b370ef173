/// A one-vehicle day in local numbering for the exact search: stops 0..<n, the start n, the end
/// n + 1, with travel, windows and priority weights laid out flat.
struct DayGraph {
    let count: Int
    let travel: [Double]
    /// Each stop's windows, flat: stop j's are `windowOpen/Close[windowRange[j]]`.
    let windowOpen: [Double]
    let windowClose: [Double]
    let windowStart: [Int]
    /// The latest a stop can start service.
    let latest: [Double]
    let service: [Double]
    let demand: [Int]
    let capacity: Int
    let shift: TimeSpan
    let lunch: Break?
    let required: [Bool]
    /// Lexicographic priority as one number: a stop of a higher level outweighs all stops below.
    let weight: [Int]

    init(_ problem: RoutingProblem) {
        let stops = problem.stops
        let vehicle = problem.vehicles[0]
        count = stops.count
        let nodes = stops.map(\.node) + [vehicle.start, vehicle.end]
        let size = nodes.count
        var travel = [Double](repeating: 0, count: size * size)
        for a in 0..<size {
            for b in 0..<size { travel[a * size + b] = problem.matrix[nodes[a], nodes[b]] }
        }
        self.travel = travel
        windowOpen = stops.flatMap { $0.windows.map(\.open) }
        windowClose = stops.flatMap { $0.windows.map(\.close) }
        windowStart = stops.reduce(into: [0]) { $0.append($0.last! + $1.windows.count) }
        latest = stops.map { $0.windows.last?.close ?? vehicle.shift.close }
        service = stops.map(\.serviceTime)
        demand = stops.map(\.demand)
        capacity = vehicle.capacity
        shift = vehicle.shift
        lunch = vehicle.lunch
        required = stops.map { $0.priority == .required }
        let levels = Array(Set(stops.map(\.priority))).sorted()
        let base = stops.count + 1
        weight = stops.map { stop in
            let level = levels.firstIndex(of: stop.priority)!
            return (0..<level).reduce(1) { power, _ in power * base }
        }
    }

    @inline(__always)
    func leg(_ from: Int, _ to: Int) -> Double { travel[from * (count + 2) + to] }

    /// The clock on arriving at `to` (ready to serve or to stop the day) after leaving `from` at
    /// `time`, taking the lunch break on the way when `withLunch`; nil when the break no longer fits.
    /// Mirrors `RouteTimetable`: eat near the next place when the break can still start there.
    @inline(__always)
    func arrive(from: Int, at time: Double, to: Int, withLunch: Bool) -> Double? {
        let leg = leg(from, to)
        guard withLunch, let rest = lunch else { return time + leg }
        let afterTravel = max(time + leg, rest.window.open)
        if afterTravel <= rest.window.close { return afterTravel + rest.duration }
        let beforeTravel = max(time, rest.window.open)
        return beforeTravel <= rest.window.close ? beforeTravel + rest.duration + leg : nil
    }

    /// Service start at `arrival`, as `RouteTimetable.serviceStart` does; nil when every window has closed.
    @inline(__always)
    func serviceStart(_ stop: Int, arriving arrival: Double) -> Double? {
        let first = windowStart[stop], end = windowStart[stop + 1]
        if first == end { return arrival }
        for window in first..<end where arrival <= windowClose[window] {
            return max(arrival, windowOpen[window])
        }
        return nil
    }
}
