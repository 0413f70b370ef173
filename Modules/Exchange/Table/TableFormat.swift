import Foundation

/// The file formats of `import` and `export`, told apart by the file's extension.
///
/// ```swift
/// var reader = try TableFormat.reader(for: URL(fileURLWithPath: "顧客.xlsx"))
/// var writer = try TableFormat.writer(for: URL(fileURLWithPath: "顧客.csv"), columns: ["code"],
///                                     encoding: .sjis)
/// ```
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, xlsx, json

    /// `.csv`, `.xlsx` or `.json`, in any case.
    public init?(url: URL) {
        switch url.pathExtension.lowercased() {
        case "csv": self = .csv
        case "xlsx": self = .xlsx
        case "json": self = .json
        default: return nil
        }
    }

    /// A reader for the file; `encoding` applies to CSV only (XLSX and JSON are UTF-8).
    public static func reader(for url: URL, format: TableFormat? = nil,
                              encoding: TextEncodingChoice = .auto) throws(ExchangeProblem) -> any TableReader {
        switch try resolve(format, url) {
        case .csv: try CSVTableReader(url: url, encoding: encoding)
        case .xlsx: try XLSXTableReader(url: url)
        case .json: try JSONTableReader(url: url)
        }
    }

    /// A writer for the file. For CSV, `.auto` writes UTF-8 with a byte order mark (what Excel
    /// opens correctly), `.utf8` plain UTF-8 and `.sjis` CP932.
    public static func writer(for url: URL, format: TableFormat? = nil, columns: [TableColumn],
                              encoding: TextEncodingChoice = .auto) throws(ExchangeProblem) -> any TableWriter {
        switch try resolve(format, url) {
        case .csv:
            let bytes: TextEncoding = switch encoding {
            case .auto: .utf8WithBOM
            case .utf8: .utf8
            case .sjis: .cp932
            }
            return try CSVTableWriter(url: url, columns: columns, encoding: bytes)
        case .xlsx:
            return try XLSXTableWriter(url: url, columns: columns)
        case .json:
            return try JSONTableWriter(url: url, columns: columns)
        }
    }

    private static func resolve(_ format: TableFormat?, _ url: URL) throws(ExchangeProblem) -> TableFormat {
        guard let format = format ?? TableFormat(url: url) else {
            throw ExchangeProblem(file: url.relativePath, message: .unknownFormat(url.pathExtension))
        }
        return format
    }
}
