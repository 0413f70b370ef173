import Foundation
import RoundsDomain

/// Writes a CSV file that Excel opens safely: CRLF line ends, fields quoted only when needed, and
/// cells that Excel would run as formulas neutralized (`CellSafety`), which `CSVTableReader`
/// undoes, so export then import gives back the same values.
///
/// ```swift
/// var writer = try CSVTableWriter(url: url, columns: ["顧客コード", "顧客名"], encoding: .cp932)
/// try writer.write(["C001", "①髙橋商店"])
/// try writer.finish()
/// ```
///
/// UTF-8 with a byte order mark is the default: Excel opens it without garbling Japanese and it
/// holds every character. In CP932 a character it lacks (〜 U+301C, emoji) is a problem naming the
/// row and column; nothing is replaced.
public struct CSVTableWriter: TableWriter {
    public let columns: [TableColumn]
    public let encoding: TextEncoding
    private let temporary: TemporaryFile
    private let output: BufferedOutput
    private var line: [UInt8] = []
    private var row = 0

    public init(url: URL, columns: [TableColumn], encoding: TextEncoding = .utf8WithBOM) throws(ExchangeProblem) {
        self.columns = columns
        self.encoding = encoding
        temporary = TemporaryFile(beside: url)
        output = try BufferedOutput(to: temporary)
        if encoding == .utf8WithBOM { try output.write(TextEncoding.byteOrderMark) }
        try write(columns.map(\.name))
    }

    public mutating func write(_ cells: [String]) throws(ExchangeProblem) {
        precondition(cells.count == columns.count, "a row needs one cell per column")
        row += 1
        line.removeAll(keepingCapacity: true)
        for (index, cell) in cells.enumerated() {
            if index > 0 { line.append(.comma) }
            do {
                try encoding.encode(CSVWriter.field(CellSafety.neutralize(cell)), into: &line)
            } catch {
                throw ExchangeProblem(file: temporary.file, row: row, column: columns[index].name,
                                      message: error.exportMessage(encoding: encoding),
                                      code: error == .unsupported ? .io : .invalidValue)
            }
        }
        line.append(.carriageReturn)
        line.append(.lineFeed)
        try output.write(line)
    }

    public mutating func finish() throws(ExchangeProblem) {
        try output.close()
        try temporary.moveIntoPlace()
    }
}

extension TextCodingFailure {
    /// What to tell the user when a value cannot be written.
    func exportMessage(encoding: TextEncoding) -> Message {
        switch self {
        case let .unencodable(character): .unencodable(character, encoding: encoding)
        case .unsupported, .undecodableByte: .cp932Unavailable
        }
    }
}
