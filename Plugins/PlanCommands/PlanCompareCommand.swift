import ArgumentParser
import RoundsDomain
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// `plan compare --baseline weekday`: the draft plan against the fixed weekday routine over the
/// same days and reps — driving in total and per visit, the routine's broken hours and windows,
/// and the saving.
struct PlanCompareCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "compare", abstract: Message.compareAbstract.text(),
                             discussion: Message.compareDiscussion.text())
    }

    @Option(help: ArgumentHelp(Message.compareBaselineHelp.text(), valueName: "weekday")) var baseline: String = "weekday"
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        guard baseline == "weekday" else { throw RoundsError(.usage, .invalidField("--baseline", baseline, .oneOf(["weekday"]))) }
    }

    func run(in session: Session) throws {
        let store = try session.store()
        let plan = try PlanDraft.load(from: store)
        let codes = Set(plan.reps.map(\.rep))
        let reps = try store.reps().filter { codes.contains($0.code) }
        var days = [plan.from]
        while let last = days.last, last < plan.to { days.append(last.adding(days: 1)) }
        let measures = Dictionary(uniqueKeysWithValues: try BaselineMeasure.measure(reps, days: days, store: store, session: session)
            .map { ($0.rep, $0) })
        var table = Listing(columns: [
            .init("rep", .planRepHeader), .init("plan_visits", .comparePlanVisitsHeader, align: .right),
            .init("plan_travel_minutes", .comparePlanTravelHeader, align: .right),
            .init("plan_minutes_per_visit", .comparePlanPerVisitHeader, align: .right),
            .init("baseline_visits", .compareBaseVisitsHeader, align: .right),
            .init("baseline_travel_minutes", .compareBaseTravelHeader, align: .right),
            .init("baseline_minutes_per_visit", .compareBasePerVisitHeader, align: .right),
            .init("baseline_late_windows", .compareLateHeader, align: .right),
            .init("baseline_overtime_days", .compareOvertimeHeader, align: .right),
            .init("saving_percent", .compareSavingHeader, align: .right),
        ])
        var rows: [(String, Double, Double)] = []
        var totals = (planVisits: 0, plan: 0.0, baseVisits: 0, base: 0.0, late: 0, overtime: 0)
        for repPlan in plan.reps {
            guard let measure = measures[repPlan.rep] else { continue }
            let planMinutes = repPlan.travelSeconds / 60, baseMinutes = measure.month.travel / 60
            table.append(Self.row(repPlan.rep, repPlan.visitCount, planMinutes, measure.month.visits, baseMinutes,
                                  measure.lateWindows, measure.overtimeDays))
            rows.append((repPlan.rep, planMinutes, baseMinutes))
            totals.planVisits += repPlan.visitCount
            totals.plan += planMinutes
            totals.baseVisits += measure.month.visits
            totals.base += baseMinutes
            totals.late += measure.lateWindows
            totals.overtime += measure.overtimeDays
        }
        table.append(Self.row("total", totals.planVisits, totals.plan, totals.baseVisits, totals.base, totals.late, totals.overtime))
        try session.emit(table, listing)
        guard session.format(listing) == .table, listing.output == nil, !listing.count, listing.only == nil else { return }
        session.out.write(Self.chart(rows))
    }

    private static func row(_ rep: String, _ planVisits: Int, _ plan: Double, _ baseVisits: Int, _ base: Double,
                            _ late: Int, _ overtime: Int) -> [Cell] {
        func perVisit(_ minutes: Double, _ visits: Int) -> Cell { visits > 0 ? .real((minutes / Double(visits) * 10).rounded() / 10) : .null }
        return [.text(rep), .integer(planVisits), .integer(Int(plan.rounded())), perVisit(plan, planVisits),
                .integer(baseVisits), .integer(Int(base.rounded())), perVisit(base, baseVisits), .integer(late), .integer(overtime),
                base > 0 ? .real(((1 - plan / base) * 1000).rounded() / 10) : .null]
    }

    /// Driving per rep as two bars, the plan's over the routine's.
    private static func chart(_ rows: [(String, Double, Double)]) -> String {
        let top = rows.map { max($0.1, $0.2) }.max() ?? 0
        let width = rows.map(\.0.count).max() ?? 0
        var text = "\n" + Message.compareChartTitle.text() + "\n"
        for (rep, plan, base) in rows {
            let pad = String(repeating: " ", count: width - rep.count)
            text += "\(rep)\(pad)  plan     \(Bar.render(plan, of: top, width: 40)) \(Int(plan.rounded()))\n"
            text += "\(String(repeating: " ", count: width))  weekday  \(Bar.render(base, of: top, width: 40)) \(Int(base.rounded()))\n"
        }
        return text
    }
}
