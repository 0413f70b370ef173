import Foundation
import RoundsDomain
import RoundsExchange
import RoundsShell

/// An import file opened and its header matched, read one row at a time so a million-row file
/// never sits in memory as text.
struct ImportInput {
    let file: String
    private var reader: any TableReader
    private let columns: ResolvedColumns

    /// Opens the file and matches its header; header problems go to `problems` and give nil.
    /// A file that cannot be read at all throws.
    static func open(file: String, fields: [FieldSpec], format: TableFormat?, encoding: TextEncodingChoice, map: String?,
                     problems: inout ProblemCollector) throws(RoundsError) -> ImportInput? {
        let url = URL(fileURLWithPath: file)
        let reader: any TableReader
        let mapping: ColumnMapping
        do {
            let mappingFile = try map.map { path throws(ExchangeProblem) in try MappingFile.load(from: URL(fileURLWithPath: path)) }
            reader = try TableFormat.reader(for: url, format: format, encoding: encoding)
            do {
                mapping = try ColumnMapping(fields: fields, mappingFile: mappingFile)
            } catch {
                problems.record(error)
                return nil
            }
        } catch {
            throw error.roundsError
        }
        let columns: ResolvedColumns
        do {
            columns = try mapping.resolve(reader.header, file: file)
        } catch {
            problems.record(error)
            return nil
        }
        return ImportInput(file: file, reader: reader, columns: columns)
    }

    /// Calls `body` with each row's cells; problems of reading or of `body` go to `problems`, and
    /// `onProblem` hears of them before the next row (to stop writing). On a terminal, how much of the file
    /// is read shows as a percentage (the number of rows is unknown until the end).
    mutating func forEachRow(session: Session, problems: inout ProblemCollector, onProblem: () -> Void = {},
                             _ body: (inout CellReader) throws -> Void) throws {
        var count = 0
        var shown = -1
        while true {
            if !problems.isEmpty { onProblem() }
            let row: TableRow
            do {
                guard let next = try reader.next() else { break }
                row = next
            } catch {
                problems.record(error)
                continue
            }
            var cells = CellReader(file: file, columns: columns, row: row)
            try body(&cells)
            for problem in cells.problems { problems.record(problem) }
            count += 1
            if count % 1000 == 0 {
                try session.cancellation.check()
                let progress = reader.progress
                if progress.total > 0, progress.percent != shown {
                    shown = progress.percent
                    session.progress(.importProgress(file), done: shown, total: 100)
                }
            }
        }
        // The last rows end between two updates: the bar ends full once the file is read.
        if shown >= 0 { session.progress(.importProgress(file), done: 100, total: 100) }
        if !problems.isEmpty { onProblem() }
    }
}
