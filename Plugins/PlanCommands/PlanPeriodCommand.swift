import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// `plan week` and `plan month`: the same planning over seven days or a month.
struct PlanPeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Message.planRepHelp.text(), valueName: "rep-code")) var rep: [String] = []
    @Flag(help: ArgumentHelp(Message.planAllHelp.text())) var all = false
    @Option(help: ArgumentHelp(Message.planFromHelp.text(), valueName: "date")) var from: String?
    @Option(name: .customLong("time-limit"), help: ArgumentHelp(Message.planTimeLimitHelp.text(), valueName: "seconds"))
    var timeLimit: Double?
    @Option(help: ArgumentHelp(Message.planIterationsHelp.text(), valueName: "n")) var iterations: Int?
    @Option(help: ArgumentHelp(Message.planSeedHelp.text(), valueName: "n")) var seed: UInt64 = 1
    @Option(help: ArgumentHelp(Message.planBalanceHelp.text(), valueName: "seconds")) var balance: Double = PeriodSearch.Options.defaultBalance

    func validate() throws {
        guard all != !rep.isEmpty else { throw RoundsError(.usage, .planRepOrAll) }
        if let timeLimit, !(timeLimit > 0 && timeLimit <= 3600) {
            throw RoundsError(.usage, .invalidField("--time-limit", String(timeLimit), .planTimeLimitRange))
        }
        guard balance.isFinite, balance >= 0 else {
            throw RoundsError(.usage, .invalidField("--balance", String(balance), .planBalanceRange))
        }
        if let iterations, iterations < 1 {
            throw RoundsError(.usage, .invalidField("--iterations", String(iterations), .positiveMinutes))
        }
    }

    /// Plans `from` through `to`, with progress on a terminal, and stores the plan as the draft.
    func plan(in session: Session, from next: (CalendarDate) -> CalendarDate, to: (CalendarDate) -> CalendarDate,
              listing: ListingOptions) throws {
        let store = try session.store()
        let first = try from.map { try JapaneseDate.parse(typed: $0, field: "--from") } ?? next(CalendarDate.today())
        let last = to(first)
        var inputs = try PlanInputs(store: store, reps: all ? nil : rep, from: first, to: last)
        try inputs.weighRules(in: session, asOf: first)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let rounds = (inputs.periods.count + cores - 1) / max(1, cores)
        // The budget is wall-clock time for the whole plan; reps run one per core.
        let perRep = timeLimit.map { $0 / Double(max(1, rounds)) } ?? 4
        let cancellation = session.cancellation
        let rules = session.settings.rules
        let options = PeriodSearch.Options(timeLimit: perRep, iterationLimit: iterations, seed: seed, balanceWeight: balance,
                                           isCancelled: { cancellation.isRequested })
        let planner = VisitPlanner(from: first, to: last, policy: rules.visitPolicy, calendar: rules.calendar,
                                   travel: rules.travel, options: options)
        let total = inputs.periods.count
        let progress = PlanProgress(session: session)
        progress.report(done: 0, total: total)
        let plan = planner.plan(inputs.periods, daysOff: inputs.daysOff) { done in progress.report(done: done, total: total) }
        if cancellation.isRequested { session.out.error(Message.planStoppedEarly.text()) }
        try PlanDraft.save(plan, in: store, author: session.settings.user)
        try PlanSummary(plan).emit(in: session, listing)
    }
}

struct PlanMonthCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "month", abstract: Message.planMonthAbstract.text(),
                             discussion: Message.planPeriodDiscussion.text())
    }

    @OptionGroup var period: PlanPeriodOptions
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        // Without --from: next month.
        try period.plan(in: session, from: { try! CalendarDate(year: $0.year, month: $0.month, day: 1).adding(months: 1) },
                        to: { $0.adding(months: 1).adding(days: -1) }, listing: listing)
    }
}

struct PlanWeekCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "week", abstract: Message.planWeekAbstract.text(),
                             discussion: Message.planPeriodDiscussion.text())
    }

    @OptionGroup var period: PlanPeriodOptions
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        // Without --from: next Monday.
        try period.plan(in: session, from: { $0.adding(days: 8 - $0.weekday.rawValue) },
                        to: { $0.adding(days: 6) }, listing: listing)
    }
}

/// Progress from the planning threads, drawn one line at a time.
final class PlanProgress: @unchecked Sendable {
    private let session: Session
    private let lock = NSLock()

    init(session: Session) { self.session = session }

    func report(done: Int, total: Int) {
        lock.withLock { session.progress(.planProgress, done: done, total: total) }
    }
}
