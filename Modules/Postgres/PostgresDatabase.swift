import Foundation
import PostgresNIO
import RoundsDomain
import RoundsStorage

/// `SQLDatabase` over a postgres-nio connection inside a transaction the backend opened; each
/// statement waits for the server, as the shell's commands are synchronous, except those `send`
/// queues: they are waited for with the next statement, or the commit.
///
/// Reads are streamed through a cursor, `FETCH`ed 5,000 rows at a time, so a listing of a
/// million orders never holds more than a batch, and the body may run statements of its own
/// between rows (the connection is idle while it runs); the `DECLARE` and the first `FETCH` go
/// out together. A query runs as the extended protocol's unnamed one, parsed in the same round
/// trip; a write does too until the session has seen it twice, then by name once it is prepared
/// (`PreparedStatements`, which costs that second run one more round trip).
///
/// ```swift
/// try backend.read { db in
///     try db.forEachRow("SELECT code, rank FROM customer WHERE rep_id = ?", [repID]) { row in print(row[0] as String) }
/// }
/// ```
final class PostgresDatabase: SQLDatabase {
    let connection: PostgresConnection
    var dialect: SQLDialect { .postgres }
    /// Cursors open now: one inside another's body needs a name of its own.
    private var openCursors = 0
    /// Statements sent and not yet waited for (`send`), oldest first. The connection answers in
    /// order, so they are done by the time a later statement's answer comes.
    private var unsettled: [EventLoopFuture<PostgresQueryResult>] = []
    static let batchSize = 5000

    private let statements: PreparedStatements

    init(_ connection: PostgresConnection, statements: PreparedStatements) {
        self.connection = connection
        self.statements = statements
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        let metadata = try run(reusing(sql, arguments)).metadata
        return ["INSERT", "UPDATE", "DELETE"].contains(metadata.command) ? metadata.rows ?? 0 : 0
    }

    func send(_ sql: String, _ arguments: SQLArguments) throws {
        unsettled.append(connection.send(try reusing(sql, arguments)))
    }

    /// `sql` as the connection runs it: by its prepared statement's name once it has one
    /// (`PreparedStatements`), preparing it first the second time it comes.
    private func reusing(_ sql: String, _ arguments: SQLArguments) throws -> PostgresQuery {
        let (query, values) = try PostgresStatement.bind(sql, arguments)
        guard let (name, new) = statements.name(for: query.sql, values: values) else { return query }
        if new {
            // Waited for, so a statement the server cannot prepare is known as such at once; after
            // what was sent before, so their failure is the one reported.
            do {
                try settle()
                _ = try connection.run(PreparedStatements.prepare(name, query.sql, values: values))
            } catch {
                statements.forget(query.sql, values: values)
                throw error
            }
        }
        return PreparedStatements.execute(name, values: values)
    }

    /// Throws the first failure among the statements sent without waiting. A failed one aborts
    /// the transaction, so what comes after it fails too; its own error is the one that says why.
    func settle() throws {
        let sent = unsettled
        unsettled = []
        for statement in sent { _ = try statement.wait() }
    }

    /// Sends `query` behind any unsettled statements and waits for all of them.
    private func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        let answer = connection.send(query)
        try settle()
        return try answer.wait()
    }

    func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws {
        var columns: SQLColumns?
        guard Self.isCursorQuery(sql) else {
            // `INSERT … RETURNING` cannot be a cursor's: it returns what it wrote, which is held anyway.
            for row in try run(reusing(sql, arguments)).rows { try body(Self.row(row, columns: &columns)) }
            return
        }
        let query = try PostgresStatement.query(sql, arguments)
        let cursor = "rounds_rows_\(openCursors)"
        openCursors += 1
        defer { openCursors -= 1 }
        let fetch = PostgresQuery(unsafeSQL: "FETCH \(Self.batchSize) FROM \(cursor)")
        let declared = connection.send(PostgresQuery(unsafeSQL: "DECLARE \(cursor) NO SCROLL CURSOR FOR \(query.sql)",
                                                     binds: query.binds))
        var batch = connection.send(fetch)
        // Not waited for: the next statement queues behind it, and after a failure the
        // transaction is rolled back anyway.
        defer { _ = connection.send(PostgresQuery(unsafeSQL: "CLOSE \(cursor)")) }
        try settle()
        _ = try declared.wait()
        while true {
            // The body may have sent statements, which the connection runs before this batch.
            try settle()
            let rows = try batch.wait().rows
            for row in rows { try body(Self.row(row, columns: &columns)) }
            guard rows.count == Self.batchSize else { return }
            batch = connection.send(fetch)
        }
    }

    /// One round trip, without a cursor: a cursor costs two statements more, for rows that are
    /// held anyway.
    func allRows(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        var columns: SQLColumns?
        return try run(reusing(sql, arguments)).rows.map { Self.row($0, columns: &columns) }
    }

    func rowWriter(into table: String, columns: [String]) throws -> any SQLRowWriter {
        try settle()
        return PostgresCopy(connection, table: table, columns: columns)
    }

    func executeScript(_ sql: String) throws {
        for statement in SQLScript.statements(sql) { _ = try run(PostgresQuery(unsafeSQL: statement)) }
    }

    /// Whether `sql` only reads and so can be a cursor's query; a `WITH` that writes cannot.
    static func isCursorQuery(_ sql: String) -> Bool {
        let words = sql.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "_" })
        guard let first = words.first else { return false }
        switch first {
        case "select", "values": return true
        case "with": return !words.contains { $0 == "insert" || $0 == "update" || $0 == "delete" }
        default: return false
        }
    }

    private static func row(_ row: PostgresRow, columns: inout SQLColumns?) -> SQLRow {
        let cells = Array(row)
        let names = columns ?? SQLColumns(cells.map(\.columnName))
        columns = names
        return SQLRow(values: cells.map(value), columns: names)
    }

    /// A cell as one of the four values: integers and booleans as integers, floats as reals, and
    /// the rest as text, numeric too (exact: `Int64.from` reads a whole one), days and times ISO.
    static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
            case .float4, .float8: return .real(try cell.decode(Double.self))
            case .numeric: return .text(try cell.decode(Decimal.self).description)
            case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
            case .date:
                let days = (try cell.decode(Date.self).timeIntervalSince1970 / 86_400).rounded(.down)
                return .text(CalendarDate(daysSinceEpoch: Int(days)).description)
            // As the store writes its own timestamps, in UTC: a `timestamp` is shown as it was written.
            case .timestamp, .timestamptz: return .text(Timestamp.text(try cell.decode(Date.self), timeZone: .gmt))
            default: return .text(try cell.decode(String.self))
            }
        } catch {
            // A type the driver cannot read: its bytes as text; cast it in SQL to read it exactly.
            return .text(String(decoding: cell.bytes!.readableBytesView, as: UTF8.self))
        }
    }
}

/// The connection's end, found before a statement is sent: postgres-nio drops a statement
/// written to a connection the server has closed, and its answer would never come.
struct ConnectionClosed: Error {}

extension PostgresConnection {
    /// Sends every statement of the backend, failing at once when the connection is closed.
    func send(_ query: PostgresQuery) -> EventLoopFuture<PostgresQueryResult> {
        guard !isClosed else { return eventLoop.makeFailedFuture(ConnectionClosed()) }
        return self.query(query, logger: ServerLogin.logger)
    }

    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        try send(query).wait()
    }
}
