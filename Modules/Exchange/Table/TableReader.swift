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

    /// How far through its bytes the reader is: what a progress bar can show while the number of
    /// rows is unknown. For XLSX these are the bytes of the unpacked sheet, for JSON of the second
    /// pass (the first, which collects the keys, is not counted).
    var progress: ReadProgress { get }
}

/// Bytes read of bytes in all.
///
/// ```swift
/// ReadProgress(read: 512, total: 2048).percent   // 25
/// ```
public struct ReadProgress: Sendable, Equatable {
    public var read: Int
    public var total: Int

    public init(read: Int, total: Int) {
        self.read = read
        self.total = total
    }

    /// 0 to 100; 100 for an empty file.
    public var percent: Int { total > 0 ? min(100, read * 100 / total) : 100 }
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
