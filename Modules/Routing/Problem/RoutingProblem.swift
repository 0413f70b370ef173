/// What a solver is asked: places to visit, the vehicles (reps) that can visit them, and the
/// travel between every pair of places. One shape for a rep's day, a multi-rep day and the
/// TSPLIB, Solomon and VRPLIB benchmarks.
///
/// Times are in the matrix's unit from the same origin (seconds after midnight for a rep's day).
///
/// ```swift
/// let problem = RoutingProblem(matrix: matrix,
///                              stops: [Stop(node: 1, label: "C001", serviceTime: 1800,
///                                           windows: [TimeSpan(open: 32400, close: 43200)])],
///                              vehicles: [Vehicle(label: "R01", start: 0, end: 0, shift: TimeSpan(open: 32400, close: 64800))])
/// let solution = RouteSolver.solve(problem, options: SolveOptions(timeLimit: 1))
/// ```
public struct RoutingProblem: Sendable {
    public var matrix: TravelMatrix
    public var stops: [Stop]
    public var vehicles: [Vehicle]

    public init(matrix: TravelMatrix, stops: [Stop], vehicles: [Vehicle]) {
        self.matrix = matrix
        self.stops = stops
        self.vehicles = vehicles
    }
}

/// A closed interval of time: service starts no earlier than `open` and no later than `close`.
public struct TimeSpan: Sendable, Hashable {
    public var open: Double
    public var close: Double

    public init(open: Double, close: Double) {
        self.open = open
        self.close = close
    }

    public static let always = TimeSpan(open: -.greatestFiniteMagnitude, close: .greatestFiniteMagnitude)
}

/// How much a stop matters when the day cannot hold every stop.
public enum StopPriority: Sendable, Hashable, Comparable {
    /// Optional: stops with the lowest value are dropped first.
    case optional(Int)
    /// Must be visited; left out only when no route can reach it, and then reported as dropped.
    case required
}

/// One place to visit.
public struct Stop: Sendable {
    /// Index of the stop's place in the matrix.
    public var node: Int
    /// The name users know it by: the node number in a benchmark file, the customer code.
    public var label: String
    public var demand: Int
    public var serviceTime: Double
    /// Service starts inside one of these (sorted, disjoint); none means any time in the shift.
    /// A fixed appointment is one window whose open equals its close.
    public var windows: [TimeSpan]
    public var priority: StopPriority

    public init(node: Int, label: String, demand: Int = 0, serviceTime: Double = 0,
                windows: [TimeSpan] = [], priority: StopPriority = .required) {
        self.node = node
        self.label = label
        self.demand = demand
        self.serviceTime = serviceTime
        self.windows = windows
        self.priority = priority
    }
}

/// A break of `duration` that must start inside `window`, taken where the rep is at the time.
public struct Break: Sendable, Hashable {
    public var duration: Double
    public var window: TimeSpan

    public init(duration: Double, window: TimeSpan) {
        self.duration = duration
        self.window = window
    }
}

/// One rep (or benchmark vehicle): where the route starts and ends, its working hours and load.
public struct Vehicle: Sendable {
    public var label: String
    /// Matrix indices of the start and end places (equal for a round trip).
    public var start: Int
    public var end: Int
    /// Leave the start no earlier than `open`, be back at the end no later than `close`.
    public var shift: TimeSpan
    public var capacity: Int
    public var lunch: Break?

    public init(label: String, start: Int, end: Int, shift: TimeSpan = .always,
                capacity: Int = .max, lunch: Break? = nil) {
        self.label = label
        self.start = start
        self.end = end
        self.shift = shift
        self.capacity = capacity
        self.lunch = lunch
    }
}
