import RoundsDomain
import RoundsPlanning
import Testing

@Suite struct PolicySimulationTests {
    @Test func aPolicyChangeIsRead() throws {
        let change = try PolicyChange(parsing: "focus=8, 育成=3,maintain=0")
        #expect(change.visitsPerMonth == [.focus: 8, .develop: 3, .maintain: 0])
        let policy = change.applied(to: .standard)
        #expect(policy.rule(for: .focus) == VisitPolicy.Rule(visitsPerMonth: 8, minimumGapDays: 2))
        // develop's 10 days stay: 30.4 ÷ 3 × 0.7 = 7.1 is shorter, so it shrinks to 7.
        #expect(policy.rule(for: .develop).minimumGapDays == 7)
        #expect(policy.rule(for: .maintain).visitsPerMonth == 0)
        #expect(try PolicyChange(parsing: "develop=2").applied(to: .standard).rule(for: .focus) == VisitPolicy.standard.rule(for: .focus))
    }

    @Test func aBadPartIsNamed() {
        func message(_ text: String) -> String {
            do { _ = try PolicyChange(parsing: text); return "" } catch { return error.description }
        }
        #expect(message("focus=8,boss=2") == "invalid --policy 'boss=2': unknown rank 'boss': use one of: focus, develop, maintain")
        #expect(message("focus=many") == "invalid --policy 'focus=many': give the visits a month as a whole number")
        #expect(message("focus=32") == "invalid --policy 'focus=32': give 0 to 31 visits a month")
        #expect(message("focus=-1") == "invalid --policy 'focus=-1': give 0 to 31 visits a month")
        #expect(message("focus") == "invalid --policy 'focus': use RANK=VISITS a month, such as focus=8,develop=2,maintain=1")
        #expect(message("focus=1,focus=2") == "invalid --policy 'focus=2': focus is given twice")
        #expect(message("") .hasPrefix("invalid --policy '': use RANK=VISITS"))
    }

    @Test func loadLeavesLunchOut() {
        let day = PlanDay(date: try! CalendarDate(year: 2026, month: 12, day: 1), stops: [], travelSeconds: 0,
                          departure: 0, arrival: 0, lunchStart: nil)
        let plan = RepPlan(rep: "R1", days: [day, day], dropped: [DroppedVisit(customer: "C", visits: 2, reason: .noRoom)],
                           hoursNeeded: 20, hoursAvailable: 18, frequencyScale: 1)
        // 9–18 with an hour's lunch: 8 hours a day; the 20 hours needed include 2 lunches.
        let load = PolicyLoad(plan, rep: Rep(code: "R1", name: "佐藤"))
        #expect(load == PolicyLoad(rep: "R1", visitsAsked: 2, visitsFit: 0, hoursNeeded: 18, hoursAvailable: 16))
        #expect(load.load == 1.125)
        let total = PolicyLoad.total([load, load], label: "total")
        #expect(total.hoursNeeded == 36 && total.visitsAsked == 4 && total.load == 1.125)
    }
}
