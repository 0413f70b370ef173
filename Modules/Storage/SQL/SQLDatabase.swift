/// An open transaction on either database: what the store's SQL runs through. `?` marks the
/// arguments on both backends; each backend caches its prepared statements by text.
///
/// ```swift
/// try store.write { db in
///     let id = try db.value(Int64.self, "INSERT INTO note (…) VALUES (?, …) RETURNING id", arguments)!
///     try db.execute("UPDATE customer SET updated_at = ? WHERE id = ?", [now, customerID])
/// }
/// ```
package protocol SQLDatabase: AnyObject {
    var dialect: SQLDialect { get }
    /// Runs one statement and returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int
    /// Runs a statement whose outcome the caller does not read (an index entry, a change-log row).
    /// A server sends it without waiting, so it goes with the statements after it in one wait; its
    /// error is thrown by the next statement the caller waits for, or by the commit. (The run
    /// that prepares a write on a server waits for the `PREPARE`: `PreparedStatements`.)
    func send(_ sql: String, _ arguments: SQLArguments) throws
    /// Runs `sql` and hands `body` its rows one by one, without holding them all.
    func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws
    /// Runs `sql` and gives all its rows at once: where they are held anyway, a server need not
    /// hand them out in batches (`rows`, `row`, `value` and `values` come here).
    func allRows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow]
    /// Runs several statements without arguments (a migration's DDL).
    func executeScript(_ sql: String) throws
    /// A writer that adds rows to `table` as they come, the fastest way the backend has: SQLite
    /// takes multi-row `INSERT`s (`MultiRowInsert`); PostgreSQL streams the rows with `COPY`, which
    /// the server takes in while the caller reads on. Nothing else runs on the connection until
    /// the writer is finished or cancelled.
    func rowWriter(into table: String, columns: [String]) throws -> any SQLRowWriter
}

extension SQLDatabase {
    /// Adds many rows to `table` through a `rowWriter`: `rows` hands `add` each row's values in
    /// the order of `columns`. An error thrown by `rows` cancels the rows written.
    ///
    /// ```swift
    /// try db.insertRows(into: "rep", columns: ["id", "code", "name"]) { add in
    ///     for rep in reps { try add([.integer(rep.id), .text(rep.code), .text(rep.name)]) }
    /// }
    /// ```
    package func insertRows(into table: String, columns: [String],
                            _ rows: (_ add: ([SQLValue]) throws -> Void) throws -> Void) throws {
        let writer = try rowWriter(into: table, columns: columns)
        do {
            try rows(writer.add)
        } catch {
            writer.cancel()
            throw error
        }
        try writer.finish()
    }
}

extension SQLDatabase {
    @discardableResult
    package func execute(_ sql: String) throws -> Int {
        try execute(sql, [])
    }

    package func allRows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        var rows: [SQLRow] = []
        try forEachRow(sql, arguments) { rows.append($0) }
        return rows
    }

    package func rows(_ sql: String, _ arguments: SQLArguments = []) throws -> [SQLRow] {
        try allRows(sql, arguments)
    }

    package func row(_ sql: String, _ arguments: SQLArguments = []) throws -> SQLRow? {
        try rows(sql, arguments).first
    }

    /// The first column of every row.
    package func values<Value: SQLValueConvertible>(_ type: Value.Type, _ sql: String,
                                                    _ arguments: SQLArguments = []) throws -> [Value] {
        try allRows(sql, arguments).map { $0[0] }
    }

    /// The first column of the first row; nil when there is no row or the value is NULL.
    package func value<Value: SQLValueConvertible>(_ type: Value.Type, _ sql: String,
                                                   _ arguments: SQLArguments = []) throws -> Value? {
        guard let row = try row(sql, arguments) else { return nil }
        return row[0] as Value?
    }
}

extension SQLDatabase {
    /// Runs `insert` (an `INSERT` of one row) and gives the new row's id.
    ///
    /// ```swift
    /// let id = try db.insert("INSERT INTO note (customer_id, kind, date, text) VALUES (?, ?, ?, ?)", [customerID, "request", day, text])
    /// ```
    package func insert(_ insert: String, _ arguments: SQLArguments) throws -> Int64 {
        guard let id = try value(Int64.self, insert + " RETURNING id", arguments) else {
            preconditionFailure("an INSERT … RETURNING id returned no id: \(insert)")
        }
        return id
    }
}
