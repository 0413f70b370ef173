import Foundation

/// The SISR loop: ruin and recreate the current plan, accept by simulated annealing on travel
/// (never at the cost of a stop), polish every new on-time best with local search. Once a plan
/// serving every stop is known, windows turn soft: lateness is allowed at a weight tuned so that
/// about two in three candidates stay on time, and only on-time plans can become the best.
///
/// The temperature falls geometrically over the budget, from about ten average legs to a tenth
/// of one, so the search explores first and settles later whatever the instance's scale. The
/// budget is the iteration limit when one is given (so a seed replays exactly), else the clock.
///
/// ```swift
/// let best = FleetAnnealing(model: model, options: options, clock: clock, started: clock.now).run(&random)
/// ```
struct FleetAnnealing {
    let model: FleetModel
    let options: SolveOptions
    let clock: ContinuousClock
    let started: ContinuousClock.Instant

    /// Check the clock every this many iterations.
    static let clockStride = 16
    /// How often the weight of lateness is revisited, and the share of on-time plans it aims at.
    static let warpReview = 100
    static let feasibleTarget = 0.65

    func run(_ random: inout SearchRandom) -> FleetState {
        let ruin = FleetRuin()
        let recreate = FleetRecreate()
        let budget = options.timeLimit.isFinite ? min(max(options.timeLimit, 0), 1e9) : 1e9
        let polish = FleetLocalSearch(model: model, deadline: started.advanced(by: .seconds(budget)))
        var current = FleetState(model)
        recreate.apply(to: &current, model, &random)
        polish.improve(&current, &random)
        // An unconfirmed start (rounding) falls back to the empty plan, which any answer beats.
        var best = current.confirmed(model) ? current : FleetState(model)

        let legs = Double(model.candidates.count + current.routes.count { !$0.stops.isEmpty })
        let averageLeg = max(current.travel / max(legs, 1), 1e-9)
        let hot = 10 * averageLeg, cold = 0.1 * averageLeg
        var iteration = 0
        var used = 0.0
        var warpWeight = 1.0
        var feasibleCount = 0
        while true {
            if let limit = options.iterationLimit {
                if iteration >= limit { break }
                used = Double(iteration) / Double(max(limit, 1))
            }
            if iteration % Self.clockStride == 0 {
                let elapsed = FleetSearch.seconds(clock.now - started)
                if elapsed >= options.timeLimit || options.isCancelled?() == true { break }
                if options.iterationLimit == nil { used = elapsed / max(options.timeLimit, 1e-9) }
                if iteration % (Self.clockStride * 64) == 0 {
                    options.progress?(best.travel, min(1, max(used, elapsed / max(options.timeLimit, 1e-9))))
                }
            }
            iteration += 1
            if model.candidates.isEmpty { break }

            let temperature = hot * pow(cold / hot, used)
            // Once every stop is served, late plans may be passed through (soft windows, as in
            // HGS): the feasible region of a tight day is too narrow to cross otherwise.
            let soft = best.unassigned.isEmpty
            var recreate = recreate
            recreate.warpWeight = soft ? warpWeight : nil
            var candidate = current
            ruin.apply(to: &candidate, model, &random)
            recreate.apply(to: &candidate, model, &random)
            let candidatePenalty = candidate.penalty(model)
            let currentPenalty = current.penalty(model)
            let threshold = -temperature * log(max(random.unit(), 1e-300))
            let late = candidate.timeWarp > FleetSegment.tolerance
            if soft {
                feasibleCount += late ? 0 : 1
                if iteration % Self.warpReview == 0 {
                    let share = Double(feasibleCount) / Double(Self.warpReview)
                    warpWeight *= share < Self.feasibleTarget ? 1.5 : 1 / 1.5
                    warpWeight = min(max(warpWeight, 1e-3), 1e6)
                    feasibleCount = 0
                }
            }
            let weight = soft ? warpWeight : 0
            if candidatePenalty < currentPenalty
                || (candidatePenalty == currentPenalty
                    && candidate.travel + weight * candidate.timeWarp
                        < current.travel + weight * current.timeWarp + threshold) {
                current = candidate
            }
            if !late, candidate.isBetter(than: best, model) {
                polish.improve(&candidate, &random)
                if candidate.confirmed(model) {
                    best = candidate
                    current = candidate
                }
            }
        }
        return best
    }
}
