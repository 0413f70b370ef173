/// A solver's answer: one route per vehicle that visits something, the stops left out and why,
/// and how the answer was found.
public struct RouteSolution: Sendable {
    public var routes: [PlannedRoute]
    public var dropped: [DroppedStop]
    /// Total travel over all routes, in the matrix's unit.
    public var travel: Double
    /// True when the search proved no better answer exists (the exact day solver).
    public var provenOptimal: Bool
    /// Wall-clock seconds the solver ran.
    public var seconds: Double

    public init(routes: [PlannedRoute], dropped: [DroppedStop], travel: Double, provenOptimal: Bool, seconds: Double) {
        self.routes = routes
        self.dropped = dropped
        self.travel = travel
        self.provenOptimal = provenOptimal
        self.seconds = seconds
    }
}

/// One vehicle's route with its timetable.
public struct PlannedRoute: Sendable {
    /// Index into the problem's vehicles.
    public var vehicle: Int
    public var visits: [ScheduledVisit]
    /// When the vehicle leaves its start and reaches its end.
    public var departure: Double
    public var arrival: Double
    public var travel: Double
    public var lunch: ScheduledBreak?

    public init(vehicle: Int, visits: [ScheduledVisit], departure: Double, arrival: Double,
                travel: Double, lunch: ScheduledBreak? = nil) {
        self.vehicle = vehicle
        self.visits = visits
        self.departure = departure
        self.arrival = arrival
        self.travel = travel
        self.lunch = lunch
    }
}

/// A stop on a route: arrival, waiting for the window to open, service start and departure.
public struct ScheduledVisit: Sendable, Equatable {
    /// Index into the problem's stops.
    public var stop: Int
    public var arrival: Double
    public var serviceStart: Double
    public var departure: Double

    public var waiting: Double { serviceStart - arrival }

    public init(stop: Int, arrival: Double, serviceStart: Double, departure: Double) {
        self.stop = stop
        self.arrival = arrival
        self.serviceStart = serviceStart
        self.departure = departure
    }
}

/// The lunch break as scheduled: after the visit at `afterVisit` (an index into the route's
/// visits; -1 before the first one).
public struct ScheduledBreak: Sendable, Equatable {
    public var start: Double
    public var end: Double
    public var afterVisit: Int

    public init(start: Double, end: Double, afterVisit: Int) {
        self.start = start
        self.end = end
        self.afterVisit = afterVisit
    }
}

/// A stop no route visits, with the reason in words a user can act on.
public struct DroppedStop: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// No vehicle can reach it inside any of its windows even going there directly.
        case unreachableInWindow
        /// Its demand exceeds every vehicle's capacity.
        case overCapacity
        /// The routes were full: a lower-priority (or any, for required stops) stop had to go.
        case noRoom
    }

    public var stop: Int
    public var reason: Reason

    public init(stop: Int, reason: Reason) {
        self.stop = stop
        self.reason = reason
    }
}
