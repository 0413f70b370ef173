import Foundation
import ZIPFoundation

/// Writes a minimal Excel workbook: one sheet with the header in row 1 and a row per `write`.
/// Cells are text (inline strings, so rows stream to disk without a shared-string table), or
/// numbers in `.number` columns when they are plain numbers.
///
/// ```swift
/// var writer = try XLSXTableWriter(url: url, columns: ["顧客名", TableColumn("ポテンシャル", kind: .number)])
/// try writer.write(["山田商店", "1200000"])
/// try writer.finish()
/// ```
///
/// Text cells are never formulas in XLSX, so unlike CSV nothing needs neutralizing.
public struct XLSXTableWriter: TableWriter {
    public let columns: [TableColumn]
    private let target: URL
    private let sheetFile: TemporaryFile
    private let sheet: BufferedOutput
    private let references: [String]
    private let sheetName: String
    private var row = 0

    /// Excel opens no more rows than this.
    public static let maximumRows = 1_048_576

    /// `sheetName` is cut to the 31 characters Excel allows, without the characters it forbids.
    public init(url: URL, columns: [TableColumn], sheetName: String = "Sheet1") throws(ExchangeProblem) {
        precondition(columns.count <= 16_384, "Excel has 16,384 columns")
        self.columns = columns
        target = url
        sheetFile = TemporaryFile(beside: url, suffix: ".sheet")
        sheet = try BufferedOutput(to: sheetFile)
        references = columns.indices.map(XLSXCellReference.letters(ofColumn:))
        let cleaned = String(sheetName.filter { !"[]:*?/\\".contains($0) }.prefix(31))
        self.sheetName = cleaned.isEmpty ? "Sheet1" : cleaned
        try sheet.write(XLSXParts.sheetStart)
        try writeRow(columns.map(\.name), typed: false)
    }

    public mutating func write(_ cells: [String]) throws(ExchangeProblem) {
        precondition(cells.count == columns.count, "a row needs one cell per column")
        try writeRow(cells, typed: true)
    }

    private mutating func writeRow(_ cells: [String], typed: Bool) throws(ExchangeProblem) {
        row += 1
        guard row <= Self.maximumRows else {
            throw ExchangeProblem(file: target.relativePath, row: row, message: .tooManyRows(Self.maximumRows))
        }
        var xml = "<row r=\"\(row)\">"
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            let reference = "\(references[index])\(row)"
            if typed, columns[index].kind == .number, PlainNumber.isPlain(cell) {
                xml += "<c r=\"\(reference)\"><v>\(cell)</v></c>"
            } else {
                let space = cell.first?.isWhitespace == true || cell.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t\(space)>\(XLSXText.escape(cell))</t></is></c>"
            }
        }
        xml += "</row>"
        try sheet.write(xml)
    }

    public mutating func finish() throws(ExchangeProblem) {
        try sheet.write(XLSXParts.sheetEnd)
        try sheet.close()
        let zipFile = TemporaryFile(beside: target, suffix: ".zip")
        do {
            let archive = try Archive(url: zipFile.url, accessMode: .create)
            for (path, text) in XLSXParts.fixed(sheetName: XLSXText.attribute(sheetName)) {
                let data = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            try archive.addEntry(with: XLSXParts.sheetPath, fileURL: sheetFile.url, compressionMethod: .deflate)
        } catch {
            throw ExchangeProblem(file: target.relativePath, message: .cannotWrite(ChunkedInput.reason(error)), code: .io)
        }
        try zipFile.moveIntoPlace()
        sheetFile.remove()
    }
}
