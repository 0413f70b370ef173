import ArgumentParser
import RoundsDomain
import RoundsShell

/// `rank diff [--as-of D]`: only the customers whose proposed rank differs from their current
/// one, up ↑ or down ↓ (or given a first rank), with why, then one line of counts.
struct RankDiffCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "diff", abstract: Message.rankDiffAbstract.text())
    }

    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp(Message.rankRepHelp.text(), valueName: "rep-code")) var rep: String?
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let run = try RankRun(asOf: try asOf.day(), in: session)
        var table = Listing(columns: [
            .init("code", .rankCodeHeader), .init("name", .rankNameHeader), .init("rep", .rankRepHeader),
            .init("move", .rankMoveHeader), .init("from", .rankCurrentHeader), .init("to", .rankProposedHeader),
            .init("reason", .rankReasonHeader),
        ])
        var counts: [RankProposal.Movement: Int] = [:]
        for proposal in run.proposals where rep.map({ $0 == proposal.figures.rep }) ?? true {
            counts[proposal.movement, default: 0] += 1
            guard proposal.movement != .same else { continue }
            let figures = proposal.figures
            table.append([.text(figures.code), .text(figures.name), .optional(figures.rep),
                          .label(code: proposal.movement.rawValue, .rankMove(proposal.movement)), RankRun.cell(figures.currentRank),
                          RankRun.cell(proposal.rank), .text(RankReason.line(proposal.reasons))])
        }
        try session.emit(table, listing)
        // CSV and JSON stay pure data; the counts are for people reading the table.
        if session.format(listing) == .table, !listing.count, listing.only == nil {
            try session.emit(text: Message.rankDiffSummary(up: counts[.up] ?? 0, down: counts[.down] ?? 0, new: counts[.new] ?? 0,
                                                           same: counts[.same] ?? 0).text() + "\n", listing)
        }
    }
}
