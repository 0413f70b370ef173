import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsShell
import RoundsStorage

/// `export customers|reps|orders|deals|notes|visits FILE`: every row, each value written as `import` reads it, so
/// exporting and importing again changes nothing.
struct ExportCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: Message.exportAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.entityHelp.text(), valueName: "customers|reps|orders|deals|notes|visits")) var entity: String
    @Argument(help: ArgumentHelp(Message.fileHelp.text(), valueName: "file")) var file: String
    @Option(help: ArgumentHelp(Message.exportEncodingHelp.text(), valueName: "utf8|utf8-bom|sjis")) var encoding: String?
    @Option(help: ArgumentHelp(Message.formatHelp.text(), valueName: "csv|xlsx|json")) var format: String?
    @Flag(help: ArgumentHelp(Message.japaneseHeadersHelp.text())) var japaneseHeaders = false

    func run(in session: Session) throws {
        let entity = try Entity(parsing: entity)
        let format = try ExchangeOptions.format(format)
        let encoding = try ExchangeOptions.exportEncoding(encoding)
        let store = try session.store()
        let rows: [[String]] = switch entity {
        case .customers: try store.customers(CustomerQuery(includeArchived: true)).map(CustomerTable.cells)
        case .reps: try store.reps().map(RepTable.cells)
        // Listings are newest first; files read oldest first, as they were written.
        case .orders: try store.orders(HistoryQuery()).reversed().map(OrderTable.cells)
        case .deals: try store.deals(HistoryQuery(), stages: nil).reversed().map(DealTable.cells)
        case .notes: try store.notes(HistoryQuery(), kind: nil).reversed().map(NoteTable.cells)
        case .visits: try store.visits(HistoryQuery(), status: nil).reversed().map(VisitTable.cells)
        }
        do {
            var writer = try TableFormat.writer(for: URL(fileURLWithPath: file), format: format,
                                                columns: entity.columns(japanese: japaneseHeaders), encoding: encoding)
            for (index, row) in rows.enumerated() {
                try writer.write(row)
                if index % 1000 == 999 {
                    try session.cancellation.check()
                    session.progress(.exportProgress(file), done: index + 1, total: rows.count)
                }
            }
            try writer.finish()
        } catch let error as ExchangeProblem {
            throw error.roundsError
        }
        session.out.line(Message.exported(file, rows.count).text())
    }
}
