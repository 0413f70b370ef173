import RoundsDomain
import RoundsRouting
import RoundsStorage

/// A rep's day as a routing problem: the rep's start and end, the chosen customers with their
/// hours, service times and appointments, in seconds after midnight. Customers closed that day
/// are left out before solving, with the reason.
struct DayRequest {
    let rep: Rep
    let date: CalendarDate
    let customers: [Customer]
    let problem: RoutingProblem
    /// Customers left out before solving, with the reason in words.
    let closed: [(Customer, Message)]
    /// The place of each matrix index: the rep's start, end, then the customers.
    let places: [Coordinate]

    init(rep: Rep, date: CalendarDate, store: any Store, required: [String], optional: [String],
         appointments: [String], travel: TravelSettings, matrixFile: String?) throws {
        guard !required.isEmpty || !optional.isEmpty else { throw RoundsError(.usage, .noCustomersGiven) }
        guard let start = rep.start else { throw RoundsError(.invalidValue, .repWithoutStart(rep.code)) }
        let end = rep.end ?? start
        let fixed = try Self.appointments(appointments)
        var chosen: [(Customer, StopPriority)] = []
        var closed: [(Customer, Message)] = []
        var seen = Set<String>()
        for (code, isRequired) in required.map({ ($0, true) }) + optional.map({ ($0, false) }) {
            guard seen.insert(code).inserted else { throw RoundsError(.usage, .customerTwice(code)) }
            guard let customer = try store.customer(code: code) else { throw RoundsError(.notFound, .unknownCustomer(code)) }
            guard customer.location != nil else { throw RoundsError(.invalidValue, .customerWithoutLocation(code)) }
            if customer.closedDays.contains(date.weekday) {
                closed.append((customer, .closedOn(date.weekday)))
                continue
            }
            chosen.append((customer, isRequired ? .required : .optional(Self.weight(customer.rank))))
        }
        for code in fixed.keys where !chosen.contains(where: { $0.0.code == code }) && !closed.contains(where: { $0.0.code == code }) {
            throw RoundsError(.usage, .appointmentNotChosen(code))
        }
        self.rep = rep
        self.date = date
        self.closed = closed
        customers = chosen.map(\.0)
        places = [start, end] + chosen.map { $0.0.location! }
        let matrix: TravelMatrix
        if let matrixFile {
            let given = try DayMatrixFile.read(matrixFile, rep: rep.code, customers: required + optional)
            let rows = [0, 1] + chosen.map { entry in 2 + (required + optional).firstIndex(of: entry.0.code)! }
            matrix = TravelMatrix(count: rows.count) { a, b in given[rows[a], rows[b]] }
        } else {
            matrix = TravelModel(travel, rep: rep.code).matrix(places)
        }
        let stops = chosen.enumerated().map { index, entry in
            let (customer, priority) = entry
            let windows = fixed[customer.code].map { [TimeSpan(open: $0, close: $0)] }
                ?? customer.timeWindows.map(TimeSpan.init)
            return Stop(node: index + 2, label: customer.code, serviceTime: Double(customer.serviceMinutes * 60),
                        windows: windows, priority: priority)
        }
        problem = RoutingProblem(matrix: matrix, stops: stops,
                                 vehicles: [Vehicle(label: rep.code, start: 0, end: 1, shift: TimeSpan(rep.workingHours),
                                                    lunch: rep.lunch.map(Break.init))])
    }

    /// Focus customers are the last optional ones to go.
    private static func weight(_ rank: Rank?) -> Int {
        switch rank {
        case .focus: 3
        case .develop: 2
        case .maintain: 1
        case nil: 0
        }
    }

    /// `C003@14:00` → service starts at 14:00 sharp.
    private static func appointments(_ texts: [String]) throws -> [String: Double] {
        var fixed: [String: Double] = [:]
        for text in texts {
            let parts = HalfWidth.fold(text).split(separator: "@", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw RoundsError(.usage, .invalidField("--appointment", text, .appointmentFormat))
            }
            let time = try TimeOfDay(parsing: parts[1], field: "--appointment")
            fixed[parts[0]] = Double(time.minutes * 60)
        }
        return fixed
    }
}
