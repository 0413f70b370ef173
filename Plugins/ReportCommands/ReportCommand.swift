import ArgumentParser
import RoundsDomain

/// `report month MONTH`: the documents a manager takes to a meeting.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: Message.reportAbstract.text(),
                             subcommands: [ReportMonthCommand.self])
    }
}
