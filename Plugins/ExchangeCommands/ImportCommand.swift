import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsShell
import RoundsStorage

/// `import customers|reps|orders|deals|notes|visits|contacts FILE`: all rows or none, in one transaction.
/// Customers and reps are read and checked first; history rows are written while the file is
/// read (a million orders never sit in memory) and rolled back if any row has a problem.
struct ImportCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: Message.importAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.entityHelp.text(), valueName: Entity.choices)) var entity: String
    @Argument(help: ArgumentHelp(Message.fileHelp.text(), valueName: "file")) var file: String
    @Option(help: ArgumentHelp(Message.mapHelp.text(), valueName: "mapping.yaml")) var map: String?
    @Flag(help: ArgumentHelp(Message.dryRunHelp.text())) var dryRun = false
    @Option(help: ArgumentHelp(Message.importEncodingHelp.text(), valueName: "auto|utf8|sjis")) var encoding: String?
    @Option(help: ArgumentHelp(Message.formatHelp.text(), valueName: "csv|xlsx|json")) var format: String?

    func run(in session: Session) throws {
        let entity = try Entity(parsing: entity)
        let format = try ExchangeOptions.format(format)
        let encoding = try ExchangeOptions.importEncoding(encoding)
        let store = try session.store()
        var problems = ProblemCollector(limit: 20)
        guard var input = try ImportInput.open(file: file, fields: entity.fields, format: format, encoding: encoding, map: map,
                                          problems: &problems) else {
            throw failure(problems, session: session)
        }
        let author = session.settings.user
        let summary: ImportSummary
        switch entity {
        case .customers:
            let customers = try RowChecks.customers(&input, store: store, session: session, problems: &problems)
            guard problems.isEmpty else { throw failure(problems, session: session) }
            summary = try store.importCustomers(customers, author: author, dryRun: dryRun)
        case .reps:
            let reps = try RowChecks.reps(&input, session: session, problems: &problems)
            guard problems.isEmpty else { throw failure(problems, session: session) }
            summary = try store.importReps(reps, author: author, dryRun: dryRun)
        // History rows are written as they are read; a problem rolls them back, reported here.
        case .orders:
            let rows = try HistoryImport(store: store)
            summary = try store.importRows(author: author, dryRun: dryRun) { writer in
                try rows.orders(&input, writer: writer, session: session, problems: &problems)
            }
        case .deals, .notes, .visits, .contacts:
            let rows = try HistoryImport(store: store)
            summary = try store.importRows(author: author, dryRun: dryRun) { writer in
                try rows.records(entity, &input, rules: session.settings.rules, writer: writer, session: session, problems: &problems)
            }
        }
        guard problems.isEmpty else { throw failure(problems, session: session) }
        guard dryRun else {
            session.out.line(Message.imported(file, summary).text())
            return
        }
        session.out.line(Message.wouldImport(file, summary).text())
        for change in summary.samples {
            session.out.line((change.action == .added ? Message.wouldAdd(change.code) : Message.wouldUpdate(change.code)).text())
        }
    }

    /// Prints every problem on standard error and gives the error that sets the exit status.
    private func failure(_ problems: ProblemCollector, session: Session) -> RoundsError {
        session.out.error(problems.report())
        return RoundsError(.invalidValue, .importFailed(file, problems.count))
    }
}
