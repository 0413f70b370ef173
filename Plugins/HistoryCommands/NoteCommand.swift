import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `note add|list`: what was learned about a customer — competitors, requests, anything else.
struct NoteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "note", abstract: Message.noteAbstract.text(), subcommands: [Add.self, List.self])
    }

    struct Add: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.noteAddAbstract.text(), discussion: Message.noteAddDiscussion.text())
        }

        @Argument(help: ArgumentHelp(Message.customerHelp.text(), valueName: "customer-code")) var customer: String
        @Argument(help: ArgumentHelp(Message.noteTextHelp.text(), valueName: "text")) var text: String
        @Option(help: ArgumentHelp(Message.kindHelp.text(), valueName: "competitor|request|general")) var kind: String?
        @Option(help: ArgumentHelp(Message.noteTagsHelp.text(), valueName: "tag,…")) var tags: String?
        @Option(help: ArgumentHelp(Message.noteDateHelp.text(), valueName: "date")) var date: String?

        func run(in session: Session) throws {
            let kind = try kind.map { text throws(RoundsError) in try NoteKind(parsing: text) } ?? .general
            let note = Note(customer: customer, kind: kind, date: try Parse.date(date, field: "date") ?? .today(), text: text,
                            tags: tags.map(Customer.tags(parsing:)) ?? [])
            let saved = try session.store().addNote(note, author: session.settings.user)
            session.out.line(Message.noteAdded(saved.id ?? 0, saved.customer, saved.kind.label).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.noteListAbstract.text()) }

        @OptionGroup var filters: HistoryFilters
        @Option(help: ArgumentHelp(Message.kindFilterHelp.text(), valueName: "competitor|request|general")) var kind: String?
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let kind = try kind.map { text throws(RoundsError) in try NoteKind(parsing: text) }
            var table = Listing(columns: [
                .init("id", .idHeader, align: .right), .init("date", .dateHeader), .init("customer", .customerHeader),
                .init("kind", .kindHeader), .init("text", .noteTextHeader), .init("tags", .tagsHeader),
                .init("author", .authorHeader),
            ])
            for note in try session.store().notes(try filters.query(), kind: kind) {
                table.append([
                    .integer(note.id ?? 0), .text(note.date.description), .text(note.customer),
                    .label(code: note.kind.rawValue, note.kind.label), .text(note.text), .text(note.tags.joined(separator: ",")),
                    .optional(note.author),
                ])
            }
            try session.emit(table, listing)
        }
    }
}
