import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `rank history C0001`: the customer's applied ranks month by month, with the rank each
/// replaced, why, who applied it and when.
struct RankHistoryCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "history", abstract: Message.rankHistoryAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.rankCustomerHelp.text(), valueName: "customer-code")) var code: String
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        var table = Listing(columns: [
            .init("month", .rankMonthHeader), .init("rank", .rankRankHeader), .init("previous", .rankPreviousHeader),
            .init("reason", .rankReasonHeader), .init("applied_by", .rankAppliedByHeader), .init("applied_at", .rankAppliedAtHeader),
        ])
        for entry in try session.store().rankHistory(code: code) {
            table.append([.text(entry.month), RankRun.cell(entry.rank), RankRun.cell(entry.previous),
                          .text(RankReason.line(entry.reasons)), .text(entry.appliedBy), .text(Timestamp.text(entry.appliedAt))])
        }
        try session.emit(table, listing)
    }
}
