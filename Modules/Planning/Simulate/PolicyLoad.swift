import RoundsDomain

/// How loaded a rep would be: the hours a plan's policy asks (service and driving, lunch left
/// out) against the hours its working days hold (working hours less lunch).
///
/// ```swift
/// let load = PolicyLoad(plan.reps[0], rep: sato)
/// load.load        // 1.12: the policy asks 12 % more than the days hold
/// ```
public struct PolicyLoad: Sendable, Equatable {
    public var rep: String
    /// Visits the policy asks in the period, and those the plan could place.
    public var visitsAsked: Int
    public var visitsFit: Int
    public var hoursNeeded: Double
    public var hoursAvailable: Double

    public init(rep: String, visitsAsked: Int, visitsFit: Int, hoursNeeded: Double, hoursAvailable: Double) {
        self.rep = rep
        self.visitsAsked = visitsAsked
        self.visitsFit = visitsFit
        self.hoursNeeded = hoursNeeded
        self.hoursAvailable = hoursAvailable
    }

    /// From a rep's plan (`RepPlan.hoursNeeded` counts lunch each working day: taken out here).
    public init(_ plan: RepPlan, rep: Rep) {
        let days = Double(plan.days.count)
        let lunch = Double(rep.lunch?.minutes ?? 0) / 60
        let hours = Double(rep.workingHours.minutes) / 60
        self.init(rep: plan.rep, visitsAsked: plan.visitCount + plan.dropped.reduce(0) { $0 + $1.visits },
                  visitsFit: plan.visitCount,
                  hoursNeeded: Self.tenths(max(0, plan.hoursNeeded - (plan.days.isEmpty ? 0 : days * lunch))),
                  hoursAvailable: Self.tenths(days * (hours - lunch)))
    }

    /// Needed over available (0 when no hours are available).
    public var load: Double { hoursAvailable > 0 ? hoursNeeded / hoursAvailable : 0 }

    /// The sum of several reps' loads.
    public static func total(_ loads: [PolicyLoad], label: String) -> PolicyLoad {
        PolicyLoad(rep: label, visitsAsked: loads.reduce(0) { $0 + $1.visitsAsked }, visitsFit: loads.reduce(0) { $0 + $1.visitsFit },
                   hoursNeeded: tenths(loads.reduce(0) { $0 + $1.hoursNeeded }),
                   hoursAvailable: tenths(loads.reduce(0) { $0 + $1.hoursAvailable }))
    }

    private static func tenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
