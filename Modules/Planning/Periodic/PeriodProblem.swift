import RoundsRouting

/// One rep's period in the search's terms: the working days, the customers with how many visits
/// each still needs and on which days it may have them, and the day's hours.
///
/// Node 0 of `matrix` is the rep's start, node 1 the end, customer `i` is node `i + 2`.
///
/// ```swift
/// let problem = PeriodProblem(matrix: matrix, customers: customers, dayOffsets: [0, 1, 2, 3, 4, 7, 8],
///                             shift: TimeSpan(open: 32_400, close: 64_800), lunch: lunch)
/// let plan = PeriodSearch.solve(problem, options: PeriodSearch.Options(timeLimit: 4))
/// ```
public struct PeriodProblem: Sendable {
    public struct Customer: Sendable {
        public var code: String
        public var serviceTime: Double
        public var windows: [TimeSpan]
        /// Whether each working day (index into `dayOffsets`) is open for a visit.
        public var openDays: [Bool]
        /// Visits to place, on top of the pinned ones.
        public var visits: Int
        /// Days already fixed (confirmed visits, appointments): kept, and counted for the gaps.
        public var pinnedDays: [Int]
        /// Days with a visit held by another entry (an appointment at a fixed time): counted for
        /// the gaps, never planned again.
        public var heldDays: [Int]
        public var minimumGap: Int
        public var maximumGap: Int?
        /// The last visit before the period, in days from the period's first day (zero or less).
        public var lastVisit: Int?
        /// 0 (left out first) to 1 (left out last) when the hours cannot hold every visit.
        public var priority: Double

        public init(code: String, serviceTime: Double, windows: [TimeSpan], openDays: [Bool], visits: Int,
                    pinnedDays: [Int] = [], heldDays: [Int] = [], minimumGap: Int = 1, maximumGap: Int? = nil, lastVisit: Int? = nil,
                    priority: Double = 0.5) {
            self.code = code
            self.serviceTime = serviceTime
            self.windows = windows
            self.openDays = openDays
            self.visits = visits
            self.pinnedDays = pinnedDays
        self.heldDays = heldDays
            self.minimumGap = minimumGap
            self.maximumGap = maximumGap
            self.lastVisit = lastVisit
            self.priority = priority
        }
    }

    public var matrix: TravelMatrix
    public var customers: [Customer]
    /// Calendar days from the period's first day to each working day, ascending.
    public var dayOffsets: [Int]
    public var shift: TimeSpan
    public var lunch: Break?

    public init(matrix: TravelMatrix, customers: [Customer], dayOffsets: [Int], shift: TimeSpan, lunch: Break?) {
        self.matrix = matrix
        self.customers = customers
        self.dayOffsets = dayOffsets
        self.shift = shift
        self.lunch = lunch
    }

    /// The one-vehicle routing problem of a day, for timetables and the exact day solver.
    public func dayProblem(_ customers: [Int]) -> RoutingProblem {
        RoutingProblem(matrix: matrix,
                       stops: customers.map { index in
                           Stop(node: index + 2, label: self.customers[index].code,
                                serviceTime: self.customers[index].serviceTime, windows: self.customers[index].windows)
                       },
                       vehicles: [Vehicle(label: "day", start: 0, end: 1, shift: shift, lunch: lunch)])
    }
}
