import Foundation
import RoundsDomain

/// Reads a CSV file row by row in UTF-8 (with or without a byte order mark) or Shift_JIS (CP932),
/// in chunks, so memory stays flat for files of any length.
///
/// ```swift
/// var reader = try CSVTableReader(url: URL(fileURLWithPath: "顧客.csv"), encoding: .auto)
/// reader.encoding                          // .cp932, say
/// while let row = try reader.next() { … }  // row.number is the row Excel shows
/// ```
///
/// A row with fewer values than the header, or with values right of the last header, is a
/// problem for that row (the header's trailing empty columns are dropped, so Excel's padded
/// `a,b,,` rows read fine). A cell that `CellSafety.neutralize` marked on export is restored.
public struct CSVTableReader: TableReader {
    public let header: [String]
    public let encoding: TextEncoding
    private var scanner: CSVRecordScanner
    /// The number of the last record read, as Excel numbers rows.
    private var row = 1
    private var finished = false

    public init(url: URL, encoding choice: TextEncodingChoice = .auto) throws(ExchangeProblem) {
        let encoding = try choice.resolve(for: url)
        var input = try ChunkedInput(url: url)
        if encoding == .utf8WithBOM {
            _ = try input.refill()
            input.position = TextEncoding.byteOrderMark.count
        }
        var scanner = CSVRecordScanner(input: input)
        guard try scanner.nextRecord(row: 1) else {
            throw ExchangeProblem(file: scanner.file, message: .emptyFile)
        }
        var header = try Self.cells(of: scanner, count: scanner.ends.count, encoding: encoding, row: 1, header: nil)
        while header.last?.isEmpty == true { header.removeLast() }
        guard !header.isEmpty else { throw ExchangeProblem(file: scanner.file, row: 1, message: .emptyFile) }
        self.header = header
        self.encoding = encoding
        self.scanner = scanner
    }

    public mutating func next() throws(ExchangeProblem) -> TableRow? {
        while !finished {
            row += 1
            do {
                guard try scanner.nextRecord(row: row) else {
                    finished = true
                    return nil
                }
            } catch {
                finished = true
                throw error
            }
            if scanner.bytes.isEmpty { continue }
            let count = scanner.ends.count
            let extra = count > header.count ? scanner.ends[count - 1] - scanner.ends[header.count - 1] : 0
            guard count >= header.count, extra == 0 else {
                throw ExchangeProblem(file: scanner.file, row: row, message: .raggedRow(values: count, columns: header.count))
            }
            return TableRow(number: row,
                            cells: try Self.cells(of: scanner, count: header.count, encoding: encoding, row: row, header: header))
        }
        return nil
    }

    public var progress: ReadProgress { scanner.progress }

    /// Decodes the first `count` fields of the scanner's current record.
    private static func cells(of scanner: CSVRecordScanner, count: Int, encoding: TextEncoding, row: Int,
                              header: [String]?) throws(ExchangeProblem) -> [String] {
        var cells: [String] = []
        cells.reserveCapacity(count)
        var start = 0
        for field in 0..<count {
            let end = scanner.ends[field]
            do {
                let text = try scanner.bytes.withUnsafeBufferPointer { bytes throws(TextCodingFailure) in
                    try encoding.decode(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                cells.append(CellSafety.restore(text))
            } catch {
                throw problem(error, encoding: encoding, scanner: scanner, field: field, fieldStart: start, row: row,
                              header: header)
            }
            start = end
        }
        return cells
    }

    private static func problem(_ failure: TextCodingFailure, encoding: TextEncoding, scanner: CSVRecordScanner, field: Int,
                                fieldStart: Int, row: Int, header: [String]?) -> ExchangeProblem {
        let column = header.map { field < $0.count ? $0[field] : nil } ?? nil
        guard case let .undecodableByte(byte, offset) = failure else {
            return ExchangeProblem(file: scanner.file, message: .cp932Unavailable, code: .io)
        }
        let index = fieldStart + offset
        return ExchangeProblem(file: scanner.file, row: row, column: column,
                               message: .undecodableByte(byte, offset: scanner.fileOffset(ofByte: index, inField: field),
                                                         line: scanner.line(ofByte: index),
                                                         encoding: encoding))
    }
}
