import ArgumentParser
import RoundsDomain

/// `rank …`: propose each customer's rank from its sales, growth and untapped potential
/// (`compute`), see who moves (`diff`), keep the month's ranks (`apply`) and read a customer's
/// past ranks (`history`).
struct RankCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rank", abstract: Message.rankAbstract.text(), discussion: Message.rankDiscussion.text(),
                             subcommands: [RankComputeCommand.self, RankDiffCommand.self, RankApplyCommand.self,
                                           RankHistoryCommand.self])
    }
}
