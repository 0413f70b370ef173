import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsShell
import RoundsStorage

/// `export customers|reps|orders|deals|notes|visits|contacts FILE`: every row, each value written as
/// `import` reads it, so exporting and importing again changes nothing.
///
/// History records stream from a database cursor straight into the writer (`ExportStore`), so a
/// million orders never sit in memory; customers and reps, a few thousand at most, are read whole.
struct ExportCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: Message.exportAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.entityHelp.text(), valueName: Entity.choices)) var entity: String
    @Argument(help: ArgumentHelp(Message.fileHelp.text(), valueName: "file")) var file: String
    @Option(help: ArgumentHelp(Message.exportEncodingHelp.text(), valueName: "utf8|utf8-bom|sjis")) var encoding: String?
    @Option(help: ArgumentHelp(Message.formatHelp.text(), valueName: "csv|xlsx|json")) var format: String?
    @Flag(help: ArgumentHelp(Message.japaneseHeadersHelp.text())) var japaneseHeaders = false

    func run(in session: Session) throws {
        let entity = try Entity(parsing: entity)
        let format = try ExchangeOptions.format(format)
        let encoding = try ExchangeOptions.exportEncoding(encoding)
        let store = try session.store()
        var written = 0
        do {
            // The writer fills a temporary file, so a failed or cancelled export leaves no half file.
            var writer = try TableFormat.writer(for: URL(fileURLWithPath: file), format: format,
                                                columns: entity.columns(japanese: japaneseHeaders), encoding: encoding)
            var total = 0
            func expect(_ count: Int) { total = count }
            func write(_ row: [String]) throws {
                try writer.write(row)
                written += 1
                if written % 1000 == 0 {
                    try session.cancellation.check()
                    session.progress(.exportProgress(file), done: written, total: total)
                }
            }
            // History records come oldest first (`ExportStore`), the order they were written in.
            let all = HistoryQuery()
            switch entity {
            case .customers:
                let customers = try store.customers(CustomerQuery(includeArchived: true))
                expect(customers.count)
                for customer in customers { try write(CustomerTable.cells(customer)) }
            case .reps:
                let reps = try store.reps()
                expect(reps.count)
                for rep in reps { try write(RepTable.cells(rep)) }
            case .orders: try store.forEachOrder(all, total: expect) { try write(OrderTable.cells($0)) }
            case .deals: try store.forEachDeal(all, total: expect) { try write(DealTable.cells($0)) }
            case .notes: try store.forEachNote(all, total: expect) { try write(NoteTable.cells($0)) }
            case .visits: try store.forEachVisit(all, total: expect) { try write(VisitTable.cells($0)) }
            case .contacts: try store.forEachContact(all, total: expect) { try write(ContactTable.cells($0)) }
            }
            try writer.finish()
        } catch let error as ExchangeProblem {
            throw error.roundsError
        }
        session.out.line(Message.exported(file, written).text())
    }
}
