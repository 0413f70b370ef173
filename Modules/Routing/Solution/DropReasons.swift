/// Why a stop was left out, in terms a user can act on: too heavy for every vehicle, out of
/// reach inside its windows even on a trip of its own, or simply no room in the routes.
enum DropReasons {
    static func reason(_ problem: RoutingProblem, stop: Int) -> DroppedStop.Reason {
        let demand = problem.stops[stop].demand
        let vehicles = problem.vehicles.indices
        if !vehicles.contains(where: { problem.vehicles[$0].capacity >= demand }) { return .overCapacity }
        if !vehicles.contains(where: { RouteTimetable.schedule(problem, vehicle: $0, stops: [stop]) != nil }) {
            return .unreachableInWindow
        }
        return .noRoom
    }
}
