import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsShell

/// `rep dayoff add|remove|list`: a rep's own days off (休暇), which visit planning and
/// `calendar workdays --rep` leave out.
///
/// ```
/// rep dayoff add R01 2026-12-24..2026-12-28 --note 有給
/// rep dayoff remove R01 2026-12-25
/// rep dayoff list R01 --from 2026-12-01 --to 2026-12-31 --format json
/// ```
struct RepDayOffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "dayoff", abstract: Message.repDayOffAbstract.text(),
                             subcommands: [Add.self, Remove.self, List.self])
    }

    struct Add: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: Message.repDayOffAddAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.repCodeHelp.text(), valueName: "rep-code")) var rep: String
        @Argument(help: ArgumentHelp(Message.dayOffDaysHelp.text(), valueName: "date[..date]")) var days: String
        @Option(help: ArgumentHelp(Message.dayOffNoteHelp.text(), valueName: "text")) var note: String?

        func run(in session: Session) throws {
            let dates = try DaySpan.dates(parsing: days, field: "date")
            let added = try session.store().addDaysOff(rep: rep, dates: dates, note: note.flatMap(\.nilIfEmpty), author: session.settings.user)
            session.out.line(Message.daysOffAdded(rep, added, dates.count - added).text())
        }
    }

    struct Remove: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "remove", abstract: Message.repDayOffRemoveAbstract.text())
        }

        @Argument(help: ArgumentHelp(Message.repCodeHelp.text(), valueName: "rep-code")) var rep: String
        @Argument(help: ArgumentHelp(Message.dayOffDaysHelp.text(), valueName: "date[..date]")) var days: String

        func run(in session: Session) throws {
            let dates = try DaySpan.dates(parsing: days, field: "date")
            let removed = try session.store().removeDaysOff(rep: rep, dates: dates, author: session.settings.user)
            session.out.line(Message.daysOffRemoved(rep, removed, dates.count - removed).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: Message.repDayOffListAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.dayOffRepFilterHelp.text(), valueName: "rep-code")) var rep: String?
        @Option(help: ArgumentHelp(Message.dayOffFromHelp.text(), valueName: "date")) var from: String?
        @Option(help: ArgumentHelp(Message.dayOffToHelp.text(), valueName: "date")) var to: String?
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let start = try from.map { text throws(RoundsError) in try JapaneseDate.parse(typed: text, field: "--from") }
            let end = try to.map { text throws(RoundsError) in try JapaneseDate.parse(typed: text, field: "--to") }
            var table = Listing(columns: [
                .init("rep", .repHeader), .init("date", .dayOffDateHeader), .init("weekday", .dayOffWeekdayHeader),
                .init("note", .dayOffNoteHeader),
            ])
            for day in try session.store().daysOff(rep: rep, from: start, to: end) {
                table.append([.text(day.rep), .text(day.date.description), .label(code: day.date.weekday.code, day.date.weekday.label),
                              .optional(day.note)])
            }
            try session.emit(table, listing)
        }
    }
}

/// A day or a span of days as typed: `2026-12-24`, `2026-12-24..2026-12-28` (both ends included,
/// a year at most), each end in any form `JapaneseDate.parse(typed:field:)` reads.
enum DaySpan {
    static func dates(parsing text: String, field: String) throws(RoundsError) -> [CalendarDate] {
        let ends = text.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(ends.count), ends.allSatisfy({ !$0.isEmpty }) else {
            throw RoundsError(.invalidValue, .invalidField(field, text, .daySpanFormat))
        }
        let first = try JapaneseDate.parse(typed: ends[0], field: field)
        let last = try JapaneseDate.parse(typed: ends[ends.count - 1], field: field)
        guard first <= last else { throw RoundsError(.invalidValue, .invalidField(field, text, .daySpanEndBeforeStart)) }
        guard last.days(since: first) < 366 else { throw RoundsError(.invalidValue, .invalidField(field, text, .daySpanTooLong)) }
        return (0...last.days(since: first)).map { first.adding(days: $0) }
    }
}
