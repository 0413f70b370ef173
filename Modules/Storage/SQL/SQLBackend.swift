/// A database the store runs on: SQLite (`SQLiteBackend`) or PostgreSQL (in `RoundsPostgres`).
/// It opens transactions, maps its own errors to `RoundsError`s and says what it is; the store's
/// SQL is the same on both.
package protocol SQLBackend: AnyObject, Sendable {
    /// Where the data lives, as the user named it (a path, or a URL without its password).
    var location: String { get }
    var dialect: SQLDialect { get }

    /// One read-only transaction that sees one state of the database.
    func read<T>(_ body: (any SQLDatabase) throws -> T) throws -> T
    /// One write transaction. `body` may run more than once: a server that finds the
    /// transaction in conflict with another one's rolls it back and runs it again, so `body`
    /// must only compute from what it reads.
    func write<T>(_ body: (any SQLDatabase) throws -> T) throws -> T
    /// A write transaction that only adds new rows, reading no more than what it adds and the
    /// ids it refers to: nothing another writer does can make it wrong. A server runs it without
    /// the serializable checks, which would fail concurrent additions to the same index pages
    /// and run them again (reps logging visits at once). `body` may still run more than once.
    func append<T>(_ body: (any SQLDatabase) throws -> T) throws -> T
    /// One big write transaction (an import, a bulk load) whose `body` runs exactly once and reads
    /// from outside (a file, a generator); it commits when `body` says so, else rolls back.
    func bulkWrite<T>(_ body: (any SQLDatabase) throws -> (value: T, commit: Bool)) throws -> T
    /// Readies a table just loaded in bulk for reading, outside any transaction: PostgreSQL's
    /// `VACUUM (ANALYZE)` marks its pages all-visible, so index-only scans read no table pages,
    /// and gives the planner its statistics. SQLite needs nothing: the store's queries name
    /// their indexes.
    func vacuum(_ table: String) throws
    /// A second connection for reading at the same time as this one (a company's rules in halves).
    func makeReader() throws -> any SQLBackend
    /// Stops the statement running now (Ctrl-C); it fails with a `cancelled` error.
    func interrupt()

    /// The backend's name and version, its schema version, and its size in bytes when known.
    func describe() throws -> BackendDescription
    /// Problems found by the backend's own checks; empty when the database is sound.
    func check() throws -> [String]
}

/// What `db info` says of the backend itself.
package struct BackendDescription: Sendable {
    package var backend: String
    package var schemaVersion: String
    package var bytes: Int?

    package init(backend: String, schemaVersion: String, bytes: Int?) {
        self.backend = backend
        self.schemaVersion = schemaVersion
        self.bytes = bytes
    }
}
