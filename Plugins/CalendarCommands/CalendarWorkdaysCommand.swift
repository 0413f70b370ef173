import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsShell

/// `calendar workdays --from 2026-12-28 --to 2027-01-06`: the days reps work in that span, under
/// the company's calendar (Saturdays, Sundays, national holidays and 12/29–1/3 off); `--all`
/// lists every day with why it is off. `--rep R01` leaves out that rep's own days off too
/// (`rep dayoff add`), shown with reason `rep` under `--all`.
struct CalendarWorkdaysCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "workdays", abstract: Message.calendarWorkdaysAbstract.text())
    }

    @Option(help: ArgumentHelp(Message.calendarFromHelp.text(), valueName: "date")) var from: String
    @Option(help: ArgumentHelp(Message.calendarToHelp.text(), valueName: "date")) var to: String
    @Option(help: ArgumentHelp(Message.calendarRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Flag(help: ArgumentHelp(Message.calendarAllHelp.text())) var all = false
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let start = try JapaneseDate.parse(typed: from, field: "--from")
        let end = try JapaneseDate.parse(typed: to, field: "--to")
        guard start <= end else { throw RoundsError(.usage, .calendarEndBeforeStart(from, to)) }
        // Outside these years the holidays are unknown, and a listing without them would mislead.
        for (option, date) in [("--from", start), ("--to", end)] where !JapaneseHolidays.supportedYears.contains(date.year) {
            throw RoundsError(.usage, .invalidField(option, date.description, .calendarYearRange))
        }
        var columns: [Listing.Column] = [.init("date", .calendarDateHeader), .init("weekday", .calendarWeekdayHeader)]
        if all { columns += [.init("workday", .calendarWorkdayHeader), .init("off", .calendarOffHeader)] }
        var table = Listing(columns: columns)
        var calendar = session.settings.rules.calendar
        if let rep {
            calendar.repDaysOff = Set(try session.store().daysOff(rep: rep, from: start, to: end).map(\.date))
        }
        for day in calendar.days(from: start, to: end) where all || day.off == nil {
            var row: [Cell] = [.text(day.date.description), .label(code: day.date.weekday.code, day.date.weekday.label)]
            if all { row += [.bool(day.off == nil), day.off.map { .label(code: $0.code, $0.label) } ?? .null] }
            table.append(row)
        }
        try session.emit(table, listing)
    }
}
