import Foundation
import RoundsDomain

/// Rows for the user: rendered as an aligned table, CSV or JSON by one renderer, so every
/// listing command gets `--format` and `--output` without code of its own.
///
/// ```swift
/// var listing = Listing(columns: [.init("code", .code), .init("potential", .potential, align: .right)])
/// listing.append([.text("C0001"), .yen(1_200_000)])
/// try session.emit(listing, options)
/// ```
public struct Listing: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        /// The machine name: CSV header and JSON key, never translated.
        public let key: String
        /// The table header, in the session's language.
        public let header: Message
        public let align: Alignment

        public init(_ key: String, _ header: Message, align: Alignment = .left) {
            self.key = key
            self.header = header
            self.align = align
        }
    }

    public var columns: [Column]
    public var rows: [[Cell]] = []

    public init(columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "row width differs from the columns")
        rows.append(row)
    }
}

/// One value in a listing: typed, so CSV and JSON keep numbers as numbers while the table
/// prints yen as ¥1,234 and ranks in the session's language.
public enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case yen(Int)
    case real(Double)
    case bool(Bool)
    /// A translated label with its stable code: the table shows the label, CSV and JSON the code.
    case label(code: String, Message)
    /// A share or rate as a fraction: a table shows `82.5%`, CSV and JSON the fraction (`0.825`);
    /// `nil` (nothing to divide by) shows as `–` and is empty in CSV, `null` in JSON.
    case rate(Double?)
    case null

    public static func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .null }

    /// What a table shows.
    var display: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .yen(let amount): Yen.format(amount)
        case .real(let number): String(number)
        case .bool(let flag): flag ? "✓" : ""
        case .label(_, let message): message.text()
        case .rate(let fraction): fraction.map { String(format: "%.1f%%", $0 * 100) } ?? "–"
        case .null: ""
        }
    }

    /// What CSV carries: raw values a spreadsheet can compute with.
    var plain: String {
        switch self {
        case .yen(let amount): String(amount)
        case .bool(let flag): flag ? "true" : "false"
        case .label(let code, _): code
        case .rate(let fraction): fraction.map { String($0) } ?? ""
        default: display
        }
    }
}

public enum OutputFormat: String, Sendable, CaseIterable {
    case table
    case csv
    case json
}

extension Listing {
    /// The same rows with only the columns whose keys are in `keys`, in their original order.
    public func selecting(_ keys: Set<String>) -> Listing {
        let kept = columns.indices.filter { keys.contains(columns[$0].key) }
        var listing = Listing(columns: kept.map { columns[$0] })
        listing.rows = rows.map { row in kept.map { row[$0] } }
        return listing
    }
}
