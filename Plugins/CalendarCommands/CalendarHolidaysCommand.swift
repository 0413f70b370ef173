import ArgumentParser
import RoundsDomain
import RoundsShell

/// `calendar holidays 2026`: the year's national holidays with their weekday and name, the
/// substitute and citizens' holidays included.
struct CalendarHolidaysCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "holidays", abstract: Message.calendarHolidaysAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.calendarYearHelp.text(), valueName: "year")) var year: Int
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        guard JapaneseHolidays.supportedYears.contains(year) else {
            throw RoundsError(.usage, .invalidField("year", String(year), .calendarYearRange))
        }
    }

    func run(in session: Session) throws {
        var table = Listing(columns: [.init("date", .calendarDateHeader), .init("weekday", .calendarWeekdayHeader),
                                      .init("name", .calendarNameHeader)])
        for holiday in JapaneseHolidays.holidays(in: year) {
            // CSV and JSON carry the official Japanese name, the one the Cabinet Office publishes.
            table.append([.text(holiday.date.description), .label(code: holiday.date.weekday.code, holiday.date.weekday.label),
                          .label(code: holiday.name.ja, holiday.name)])
        }
        try session.emit(table, listing)
    }
}
