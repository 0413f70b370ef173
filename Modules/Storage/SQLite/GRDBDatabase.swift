import GRDB
import GRDBSQLite

/// `SQLDatabase` over a GRDB connection inside one of its transactions. Statements are
/// prepared once per connection and kept by their text: an import runs the same few per row.
final class GRDBDatabase: SQLDatabase {
    let db: Database
    var dialect: SQLDialect { .sqlite }

    init(_ db: Database) {
        self.db = db
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
        return db.changesCount
    }

    /// In process, nothing is gained by waiting later.
    func send(_ sql: String, _ arguments: SQLArguments) throws {
        try execute(sql, arguments)
    }

    func forEachRow(_ sql: String, _ arguments: SQLArguments, _ body: (SQLRow) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: sql)
        let columns = SQLColumns(statement.columnNames)
        let cursor = try Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        // Each value straight from SQLite: through GRDB's `DatabaseValue` a company-wide read
        // copied every row twice.
        let handle = statement.sqliteStatement
        let count = Int32(statement.columnCount)
        while try cursor.next() != nil {
            var values: [SQLValue] = []
            values.reserveCapacity(Int(count))
            for index in 0..<count { values.append(Self.value(handle, index)) }
            try body(SQLRow(values: values, columns: columns))
        }
    }

    func executeScript(_ sql: String) throws {
        try db.execute(sql: sql)
    }

    func rowWriter(into table: String, columns: [String]) throws -> any SQLRowWriter {
        MultiRowInsert(self, into: table, columns: columns)
    }

    static func arguments(_ arguments: SQLArguments) -> StatementArguments {
        StatementArguments(arguments.values.map { value -> DatabaseValue in
            switch value {
            case .null: .null
            case .integer(let number): number.databaseValue
            case .real(let number): number.databaseValue
            case .text(let text): text.databaseValue
            }
        })
    }

    /// Column `index` of the row the statement stands on; the schema stores no blobs, so any
    /// other kind is read as text.
    private static func value(_ handle: SQLiteStatement, _ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        default:
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, index))), as: UTF8.self))
        }
    }
}
