import ArgumentParser
import RoundsDomain
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// `plan baseline --month M`: each rep's month under the fixed weekday routine ("Tuesday means
/// customer B"), driven day by day — visits, driving, and the hours and windows it breaks.
struct PlanBaselineCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "baseline", abstract: Message.baselineAbstract.text(),
                             discussion: Message.baselineDiscussion.text())
    }

    @Option(help: ArgumentHelp(Message.baselineMonthHelp.text(), valueName: "YYYY-MM")) var month: String
    @Option(help: ArgumentHelp(Message.baselineRepHelp.text(), valueName: "rep-code")) var rep: String?
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let store = try session.store()
        let days = try Self.days(of: month)
        var reps = try store.reps()
        if let rep {
            reps = reps.filter { $0.code == rep }
            guard !reps.isEmpty else { throw RoundsError(.notFound, .baselineUnknownRep(rep)) }
        }
        var table = Listing(columns: [.init("rep", .baselineRepHeader), .init("customers", .baselineCustomersHeader, align: .right),
                                      .init("visits", .baselineVisitsHeader, align: .right),
                                      .init("travel_minutes", .baselineTravelHeader, align: .right),
                                      .init("minutes_per_visit", .baselinePerVisitHeader, align: .right),
                                      .init("late_windows", .baselineLateHeader, align: .right),
                                      .init("overtime_days", .baselineOvertimeHeader, align: .right),
                                      .init("late_lunches", .baselineLunchHeader, align: .right),
                                      .init("skipped", .baselineSkippedHeader)])
        for measure in try BaselineMeasure.measure(reps, days: days, store: store, session: session) {
            let minutes = measure.month.travel / 60
            let visits = measure.month.visits
            table.append([.text(measure.rep), .integer(measure.customers), .integer(visits), .integer(Int(minutes.rounded())),
                          visits > 0 ? .real((minutes / Double(visits) * 10).rounded() / 10) : .null,
                          .integer(measure.lateWindows), .integer(measure.overtimeDays), .integer(measure.lateLunches),
                          .text(measure.skipped.joined(separator: ","))])
        }
        try session.emit(table, listing)
    }

    /// Every day of `YYYY-MM`.
    static func days(of text: String) throws -> [CalendarDate] {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, let first = try? CalendarDate(year: parts[0], month: parts[1], day: 1) else {
            throw RoundsError(.usage, .invalidField("--month", text, .baselineMonthFormat))
        }
        var days = [first]
        while let next = days.last?.adding(days: 1), next.month == first.month { days.append(next) }
        return days
    }
}
