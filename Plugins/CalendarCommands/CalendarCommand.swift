import ArgumentParser
import RoundsDomain

/// `calendar holidays|workdays`: which days are holidays, and which days reps work.
struct CalendarCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "calendar", abstract: Message.calendarAbstract.text(),
                             subcommands: [CalendarHolidaysCommand.self, CalendarWorkdaysCommand.self])
    }
}
