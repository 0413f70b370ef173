import ArgumentParser
import RoundsDomain
import RoundsShell

/// `rank compute [--as-of 2026-10-31] [--rep R01] [--changed]`: every customer's proposed rank
/// with its ABC class, sales, growth, potential and the reason in words. Nothing is saved.
struct RankComputeCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "compute", abstract: Message.rankComputeAbstract.text(),
                             discussion: Message.rankComputeDiscussion.text())
    }

    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp(Message.rankRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Flag(help: ArgumentHelp(Message.rankChangedHelp.text())) var changed = false
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let run = try RankRun(asOf: try asOf.day(), in: session)
        var table = Listing(columns: [
            .init("code", .rankCodeHeader), .init("name", .rankNameHeader), .init("rep", .rankRepHeader),
            .init("current", .rankCurrentHeader), .init("proposed", .rankProposedHeader), .init("class", .rankClassHeader),
            .init("sales", .rankSalesHeader, align: .right), .init("growth_percent", .rankGrowthHeader, align: .right),
            .init("potential", .rankPotentialHeader, align: .right), .init("reason", .rankReasonHeader),
        ])
        // Most customers share a handful of reasons (their class): each is worded once.
        var wording: [[RankReason]: String] = [:]
        // The ABC class is the whole company's: filtering happens after ranking, never before.
        for proposal in run.proposals where rep.map({ $0 == proposal.figures.rep }) ?? true {
            if changed, proposal.movement == .same { continue }
            let figures = proposal.figures
            let reason = wording[proposal.reasons] ?? RankReason.line(proposal.reasons)
            wording[proposal.reasons] = reason
            table.append([.text(figures.code), .text(figures.name), .optional(figures.rep), RankRun.cell(figures.currentRank),
                          RankRun.cell(proposal.rank), .text(proposal.abcClass.rawValue), .yen(figures.salesYen),
                          figures.growth.map { .integer(Int(($0 * 100).rounded())) } ?? .null, .yen(figures.potentialYen),
                          .text(reason)])
        }
        try session.emit(table, listing)
    }
}
