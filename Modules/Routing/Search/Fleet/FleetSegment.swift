/// A run of consecutive places on a route, summarised so two runs join in O(1) (Vidal et al.
/// 2013, time-warp form): whether the run fits its windows, when it can start, its travel and
/// load. Windows here are single spans; a stop with several windows enters with its hull and the
/// route is confirmed by `RouteTimetable`.
///
/// ```swift
/// let route = FleetSegment.join(FleetSegment.join(start, stop, matrix), end, matrix)
/// let fits = route.timeWarp <= FleetSegment.tolerance
/// ```
struct FleetSegment {
    /// Time from starting the first service to finishing the last, waiting included.
    var duration: Double
    /// How late the run would be in total if it kept every window; zero when it fits.
    var timeWarp: Double
    /// The span in which the first service can start without adding waiting or lateness.
    var earliest: Double
    var latest: Double
    var distance: Double
    var load: Int
    /// Matrix nodes at both ends.
    var first: Int
    var last: Int

    /// Rounding slack: Solomon legs are irrational, a route a hair late is still on time.
    static let tolerance = 1e-7

    init(node: Int, window: TimeSpan, service: Double, load: Int) {
        duration = service
        timeWarp = 0
        earliest = window.open
        latest = window.close
        distance = 0
        self.load = load
        first = node
        last = node
    }

    @inline(__always)
    static func join(_ a: FleetSegment, _ b: FleetSegment, _ matrix: TravelMatrix) -> FleetSegment {
        let leg = matrix[a.last, b.first]
        let delta = a.duration - a.timeWarp + leg
        let wait = max(b.earliest - delta - a.latest, 0)
        let warp = max(a.earliest + delta - b.latest, 0)
        var joined = a
        joined.duration = a.duration + b.duration + leg + wait
        joined.timeWarp = a.timeWarp + b.timeWarp + warp
        joined.earliest = max(b.earliest - delta, a.earliest) - wait
        joined.latest = min(b.latest - delta, a.latest) + warp
        joined.distance = a.distance + b.distance + leg
        joined.load = a.load + b.load
        joined.last = b.last
        return joined
    }
}
