import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// `plan show [--rep R] [--date D] [--why]`: the draft plan's visits, day by day in order, with
/// times — and with `--why`, the reasons each visit is there.
struct PlanShowCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Message.planShowAbstract.text())
    }

    @Option(help: ArgumentHelp(Message.planShowRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.planShowDateHelp.text(), valueName: "date")) var date: String?
    @Flag(help: ArgumentHelp(Message.planWhyHelp.text())) var why = false
    @Flag(help: ArgumentHelp(Message.planSummaryHelp.text())) var summary = false
    @Option(help: ArgumentHelp(Message.planShowLimitHelp.text(), valueName: "n")) var limit: Int?
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let store = try session.store()
        var plan = try PlanDraft.load(from: store)
        if let rep {
            plan.reps = plan.reps.filter { $0.rep == rep }
            guard !plan.reps.isEmpty else { throw RoundsError(.notFound, .planRepNotInPlan(rep)) }
        }
        if summary { return try PlanSummary(plan).emit(in: session, listing) }
        let day = try date.map { try JapaneseDate.parse(typed: $0, field: "--date") }
        var columns: [Listing.Column] = [
            .init("rep", .planRepHeader), .init("date", .planDateHeader), .init("seq", .planSeqHeader, align: .right),
            .init("customer", .planCustomerHeader), .init("name", .planNameHeader),
            .init("arrive", .planArriveHeader), .init("depart", .planDepartHeader),
            .init("drive_minutes", .planDriveHeader, align: .right),
        ]
        if why { columns.append(.init("why", .planWhyHeader)) }
        var table = Listing(columns: columns)
        let names = Dictionary(try store.customers(CustomerQuery()).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        for repPlan in plan.reps {
            for planDay in repPlan.days where day == nil || planDay.date == day {
                for (index, stop) in planDay.stops.enumerated() {
                    var row: [Cell] = [.text(repPlan.rep), .text(planDay.date.description), .integer(index + 1),
                                       .text(stop.customer), .optional(names[stop.customer]),
                                       .text(Clock.text(stop.serviceStart)), .text(Clock.text(stop.departure)),
                                       .integer(Int((stop.driveSeconds / 60).rounded()))]
                    if why { row.append(.text(stop.reasons.map { PlanWords.why($0).text() }.joined(separator: "; "))) }
                    if let limit, table.rows.count >= limit { break }
                    table.append(row)
                }
            }
        }
        try session.emit(table, listing)
    }
}

/// Seconds after midnight as `HH:MM`, rounded to the minute.
enum Clock {
    static func text(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
