import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// `plan simulate --policy focus=8,develop=2 [--rep R|--all] [--from D] [--month]`: what-if for
/// the visit policy — each rep planned quickly under the changed policy, the hours it would need
/// against the hours the working days hold. Reads only: the draft plan and the visits stay.
///
/// ```
/// plan simulate --policy focus=6,maintain=0 --all --from 2026-12-01 --month
/// ```
struct PlanSimulateCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "simulate", abstract: Message.simulateAbstract.text(),
                             discussion: Message.simulateDiscussion.text())
    }

    @Option(help: ArgumentHelp(Message.simulatePolicyHelp.text(), valueName: "rank=visits,…")) var policy: String
    @Option(help: ArgumentHelp(Message.simulateRepHelp.text(), valueName: "rep-code")) var rep: [String] = []
    @Flag(help: ArgumentHelp(Message.planAllHelp.text())) var all = false
    @Option(help: ArgumentHelp(Message.simulateFromHelp.text(), valueName: "date")) var from: String = "today"
    @Flag(help: ArgumentHelp(Message.simulateMonthHelp.text())) var month = false
    @Option(help: ArgumentHelp(Message.simulateIterationsHelp.text(), valueName: "n")) var iterations: Int = 300
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        guard !(all && !rep.isEmpty) else { throw RoundsError(.usage, .simulateRepOrAll) }
        guard iterations >= 1 else { throw RoundsError(.usage, .invalidField("--iterations", String(iterations), .positiveMinutes)) }
        _ = try PolicyChange(parsing: policy)
    }

    func run(in session: Session) throws {
        let change = try PolicyChange(parsing: policy)
        let store = try session.store()
        let first = try JapaneseDate.parse(typed: from, field: "--from")
        let last = month ? first.adding(months: 1).adding(days: -1) : first.adding(days: 6)
        let inputs = try PlanInputs(store: store, reps: rep.isEmpty ? nil : rep, from: first, to: last)
        let rules = session.settings.rules
        let cancellation = session.cancellation
        let planner = VisitPlanner(from: first, to: last, policy: change.applied(to: rules.visitPolicy), calendar: rules.calendar,
                                   travel: rules.travel,
                                   options: PeriodSearch.Options(timeLimit: 600, iterationLimit: iterations, seed: 1,
                                                                 isCancelled: { cancellation.isRequested }))
        let total = inputs.periods.count
        let progress = PlanProgress(session: session)
        progress.report(done: 0, total: total)
        let plan = planner.plan(inputs.periods, daysOff: inputs.daysOff) { done in progress.report(done: done, total: total) }
        try cancellation.check()
        let reps = Dictionary(inputs.periods.map { ($0.rep.code, $0.rep) }, uniquingKeysWith: { a, _ in a })
        let loads = plan.reps.compactMap { repPlan in reps[repPlan.rep].map { PolicyLoad(repPlan, rep: $0) } }
            .sorted { $0.rep < $1.rep }
        try session.emit(Self.table(loads), listing)
    }

    static func table(_ loads: [PolicyLoad]) -> Listing {
        var table = Listing(columns: [
            .init("rep", .planRepHeader), .init("visits_asked", .simulateAskedHeader, align: .right),
            .init("visits_fit", .simulateFitHeader, align: .right), .init("hours_needed", .simulateNeededHeader, align: .right),
            .init("hours_available", .simulateAvailableHeader, align: .right),
            .init("load_percent", .simulateLoadHeader, align: .right), .init("bar", .simulateBarHeader),
        ])
        func row(_ load: PolicyLoad, name: Cell) -> [Cell] {
            [name, .integer(load.visitsAsked), .integer(load.visitsFit), .real(load.hoursNeeded), .real(load.hoursAvailable),
             .integer(Int((load.load * 100).rounded())), .text(Bar.render(load.load, of: 1, width: 10) + (load.load > 1 ? "+" : ""))]
        }
        for load in loads { table.append(row(load, name: .text(load.rep))) }
        if !loads.isEmpty {
            table.append(row(PolicyLoad.total(loads, label: "total"), name: .label(code: "total", .simulateTotal)))
        }
        return table
    }
}
