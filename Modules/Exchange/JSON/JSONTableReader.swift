import Foundation

/// Reads a JSON array of objects as a table: each object is a row, the keys are the header (every
/// key of every object, in the order first seen), and a key an object lacks is an empty cell.
///
/// ```swift
/// // [{"code": "C001", "name": "山田商店"}, {"code": "C002", "rank": "A"}]
/// var reader = try JSONTableReader(url: url)
/// reader.header                 // ["code", "name", "rank"]
/// try reader.next()?.cells      // ["C001", "山田商店", ""]
/// ```
///
/// Strings, numbers (as written), `true`/`false` and null (an empty cell) are accepted as values.
/// The file is read twice, once for the keys and once for the rows, so memory stays flat. A row's
/// number is the line its object starts on.
public struct JSONTableReader: TableReader {
    public let header: [String]
    private let columns: [String: Int]
    private var scanner: JSONScanner<ChunkedInput>
    private var started = false
    private var finished = false

    public init(url: URL) throws(ExchangeProblem) {
        var keys: [String] = []
        var columns: [String: Int] = [:]
        var survey = JSONScanner(source: try ChunkedInput(url: url), file: url.relativePath)
        try Self.walk(&survey) { scanner throws(ExchangeProblem) in
            while let key = try scanner.nextKey() {
                if columns[key] == nil {
                    columns[key] = keys.count
                    keys.append(key)
                }
                _ = try scanner.value()
            }
        }
        guard !keys.isEmpty else { throw ExchangeProblem(file: url.relativePath, message: .emptyFile) }
        header = keys
        self.columns = columns
        scanner = JSONScanner(source: try ChunkedInput(url: url), file: url.relativePath)
    }

    public mutating func next() throws(ExchangeProblem) -> TableRow? {
        while !finished {
            do {
                guard try scanner.nextObject(first: !started) else {
                    finished = true
                    return nil
                }
            } catch {
                finished = true
                throw error
            }
            started = true
            let line = scanner.line
            var cells = [String](repeating: "", count: header.count)
            var seen = Set<Int>()
            var problem: ExchangeProblem?
            while let key = try scanner.nextKey() {
                let value = try scanner.value()
                guard problem == nil, let column = columns[key] else { continue }
                if !seen.insert(column).inserted {
                    problem = ExchangeProblem(file: scanner.file, row: line, column: key, message: .duplicateKey)
                } else if case let .text(text) = value {
                    cells[column] = text
                } else {
                    problem = ExchangeProblem(file: scanner.file, row: line, column: key, message: .nestedValue)
                }
            }
            // The object is read to its end first, so the next call starts at the next row.
            if let problem { throw problem }
            if !cells.allSatisfy(\.isEmpty) { return TableRow(number: line, cells: cells) }
        }
        return nil
    }

    public var progress: ReadProgress { scanner.progress }

    /// Checks the whole file is an array of objects, calling `object` inside each.
    private static func walk(_ scanner: inout JSONScanner<ChunkedInput>,
                             object: (inout JSONScanner<ChunkedInput>) throws(ExchangeProblem) -> Void) throws(ExchangeProblem) {
        var first = true
        while try scanner.nextObject(first: first) {
            first = false
            try object(&scanner)
        }
    }
}
