/// Writes a table file: the header is given when the writer is made, then rows one at a time,
/// then `finish()`. Until `finish()` succeeds the target file is untouched; a writer dropped
/// without finishing (after a problem, say) leaves nothing behind.
///
/// ```swift
/// var writer = try CSVTableWriter(url: url, columns: ["code", "name"], encoding: .cp932)
/// try writer.write(["C001", "山田商店"])
/// try writer.finish()
/// ```
public protocol TableWriter {
    /// Writes one row: one cell per column, in the columns' order.
    mutating func write(_ cells: [String]) throws(ExchangeProblem)

    /// Completes the file and puts it in place.
    mutating func finish() throws(ExchangeProblem)
}

/// A column to write. Numbers are typed as numbers where the format can say so (XLSX, JSON), so
/// Excel sums them; everything else is text.
///
/// ```swift
/// let columns: [TableColumn] = ["code", TableColumn("potential_yen", kind: .number)]
/// ```
public struct TableColumn: Sendable, Equatable, ExpressibleByStringLiteral {
    public enum Kind: Sendable, Equatable {
        case text
        /// Written as a number when the cell holds a plain decimal number (`-12`, `1234000`, `0.5`);
        /// a cell that does not (`00123`, `¥1,000`, empty) is still written as it is, as text.
        case number
    }

    public var name: String
    public var kind: Kind

    public init(_ name: String, kind: Kind = .text) {
        self.name = name
        self.kind = kind
    }

    public init(stringLiteral name: String) {
        self.init(name)
    }
}
