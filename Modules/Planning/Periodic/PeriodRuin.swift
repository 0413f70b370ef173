/// Taking related customers out of the period plan, so they can be put back better.
extension PeriodSearchRun {
    /// Takes out a few related customers (all their chosen visits): neighbours of a random
    /// customer, or the customers of one day near one of its stops.
    mutating func ruin(_ state: inout PeriodState, movable: [Int], touched: inout Set<Int>) -> [Int] {
        let size = 2 + random.below(max(1, min(14, movable.count / 6)))
        var removed: [Int] = []
        let seed = movable[random.below(movable.count)]
        switch random.below(3) {
        case 0:
            // A day's neighbourhood: the seed's visits share a day with these.
            let days = state.chosen[seed]
            if let day = days.isEmpty ? nil : days[random.below(days.count)] {
                let onDay = state.routes[day].filter { problem.customers[$0].visits > 0 }
                removed = Array(onDay.sorted { problem.matrix[seed + 2, $0 + 2] < problem.matrix[seed + 2, $1 + 2] }.prefix(size))
            } else {
                removed = [seed]
            }
        case 1:
            removed = [seed] + neighbours[seed].filter { problem.customers[$0].visits > 0 }.prefix(size - 1)
        default:
            removed = [seed]
            while removed.count < min(size, movable.count) {
                let customer = movable[random.below(movable.count)]
                if !removed.contains(customer) { removed.append(customer) }
            }
        }
        for customer in removed { state.remove(customer, clock: clock, touched: &touched) }
        return removed
    }
}
