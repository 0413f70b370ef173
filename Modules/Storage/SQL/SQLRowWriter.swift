/// Rows added to one table as they come (`SQLDatabase.rowWriter`), for loads too large to
/// hold: an import adds each order as it reads it.
///
/// ```swift
/// let orders = try db.rowWriter(into: "sales_order", columns: ["customer_id", "date", "amount_yen"])
/// for order in file { try orders.add([.integer(order.customerID), .text(order.date), .integer(order.amount)]) }
/// try orders.finish()
/// ```
package protocol SQLRowWriter: AnyObject {
    /// One row's values, in the order of the writer's columns.
    func add(_ values: [SQLValue]) throws
    /// Writes the rows still held; the connection is free for other statements again.
    func finish() throws
    /// Ends the writing after an error of the caller's: rows may or may not have been written,
    /// and the transaction is to be rolled back.
    func cancel()
}

/// `SQLRowWriter` by `INSERT`s of 200 rows each: one statement for many rows costs far less per
/// row than one each.
package final class MultiRowInsert: SQLRowWriter {
    static let rowsPerInsert = 200
    private let db: any SQLDatabase
    private let insert: String
    private let row: String
    private var pending: [SQLValue] = []
    private var count = 0

    package init(_ db: any SQLDatabase, into table: String, columns: [String]) {
        self.db = db
        insert = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    }

    package func add(_ values: [SQLValue]) throws {
        pending += values
        count += 1
        if count == Self.rowsPerInsert { try flush() }
    }

    package func finish() throws {
        try flush()
    }

    package func cancel() {
        pending = []
        count = 0
    }

    private func flush() throws {
        guard count > 0 else { return }
        try db.execute(insert + Array(repeating: row, count: count).joined(separator: ", "), SQLArguments(values: pending))
        pending.removeAll(keepingCapacity: true)
        count = 0
    }
}
