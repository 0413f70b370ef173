import Foundation

/// Reads the first worksheet of an Excel `.xlsx` file row by row, streaming the sheet so memory
/// stays flat however many rows it has (only the shared-string table is held whole).
///
/// ```swift
/// var reader = try XLSXTableReader(url: URL(fileURLWithPath: "顧客.xlsx"))
/// while let row = try reader.next() { print(row.number, row.cells) }   // 2 ["C001", "山田商店"]
/// ```
///
/// Cells read as Excel shows them: shared and inline strings as text (furigana left out),
/// numbers as their digits, booleans as `TRUE`/`FALSE`, and numbers in a date or time style as
/// `2026-11-29`, `09:30` or `2026-11-29 09:30`. Cells Excel left out keep their column through
/// their `B3`-style references. The header is the first row with a value; row numbers are Excel's.
public struct XLSXTableReader: TableReader {
    public let header: [String]
    private let file: String
    private var sheet: XLSXSheetScanner

    public init(url: URL) throws(ExchangeProblem) {
        let package = try XLSXPackage(url: url)
        var sharedStrings: [String] = []
        if let part = package.sharedStringsPart {
            var scanner = try package.scanner(part)
            sharedStrings = try Self.sharedStrings(&scanner)
        }
        var styles = XLSXStyles()
        if let part = package.stylesPart {
            var scanner = try package.scanner(part)
            styles = try XLSXStyles.parse(&scanner)
        }
        var sheet = XLSXSheetScanner(
            scanner: XMLScanner(source: try package.sheetInput(), file: package.file, part: package.sheetPart),
            sharedStrings: sharedStrings, styles: styles, date1904: package.date1904)
        var first = try sheet.nextRow()
        while let row = first, row.cells.allSatisfy(\.isEmpty) { first = try sheet.nextRow() }
        guard var header = first?.cells else { throw ExchangeProblem(file: package.file, message: .emptyFile) }
        while header.last?.isEmpty == true { header.removeLast() }
        self.header = header
        self.file = package.file
        self.sheet = sheet
    }

    public mutating func next() throws(ExchangeProblem) -> TableRow? {
        while var row = try sheet.nextRow() {
            if row.cells.allSatisfy(\.isEmpty) { continue }
            if row.cells.count > header.count {
                if let extra = row.cells[header.count...].firstIndex(where: { !$0.isEmpty }) {
                    throw ExchangeProblem(file: file, row: row.number,
                                          message: .valueOutsideHeader(column: XLSXCellReference.letters(ofColumn: extra)))
                }
                row.cells.removeLast(row.cells.count - header.count)
            }
            row.cells += repeatElement("", count: header.count - row.cells.count)
            return row
        }
        return nil
    }

    public var progress: ReadProgress { sheet.progress }

    /// The `<si>` items in order; the text of each is its `<t>` runs, without the `<rPh>`
    /// readings Japanese Excel stores beside the text.
    private static func sharedStrings(_ scanner: inout XMLScanner<MemoryInput>) throws(ExchangeProblem) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inReading = false
        while let event = try scanner.next() {
            switch event {
            case .start("si", _): current = ""
            case .end("si"): strings.append(XLSXText.unescape(current))
            case .start("rPh", _): inReading = true
            case .end("rPh"): inReading = false
            case .start("t", _): inText = !inReading
            case .end("t"): inText = false
            case let .text(text) where inText: current += text
            default: break
            }
        }
        return strings
    }
}
