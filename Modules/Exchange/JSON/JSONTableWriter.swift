import Foundation

/// Writes a table as a pretty JSON array of objects, keys in column order, Japanese as is (not
/// `\u` escaped). Plain numbers in `.number` columns are JSON numbers, empty ones null; all else
/// is strings. `JSONTableReader` reads it back to the same cells.
///
/// ```swift
/// var writer = try JSONTableWriter(url: url, columns: ["code", TableColumn("potential_yen", kind: .number)])
/// try writer.write(["C001", "1200000"])
/// try writer.finish()
/// // [
/// //   {
/// //     "code": "C001",
/// //     "potential_yen": 1200000
/// //   }
/// // ]
/// ```
public struct JSONTableWriter: TableWriter {
    public let columns: [TableColumn]
    private let keys: [String]
    private let temporary: TemporaryFile
    private let output: BufferedOutput
    private var rows = 0

    public init(url: URL, columns: [TableColumn]) throws(ExchangeProblem) {
        self.columns = columns
        keys = columns.map { Self.quoted($0.name) }
        temporary = TemporaryFile(beside: url)
        output = try BufferedOutput(to: temporary)
        try output.write("[")
    }

    public mutating func write(_ cells: [String]) throws(ExchangeProblem) {
        precondition(cells.count == columns.count, "a row needs one cell per column")
        var object = rows == 0 ? "\n  {" : ",\n  {"
        for (index, cell) in cells.enumerated() {
            object += index == 0 ? "\n    " : ",\n    "
            object += keys[index] + ": "
            if columns[index].kind == .number, cell.isEmpty {
                object += "null"
            } else if columns[index].kind == .number, PlainNumber.isPlain(cell) {
                object += cell
            } else {
                object += Self.quoted(cell)
            }
        }
        object += cells.isEmpty ? "}" : "\n  }"
        rows += 1
        try output.write(object)
    }

    public mutating func finish() throws(ExchangeProblem) {
        try output.write(rows == 0 ? "]\n" : "\n]\n")
        try output.close()
        try temporary.moveIntoPlace()
    }

    /// A JSON string: quotes, backslashes and control characters escaped, nothing else (Japanese
    /// stays readable). The shell's listings write their strings with it too.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
