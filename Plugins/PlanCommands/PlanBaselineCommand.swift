import ArgumentParser
import RoundsDomain
import RoundsPlanning
import RoundsRouting
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
        let calendar = session.settings.rules.calendar
        var table = Listing(columns: [.init("rep", .baselineRepHeader), .init("customers", .baselineCustomersHeader, align: .right),
                                      .init("visits", .baselineVisitsHeader, align: .right),
                                      .init("travel_minutes", .baselineTravelHeader, align: .right),
                                      .init("minutes_per_visit", .baselinePerVisitHeader, align: .right),
                                      .init("late_windows", .baselineLateHeader, align: .right),
                                      .init("overtime_days", .baselineOvertimeHeader, align: .right),
                                      .init("late_lunches", .baselineLunchHeader, align: .right),
                                      .init("skipped", .baselineSkippedHeader)])
        for rep in reps {
            guard let start = rep.start else {
                session.out.error(Message.baselineRepWithoutStart(rep.code).text())
                continue
            }
            let all = try store.customers(CustomerQuery(filter: .compare(field: "rep", .equal, .text(rep.code))))
                .filter { $0.status == .active }
            let placed = all.filter { $0.location != nil }
            let places = [start, rep.end ?? start] + placed.map { $0.location! }
            let matrix = TravelModel(session.settings.rules.travel, rep: rep.code).matrix(places)
            let month = WeekdayBaseline.run(
                rep: WeekdayBaseline.Rep(start: start, shift: TimeSpan(rep.workingHours), lunch: rep.lunch.map(Break.init)),
                customers: placed.map { WeekdayRoutine.Customer(code: $0.code, location: $0.location!, rank: $0.rank, closedDays: $0.closedDays) },
                stops: placed.enumerated().map { index, customer in
                    Stop(node: index + 2, label: customer.code, serviceTime: Double(customer.serviceMinutes * 60),
                         windows: customer.timeWindows.map(TimeSpan.init))
                },
                days: days, isWorkday: calendar.isWorkday,
                travel: { from, to in matrix[from.map { $0 + 2 } ?? 0, to.map { $0 + 2 } ?? 1] })
            let late = month.violations.filter { if case .lateForWindow = $0.violation { true } else { false } }.count
            let overtime = Set(month.violations.compactMap { if case .overtime = $0.violation { $0.date } else { nil } }).count
            let lunches = month.violations.filter { if case .lateLunch = $0.violation { true } else { false } }.count
            let minutes = month.travel / 60
            table.append([.text(rep.code), .integer(all.count), .integer(month.visits), .integer(Int(minutes.rounded())),
                          month.visits > 0 ? .real((minutes / Double(month.visits) * 10).rounded() / 10) : .null,
                          .integer(late), .integer(overtime), .integer(lunches),
                          .text(all.filter { $0.location == nil }.map(\.code).joined(separator: ","))])
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
