/// Rows of a table file, one at a time, whatever its format: memory stays flat however long the
/// file is.
///
/// ```swift
/// var reader = try CSVTableReader(url: url)
/// print(reader.header)                  // ["顧客コード", "顧客名"]
/// while let row = try reader.next() {
///     print(row.number, row.cells)      // 2 ["C001", "山田商店"]
/// }
/// ```
///
/// Every row has exactly `header.count` cells. A problem with one row (a ragged row, a byte that
/// cannot be decoded) is thrown from `next()` with that row consumed, so a caller that collects
/// problems can call `next()` again to go on; after a problem with the file itself it returns nil.
public protocol TableReader {
    /// The column names from the file's first row (CSV, XLSX) or its keys (JSON), without trailing
    /// empty ones.
    var header: [String] { get }

    /// The next row that holds any value; rows with every cell empty are skipped.
    mutating func next() throws(ExchangeProblem) -> TableRow?
}

/// One row of values, numbered as the user finds it: the row number Excel shows for CSV and
/// XLSX (the header is row 1), the line the object starts on for JSON.
public struct TableRow: Sendable, Equatable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }
}
