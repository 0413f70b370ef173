/// Times a fixed order of stops for one vehicle: leave as early as the shift allows, wait for
/// windows to open, take the lunch break in the gap where it fits first, and check the load.
/// Every solver builds its answer through this, so every route a user sees was checked here.
///
/// ```swift
/// if let route = RouteTimetable.schedule(problem, vehicle: 0, stops: [2, 0, 1]) {
///     print(route.visits.map(\.serviceStart))
/// }
/// ```
public enum RouteTimetable {
    /// The timetable for `stops` (indices into `problem.stops`) in this order, or nil when the
    /// order breaks a window, the shift, the lunch break or the capacity.
    public static func schedule(_ problem: RoutingProblem, vehicle index: Int, stops: [Int]) -> PlannedRoute? {
        let vehicle = problem.vehicles[index]
        let load = stops.reduce(0) { $0 + problem.stops[$1].demand }
        guard load <= vehicle.capacity else { return nil }
        guard vehicle.lunch != nil else {
            return simulate(problem, vehicle: index, stops: stops, lunchGap: nil)
        }
        // Travel is the same in every gap; the break goes where the day ends earliest.
        var best: PlannedRoute?
        for gap in 0...stops.count {
            guard let route = simulate(problem, vehicle: index, stops: stops, lunchGap: gap) else { continue }
            if best == nil || route.arrival < best!.arrival { best = route }
        }
        return best
    }

    /// Service start at `arrival` for a stop with these windows, or nil when all have closed.
    @inlinable @inline(__always)
    public static func serviceStart(arriving arrival: Double, windows: [TimeSpan]) -> Double? {
        if windows.isEmpty { return arrival }
        for window in windows where arrival <= window.close {
            return max(arrival, window.open)
        }
        return nil
    }

    private static func simulate(_ problem: RoutingProblem, vehicle index: Int, stops: [Int], lunchGap: Int?) -> PlannedRoute? {
        let vehicle = problem.vehicles[index]
        let matrix = problem.matrix
        var time = vehicle.shift.open
        var place = vehicle.start
        var travel = 0.0
        var visits: [ScheduledVisit] = []
        visits.reserveCapacity(stops.count)
        var lunch: ScheduledBreak?
        for position in 0...stops.count {
            let next = position < stops.count ? problem.stops[stops[position]].node : vehicle.end
            let leg = matrix[place, next]
            var arrival = time + leg
            if position == lunchGap, let rest = vehicle.lunch {
                // Eat near the next place when the break can still start in time there; else
                // before setting off.
                let afterTravel = max(arrival, rest.window.open)
                let beforeTravel = max(time, rest.window.open)
                if afterTravel <= rest.window.close {
                    lunch = ScheduledBreak(start: afterTravel, end: afterTravel + rest.duration, afterVisit: position - 1)
                    arrival = afterTravel + rest.duration
                } else if beforeTravel <= rest.window.close {
                    lunch = ScheduledBreak(start: beforeTravel, end: beforeTravel + rest.duration, afterVisit: position - 1)
                    arrival = beforeTravel + rest.duration + leg
                } else {
                    return nil
                }
            }
            travel += leg
            if position == stops.count {
                guard arrival <= vehicle.shift.close else { return nil }
                let leave = departure(vehicle, &visits, lunch, matrix, problem)
                return PlannedRoute(vehicle: index, visits: visits, departure: leave,
                                    arrival: arrival, travel: travel, lunch: lunch)
            }
            let stop = problem.stops[stops[position]]
            guard let start = serviceStart(arriving: arrival, windows: stop.windows) else { return nil }
            let end = start + stop.serviceTime
            visits.append(ScheduledVisit(stop: stops[position], arrival: arrival, serviceStart: start, departure: end))
            time = end
            place = next
        }
        return nil
    }

    /// Leave just in time for the first visit instead of waiting at its door.
    private static func departure(_ vehicle: Vehicle, _ visits: inout [ScheduledVisit], _ lunch: ScheduledBreak?,
                                  _ matrix: TravelMatrix, _ problem: RoutingProblem) -> Double {
        guard let first = visits.first, lunch?.afterVisit != -1 else { return vehicle.shift.open }
        let leg = matrix[vehicle.start, problem.stops[first.stop].node]
        let leave = max(vehicle.shift.open, first.serviceStart - leg)
        visits[0].arrival = leave + leg
        return leave
    }
}
