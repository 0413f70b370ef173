import Foundation
import RoundsDomain

/// A whole company copied from one store into an empty one, on either backend (`db copy`,
/// and `db backup` of a server into a file). Every table is read in one snapshot of the source
/// and written in one transaction of the target, rows with their own ids, and each table is
/// verified before the commit: the target's row count and checksum must equal the source's, or
/// nothing is written.
///
/// ```swift
/// let report = try file.copy(to: SQLStore(postgres: url)) { table, rows, total in print(table, rows, total) }
/// for table in report { print(table.name, table.rows, table.checksum) }
/// ```
extension SQLStore {
    /// `progress` hears the table being copied, its rows so far and its rows in all; throwing
    /// from it (Ctrl-C) rolls the target back.
    public func copy(to target: SQLStore, progress: (String, Int, Int) throws -> Void = { _, _, _ in }) throws -> [CopiedTable] {
        try target.backend.bulkWrite { writer in
            guard try writer.value(Int.self, "SELECT count(*) FROM customer") == 0,
                  try writer.value(Int.self, "SELECT count(*) FROM rep") == 0 else {
                throw StorageErrors.copyTargetNotEmpty(target.location)
            }
            // The months come over as they are; the target's trigger would count them again.
            let months = try SalesMonths.Additions(suspendingTriggerIn: writer)
            let copied = try backend.read { reader in
                try CopiedTable.tables.map { table in try table.copy(from: reader, to: writer, progress: progress) }
            }
            try months.resumeTrigger(in: writer)
            for table in CopiedTable.tables where table.hasID {
                if let resync = writer.dialect.resyncIDs(table: table.name) { try writer.execute(resync) }
            }
            return (copied, true)
        }
    }

    /// Readies every table after a `copy` into this store (`SQLBackend.vacuum`); `progress`
    /// hears each table before it is done, and its index and the number of tables.
    public func vacuumAfterCopy(progress: (String, Int, Int) throws -> Void = { _, _, _ in }) throws {
        for (index, table) in CopiedTable.tables.enumerated() {
            try progress(table.name, index, CopiedTable.tables.count)
            try backend.vacuum(table.name)
        }
    }
}

/// One table as copied: its rows and their checksum (FNV-1a over every value as text, in key
/// order), the same on both sides.
public struct CopiedTable: Sendable, Equatable {
    public let name: String
    public let rows: Int
    public let checksum: String

    /// The tables in the order their references allow, each with its key and columns.
    fileprivate static let tables: [TableCopy] = [
        TableCopy("rep", key: "id"), TableCopy("customer", key: "id"), TableCopy("rep_day_off", key: "rep_id, date"),
        TableCopy("sales_target", key: "rep_id, month"), TableCopy("sales_order", key: "id"),
        TableCopy("sales_month", key: "customer_id, month"), TableCopy("deal", key: "id"),
        TableCopy("deal_stage_history", key: "id"), TableCopy("note", key: "id"), TableCopy("visit", key: "id"),
        TableCopy("contact", key: "id"), TableCopy("rank_history", key: "customer_id, month"), TableCopy("plan_draft", key: "id"),
        TableCopy("change_log", key: "id"), TableCopy("search_index", key: "rowid", columns: ["rowid", "grams"]),
    ]
}

/// How one table is read, written and checked.
private struct TableCopy {
    let name: String
    let key: String
    /// Nil: every column the source has.
    let columns: [String]?

    init(_ name: String, key: String, columns: [String]? = nil) {
        (self.name, self.key, self.columns) = (name, key, columns)
    }

    var hasID: Bool { key == "id" }

    /// Progress is told every this many rows.
    static let rowsPerProgress = 10_000
    /// From this many rows on, a table's indexes are built after its rows (`BulkLoad`).
    static let rowsInBulk = 10_000

    func copy(from reader: any SQLDatabase, to writer: any SQLDatabase, progress: (String, Int, Int) throws -> Void) throws -> CopiedTable {
        let total = try reader.value(Int.self, "SELECT count(*) FROM \(name)") ?? 0
        let list = columns?.joined(separator: ", ") ?? "*"
        let select = "SELECT \(list) FROM \(name) ORDER BY \(key)"
        var source = Checksum()
        // The names come with a row: an empty table has nothing to copy.
        if let first = try reader.row("SELECT \(list) FROM \(name) LIMIT 1") {
            let aside = total >= Self.rowsInBulk ? try BulkLoad(table: name, in: writer) : nil
            try writer.insertRows(into: name, columns: first.columns.names) { add in
                try reader.forEachRow(select, []) { row in
                    source.add(row)
                    try add(row.values)
                    if source.rows % Self.rowsPerProgress == 0 { try progress(name, source.rows, total) }
                }
            }
            try aside?.restore(in: writer)
        }
        try progress(name, source.rows, total)
        var target = Checksum()
        try writer.forEachRow(select, []) { target.add($0) }
        guard target == source else {
            throw StorageErrors.copyMismatch(name, rows: source.rows, copied: target.rows)
        }
        return CopiedTable(name: name, rows: source.rows, checksum: source.text)
    }
}

/// FNV-1a over the rows' values, each marked with its kind, so both backends agree on a row
/// they store alike.
private struct Checksum: Equatable {
    private(set) var rows = 0
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ row: SQLRow) {
        rows += 1
        for value in row.values {
            switch value {
            case .null: mix("n")
            case .integer(let number): mix("i\(number)")
            case .real(let number): mix("r\(number)")
            case .text(let text): mix("t" + text)
            }
            mix("\u{1F}")
        }
        mix("\u{1E}")
    }

    private mutating func mix(_ text: String) {
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
    }

    var text: String { String(hash, radix: 16) }
}
