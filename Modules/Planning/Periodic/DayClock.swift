import RoundsRouting

/// Whether an order of visits fits a working day, and when it ends — the question the period
/// search asks thousands of times a second, answered in one pass.
///
/// The pass carries two clocks: the earliest time with lunch still owed and the earliest with
/// lunch taken in some gap so far. Earlier is never worse (a rep may wait), so these two are
/// exact: an order fits exactly when `RouteTimetable` can time it.
struct DayClock {
    let matrix: TravelMatrix
    let shift: TimeSpan
    let lunch: Break?
    let service: [Double]
    let windows: [[TimeSpan]]

    init(_ problem: PeriodProblem) {
        matrix = problem.matrix
        shift = problem.shift
        lunch = problem.lunch
        service = problem.customers.map(\.serviceTime)
        windows = problem.customers.map(\.windows)
    }

    /// The time back at the end for `route` with `inserted` put at `position` (nil: as it is),
    /// or nil when something does not fit.
    func finish(_ route: [Int], inserting inserted: Int? = nil, at position: Int = 0) -> Double? {
        let count = route.count + (inserted == nil ? 0 : 1)
        var owed = lunch == nil ? Double.infinity : shift.open
        var eaten = lunch == nil ? shift.open : Double.infinity
        var place = 0
        for step in 0...count {
            let customer: Int?
            if step == count {
                customer = nil
            } else if let inserted, step == position {
                customer = inserted
            } else {
                customer = route[inserted != nil && step > position ? step - 1 : step]
            }
            let node = customer.map { $0 + 2 } ?? 1
            let leg = matrix[place, node]
            var arriveEaten = eaten + leg
            let arriveOwed = owed + leg
            if let lunch, owed.isFinite {
                let afterTravel = max(arriveOwed, lunch.window.open)
                if afterTravel <= lunch.window.close {
                    arriveEaten = min(arriveEaten, afterTravel + lunch.duration)
                } else {
                    let beforeTravel = max(owed, lunch.window.open)
                    if beforeTravel <= lunch.window.close { arriveEaten = min(arriveEaten, beforeTravel + lunch.duration + leg) }
                }
            }
            guard let customer else { return arriveEaten <= shift.close ? arriveEaten : nil }
            eaten = serve(customer, arriving: arriveEaten)
            owed = serve(customer, arriving: arriveOwed)
            guard eaten.isFinite || owed.isFinite else { return nil }
            place = node
        }
        return nil
    }

    /// When the visit ends, or infinity when every window has closed (or the clock is already infinite).
    @inline(__always)
    private func serve(_ customer: Int, arriving arrival: Double) -> Double {
        guard arrival.isFinite else { return .infinity }
        guard let start = RouteTimetable.serviceStart(arriving: arrival, windows: windows[customer]) else { return .infinity }
        return start + service[customer]
    }

    /// Driving for the whole day.
    func travel(_ route: [Int]) -> Double {
        var total = 0.0, place = 0
        for customer in route {
            total += matrix[place, customer + 2]
            place = customer + 2
        }
        return total + matrix[place, 1]
    }
}
