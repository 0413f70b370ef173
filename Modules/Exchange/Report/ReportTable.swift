/// A table of text cells: numbers arrive formatted (`ReportFormat`), so the renderers never
/// guess a unit. The first cell of each row names the row (a rep, a rank) and is its header.
///
/// ```swift
/// let table = ReportTable(
///     caption: "KPI by rep",
///     columns: [ReportTable.Column("Rep"), ReportTable.Column("Sales", alignment: .right)],
///     rows: [["R01 山田", "¥1,200,000"], ["R02 鈴木", "–"]],
///     footer: [["Total", "¥1,200,000"]])
/// ```
public struct ReportTable: Sendable {
    public enum Alignment: Sendable {
        case left, right, center
    }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment

        public init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var caption: String?
    public var columns: [Column]
    public var rows: [[String]]
    /// Totals below the rows, shaped like a row.
    public var footer: [[String]]

    public init(caption: String? = nil, columns: [Column], rows: [[String]], footer: [[String]] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    /// A row cut or padded with empty cells to the columns, so a short row never shifts the table.
    func shaped(_ row: [String]) -> [String] {
        Array(row.prefix(columns.count)) + Array(repeating: "", count: max(0, columns.count - row.count))
    }
}
