import Foundation
import ArgumentParser
import RoundsDomain
import RoundsShell

struct RepCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rep", abstract: Message.repAbstract.text(), subcommands: [Add.self, Edit.self, List.self, RepDayOffCommand.self])
    }

    /// The rep options `rep add` and `rep edit` share.
    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp(Message.repNameHelp.text(), valueName: "name")) var name: String?
        @Option(help: ArgumentHelp(Message.kanaHelp.text(), valueName: "reading")) var kana: String?
        @Option(help: ArgumentHelp(Message.startHelp.text(), valueName: "lat,lon")) var start: String?
        @Option(help: ArgumentHelp(Message.endHelp.text(), valueName: "lat,lon")) var end: String?
        @Option(help: ArgumentHelp(Message.hoursHelp.text(), valueName: "HH:MM-HH:MM")) var hours: String?
        @Option(help: ArgumentHelp(Message.lunchHelp.text(), valueName: "HH:MM-HH:MM[/min]|none")) var lunch: String?
        @Option(help: ArgumentHelp(Message.teamHelp.text(), valueName: "team")) var team: String?

        func apply(to rep: inout Rep) throws(RoundsError) {
            if let name { rep.name = name }
            if let kana { rep.nameKana = kana.nilIfEmpty }
            if let start { rep.start = start.isEmpty ? nil : try Coordinate(parsing: start, field: "start") }
            if let end { rep.end = end.isEmpty ? nil : try Coordinate(parsing: end, field: "end") }
            if let hours { rep.workingHours = try TimeWindow(parsing: hours, field: "hours") }
            if let lunch { rep.lunch = lunch.isEmpty || lunch == "none" ? nil : try LunchBreak(parsing: lunch) }
            if let team { rep.team = team.trimmingCharacters(in: .whitespaces).nilIfEmpty }
        }
    }

    struct Add: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: Message.repAddAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.newCodeHelp.text(), valueName: "code")) var code: String
        @OptionGroup var fields: Fields

        func run(in session: Session) throws {
            guard fields.name != nil else { throw RoundsError(.usage, .requiredField("--name")) }
            var rep = Rep(code: code, name: "")
            try fields.apply(to: &rep)
            let saved = try session.store().addRep(rep, author: session.settings.user)
            session.out.line(Message.repAdded(saved.code, saved.name).text())
        }
    }

    struct Edit: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: Message.repEditAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.repCodeHelp.text(), valueName: "rep-code")) var code: String
        @OptionGroup var fields: Fields

        func run(in session: Session) throws {
            let saved = try session.store().updateRep(code: code, author: session.settings.user) { rep in
                try fields.apply(to: &rep)
            }
            session.out.line(Message.repUpdated(saved.code).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: Message.repListAbstract.text()) }

        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            var table = Listing(columns: [
                .init("code", .codeHeader), .init("name", .repNameHeader), .init("name_kana", .kanaHeader),
                .init("start", .startHeader), .init("end", .endHeader), .init("hours", .hoursHeader), .init("lunch", .lunchHeader),
                .init("team", .teamHeader),
            ])
            for rep in try session.store().reps() {
                table.append([.text(rep.code), .text(rep.name), .optional(rep.nameKana), .optional(rep.start?.description),
                              .optional(rep.end?.description), .text(rep.workingHours.description), .optional(rep.lunch?.description),
                              .optional(rep.team)])
            }
            try session.emit(table, listing)
        }
    }
}
