import ArgumentParser
import RoundsDomain

/// `review month MONTH`: what a sales meeting looks back on.
struct ReviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "review", abstract: Message.reviewAbstract.text(),
                             subcommands: [ReviewMonthCommand.self])
    }
}
