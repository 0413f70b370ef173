import RoundsRouting

/// Checks a one-vehicle day without the solver's code: simulates the order, trying the lunch
/// break in every gap both before and after the drive, and says whether some timing works.
enum DayChecker {
    static func feasible(_ problem: RoutingProblem, vehicle: Int = 0, order: [Int]) -> Bool {
        let car = problem.vehicles[vehicle]
        guard order.reduce(0, { $0 + problem.stops[$1].demand }) <= car.capacity else { return false }
        guard let lunch = car.lunch else { return simulate(problem, car, order, lunch: nil) }
        for gap in 0...order.count {
            for eatFirst in [true, false] where simulate(problem, car, order, lunch: (lunch, gap, eatFirst)) {
                return true
            }
        }
        return false
    }

    static func travel(_ problem: RoutingProblem, vehicle: Int = 0, order: [Int]) -> Double {
        let car = problem.vehicles[vehicle]
        let places = [car.start] + order.map { problem.stops[$0].node } + [car.end]
        return zip(places, places.dropFirst()).reduce(0) { $0 + problem.matrix[$1.0, $1.1] }
    }

    private static func simulate(_ problem: RoutingProblem, _ car: Vehicle, _ order: [Int],
                                 lunch: (Break, gap: Int, eatFirst: Bool)?) -> Bool {
        var clock = car.shift.open
        var place = car.start
        for position in 0...order.count {
            let target = position < order.count ? problem.stops[order[position]].node : car.end
            let drive = problem.matrix[place, target]
            if let (rest, gap, eatFirst) = lunch, gap == position {
                if eatFirst {
                    let start = max(clock, rest.window.open)
                    if start > rest.window.close { return false }
                    clock = start + rest.duration + drive
                } else {
                    let start = max(clock + drive, rest.window.open)
                    if start > rest.window.close { return false }
                    clock = start + rest.duration
                }
            } else {
                clock += drive
            }
            if position == order.count { return clock <= car.shift.close }
            let stop = problem.stops[order[position]]
            if !stop.windows.isEmpty {
                guard let window = stop.windows.first(where: { clock <= $0.close }) else { return false }
                clock = max(clock, window.open)
            }
            clock += stop.serviceTime
            place = target
        }
        return false
    }
}
