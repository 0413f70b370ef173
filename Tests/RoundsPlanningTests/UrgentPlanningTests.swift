import RoundsDomain
@testable import RoundsPlanning
import RoundsRouting
import Testing

/// The rules' findings in planning: a score at the must-visit threshold asks a visit the policy
/// would not, one below it asks none, and an urgent customer is the one kept when hours are short.
@Suite struct UrgentPlanningTests {
    static let office = try! Coordinate(latitude: 35.68, longitude: 139.70)
    static let december1 = try! CalendarDate(year: 2026, month: 12, day: 1)
    static let monday = try! CalendarDate(year: 2026, month: 12, day: 7)
    static let salesDrop = Urgency(score: 80, rules: ["sales-drop"], purpose: "hear why orders dropped (churn risk)")

    static func customer(_ code: String, rank: Rank, offset: Double) -> Customer {
        var customer = Customer(code: code, name: "顧客\(code)", rep: "R1")
        customer.location = try! Coordinate(latitude: 35.68 + offset, longitude: 139.70 + offset)
        customer.rank = rank
        return customer
    }

    static func planner(from: CalendarDate, to: CalendarDate) -> VisitPlanner {
        VisitPlanner(from: from, to: to, policy: .standard, calendar: WorkingCalendar(), travel: TravelSettings(),
                     options: PeriodSearch.Options(iterationLimit: 200))
    }

    static func visits(_ plan: RepPlan) -> [String: [PlanStop]] {
        Dictionary(grouping: plan.days.flatMap(\.stops), by: \.customer)
    }

    @Test func aScoreAtTheThresholdAsksAVisitTheRankDoesNotAndOneBelowDoesNot() {
        // Maintain customers visited on 12/1 need no visit in the week of 12/7 (due after 21 days).
        let customers = [Self.customer("M", rank: .maintain, offset: 0.01), Self.customer("U", rank: .maintain, offset: -0.01),
                         Self.customer("Q", rank: .maintain, offset: 0.02)]
        let lowScore = Urgency(score: 79, rules: ["deal-stale", "ticket"], purpose: "move the open deal forward")
        let period = RepPeriod(rep: Rep(code: "R1", name: "田中", start: Self.office), customers: customers,
                               lastVisits: ["M": Self.december1, "U": Self.december1, "Q": Self.december1],
                               urgent: ["M": Self.salesDrop, "U": lowScore])
        let plan = Self.planner(from: Self.monday, to: Self.monday.adding(days: 6))
            .planRep(period, options: PeriodSearch.Options(iterationLimit: 200))
        let visits = Self.visits(plan)
        #expect(visits["M"]?.count == 1)
        #expect(visits["M"]?.first?.reasons == [.urgent(Self.salesDrop)], "the rules' reason alone: the policy asked none")
        #expect(visits["U"] == nil, "79 is below the default must-visit score of 80")
        #expect(visits["Q"] == nil)
        #expect(plan.dropped.isEmpty, "\(plan.dropped)")

        var stricter = Self.planner(from: Self.monday, to: Self.monday.adding(days: 6))
        stricter.policy.mustVisitScore = 81
        #expect(Self.visits(stricter.planRep(period, options: PeriodSearch.Options(iterationLimit: 200)))["M"] == nil)
    }

    @Test func aPolicyVisitOfAnUrgentCustomerCarriesBothReasonsOnItsFirstVisit() {
        var focus = Self.customer("F", rank: .focus, offset: 0.01)
        focus.visitIntervalDays = 7
        let low = Urgency(score: 40, rules: ["high-potential"], purpose: "propose more of the range (share of wallet)")
        let period = RepPeriod(rep: Rep(code: "R1", name: "田中", start: Self.office), customers: [focus],
                               lastVisits: ["F": Self.december1], urgent: ["F": low])
        let plan = Self.planner(from: Self.monday, to: Self.monday.adding(days: 13))
            .planRep(period, options: PeriodSearch.Options(iterationLimit: 200))
        let stops = Self.visits(plan)["F"] ?? []
        #expect(stops.count == 2)
        #expect(stops.first?.reasons.first == .policy(rank: .focus, visits: 2, intervalDays: 7))
        #expect(stops.first?.reasons.last == .urgent(low))
        #expect(stops.last?.reasons == [.policy(rank: .focus, visits: 2, intervalDays: 7)], "only the first visit names the rules")
    }

    @Test func whenTheHoursAreShortTheUrgentCustomerIsKept() throws {
        // One working hour on one day holds one 40-minute visit: the urgent develop customer is kept
        // over the one with more potential, which the rules do not fire for.
        var rep = Rep(code: "R1", name: "田中", start: Self.office, lunch: nil)
        rep.workingHours = try TimeWindow(parsing: "09:00-10:00", field: "hours")
        var rich = Self.customer("A", rank: .develop, offset: 0.005)
        rich.potentialYen = 100_000_000
        var urgent = Self.customer("B", rank: .develop, offset: -0.005)
        rich.serviceMinutes = 40
        urgent.serviceMinutes = 40
        let low = Urgency(score: 50, rules: ["visit-overdue"], purpose: "regular visit")
        let period = RepPeriod(rep: rep, customers: [rich, urgent], urgent: ["B": low])
        let plan = Self.planner(from: Self.monday, to: Self.monday).planRep(period, options: PeriodSearch.Options(iterationLimit: 200))
        #expect(plan.days.map { $0.stops.map(\.customer) } == [["B"]])
        #expect(plan.dropped == [DroppedVisit(customer: "A", visits: 1, reason: .noRoom)])

        let unweighed = RepPeriod(rep: rep, customers: [rich, urgent])
        let without = Self.planner(from: Self.monday, to: Self.monday).planRep(unweighed, options: PeriodSearch.Options(iterationLimit: 200))
        #expect(without.days.map { $0.stops.map(\.customer) } == [["A"]], "without the rules, potential decides")
    }

    @Test func theScoreLiftsPriorityTowardOneWithoutReachingIt() {
        #expect(RepProblem.priority(0.4, urgency: nil) == 0.4)
        #expect(abs(RepProblem.priority(0.15, urgency: Self.salesDrop) - (0.15 + 0.85 * 80 / 180)) < 1e-12)
        #expect(RepProblem.priority(0.3, urgency: Urgency(score: 50, rules: ["a"])) > 0.5, "above every ordinary develop customer")
        #expect(RepProblem.priority(1, urgency: Self.salesDrop) == 1)
        #expect(RepProblem.priority(0, urgency: Urgency(score: 1000, rules: ["a"])) < 1)
    }
}
