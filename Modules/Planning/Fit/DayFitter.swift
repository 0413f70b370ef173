import RoundsRouting

/// The cheapest place to insert one more visit into a day's fixed order of visits: every gap is
/// tried with the planner's own day clock (windows, working hours, lunch), the one adding the
/// least driving wins, and the day is timed to say when to arrive. The other visits keep their
/// order; when no gap works, the outcome says whether the day is full or the windows are in the way.
///
/// Node 0 of `matrix` is the rep's start, node 1 the end, node 2 the new visit and node `i + 3`
/// the day's `i`-th visit.
///
/// ```swift
/// let fitter = DayFitter(shift: TimeSpan(open: 32_400, close: 64_800), lunch: nil)
/// if case .fits(let slot) = fitter.fit(FitStop(code: "C9", serviceSeconds: 1800), into: day, matrix: matrix) {
///     print(slot.previous ?? "start", slot.serviceStart)
/// }
/// ```
public struct DayFitter: Sendable {
    public var shift: TimeSpan
    public var lunch: Break?

    public init(shift: TimeSpan, lunch: Break?) {
        self.shift = shift
        self.lunch = lunch
    }

    public func fit(_ visit: FitStop, into route: [FitStop], matrix: TravelMatrix) -> FitOutcome {
        precondition(matrix.count == route.count + 3, "the matrix holds start, end, the visit and the day's visits")
        let problem = self.problem(visit, route, matrix)
        let clock = DayClock(problem)
        let order = route.indices.map { $0 + 1 }
        var best: (position: Int, extra: Double, finish: Double)?
        for position in 0...route.count {
            guard let finish = clock.finish(order, inserting: 0, at: position) else { continue }
            let before = position == 0 ? 0 : order[position - 1] + 2
            let after = position == route.count ? 1 : order[position] + 2
            let extra = matrix[before, 2] + matrix[2, after] - matrix[before, after]
            if best == nil || extra < best!.extra - 1e-9 || (abs(extra - best!.extra) <= 1e-9 && finish < best!.finish) {
                best = (position, extra, finish)
            }
        }
        guard let best else { return why(visit, route, matrix) }
        var inserted = order
        inserted.insert(0, at: best.position)
        guard let timed = RouteTimetable.schedule(problem.dayProblem(inserted), vehicle: 0, stops: Array(inserted.indices)) else {
            return why(visit, route, matrix)
        }
        let at = timed.visits[best.position]
        return .fits(FitSlot(position: best.position, extraSeconds: best.extra, arrival: at.arrival,
                             serviceStart: at.serviceStart, departure: at.departure,
                             previous: best.position == 0 ? nil : route[best.position - 1].code,
                             next: best.position == route.count ? nil : route[best.position].code))
    }

    /// No gap works: full when even a visit open all day has no room, else the windows.
    private func why(_ visit: FitStop, _ route: [FitStop], _ matrix: TravelMatrix) -> FitOutcome {
        var open = visit
        open.windows = []
        let clock = DayClock(problem(open, route, matrix))
        let order = route.indices.map { $0 + 1 }
        let roomSomewhere = (0...route.count).contains { clock.finish(order, inserting: 0, at: $0) != nil }
        return roomSomewhere ? .window : .full
    }

    private func problem(_ visit: FitStop, _ route: [FitStop], _ matrix: TravelMatrix) -> PeriodProblem {
        let customers = ([visit] + route).map { stop in
            PeriodProblem.Customer(code: stop.code, serviceTime: stop.serviceSeconds, windows: stop.windows,
                                   openDays: [true], visits: 0)
        }
        return PeriodProblem(matrix: matrix, customers: customers, dayOffsets: [0], shift: shift, lunch: lunch)
    }
}
