import Foundation
import PostgresNIO
import RoundsDomain
import RoundsStorage

/// The store on a PostgreSQL server: one connection, its schema migrated on open, the same SQL
/// as on SQLite. Writes are SERIALIZABLE and run again when the server finds them in conflict
/// with another shell's (SQLSTATE 40001, 40P01); reads see one snapshot.
///
/// ```swift
/// let store = try SQLStore(postgres: try PostgresURL("postgres://sato@db.local/acme"))
/// print(try store.info().schemaVersion)   // "15 (v15-search-totals)"
/// ```
final class PostgresBackend: SQLBackend, @unchecked Sendable {
    let url: PostgresURL
    var location: String { url.description }
    var dialect: SQLDialect { .postgres }
    private let configuration: PostgresConnection.Configuration
    /// Guards `connection` and `serverProcess`: `interrupt()` reads them from the Ctrl-C handler.
    private let lock = NSLock()
    private var connection: PostgresConnection
    /// What `connection` has prepared: a new connection starts with none.
    private var statements = PreparedStatements()
    /// The server process of `connection`, which a cancel request names.
    private var serverProcess: Int64
    /// A write found in conflict is tried this many times in all: eight shells logging visits at
    /// once met conflicts ten times running (SERIALIZABLE tracks index pages, not only rows).
    static let attempts = 40

    init(_ url: PostgresURL, configuration: PostgresConnection.Configuration, migrate: Bool = true) throws(RoundsError) {
        self.url = url
        self.configuration = configuration
        (connection, serverProcess) = try Self.open(url, configuration)
        if migrate { try PostgresMigrations.migrate(self) }
    }

    func read<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        do {
            return try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { db in (try body(db), true) }
        } catch {
            throw ServerErrors.mapFromBody(error, url: url)
        }
    }

    func write<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        try retrying("BEGIN ISOLATION LEVEL SERIALIZABLE", body)
    }

    /// READ COMMITTED: only a deadlock (40P01) makes it run again.
    func append<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        try retrying("BEGIN ISOLATION LEVEL READ COMMITTED", body)
    }

    private func retrying<T>(_ begin: String, _ body: (any SQLDatabase) throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try transaction(begin) { db in (try body(db), true) }
            } catch let error where attempt < Self.attempts && ServerErrors.isStalePreparedStatement(error) {
                attempt += 1
            } catch let error where attempt < Self.attempts && ServerErrors.isConflict(error) {
                // Random and doubling up to a tenth of a second, so writers that met do not meet again at once.
                Thread.sleep(forTimeInterval: Double.random(in: 0.001...min(0.1, 0.002 * pow(2, Double(attempt)))))
                attempt += 1
            } catch {
                throw ServerErrors.mapFromBody(error, url: url)
            }
        }
    }

    /// READ COMMITTED: an import's rows conflict with no other writer's, and it must not be
    /// run again (its body reads a file).
    func bulkWrite<T>(_ body: (any SQLDatabase) throws -> (value: T, commit: Bool)) throws -> T {
        do {
            return try transaction("BEGIN ISOLATION LEVEL READ COMMITTED", body)
        } catch {
            throw ServerErrors.mapFromBody(error, url: url)
        }
    }

    func vacuum(_ table: String) throws {
        do {
            _ = try lock.withLock { connection }.run(PostgresQuery(unsafeSQL: "VACUUM (ANALYZE) \(table)"))
        } catch {
            throw ServerErrors.mapInSession(error, url: url)
        }
    }

    func makeReader() throws -> any SQLBackend {
        try PostgresBackend(url, configuration: configuration, migrate: false)
    }

    /// postgres-nio keeps the key of the protocol's own cancel request to itself, so a second
    /// login asks the server to cancel our process (`pg_cancel_backend`, allowed for one's own
    /// user). Not waited for: Ctrl-C returns at once and the statement fails with 57014.
    func interrupt() {
        let process = lock.withLock { serverProcess }
        PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 0,
                                   logger: ServerLogin.logger).whenSuccess { canceller in
            canceller.query(PostgresQuery(unsafeSQL: "SELECT pg_cancel_backend(\(process))"), logger: ServerLogin.logger).whenComplete { _ in
                // Held until closed: the driver insists a connection is closed before it goes.
                canceller.close().whenComplete { _ in _ = canceller }
            }
        }
    }

    func describe() throws -> BackendDescription {
        try read { db in
            let version = try db.value(String.self, "SHOW server_version")?.split(separator: " ").first ?? "?"
            let applied = try PostgresMigrations.applied(db)
            let latest = PostgresSchema.migrations.last { applied.contains($0.identifier) }?.identifier
            return BackendDescription(backend: "PostgreSQL \(version)", schemaVersion: "\(applied.count) (\(latest ?? "empty"))",
                                      bytes: try db.value(Int.self, "SELECT pg_database_size(current_database())"))
        }
    }

    func check() throws -> [String] {
        try read(PostgresMigrations.problems)
    }

    /// One transaction opened with `begin` on the connection, rolled back whenever anything throws.
    /// The BEGIN is waited for before the body sends anything: a statement sent behind a BEGIN
    /// that failed would run, and commit, on its own (measured: waiting costs the 8-shell visit
    /// bench nothing it can show).
    ///
    /// A connection found lost at the BEGIN had no transaction open and the body has not run, so
    /// nothing is lost by logging in again (the server restarted between two commands) and
    /// running it; once, then it fails.
    private func transaction<T>(_ begin: String, _ body: (any SQLDatabase) throws -> (value: T, commit: Bool)) throws -> T {
        var loggedInAgain = false
        while true {
            let connection = lock.withLock { self.connection }
            let db = PostgresDatabase(connection, statements: statements)
            let begun = connection.send(PostgresQuery(unsafeSQL: begin))
            do {
                _ = try begun.wait()
                let (value, commit) = try body(db)
                let end = connection.send(PostgresQuery(unsafeSQL: commit ? "COMMIT" : "ROLLBACK"))
                try db.settle()
                let ended = try end.wait()
                // A COMMIT of a transaction that failed inside (an error the body caught) rolls back.
                if commit && ended.metadata.command == "ROLLBACK" { throw RoundsError(.storage, .serverRolledBack(location)) }
                return value
            } catch {
                if !loggedInAgain, Self.lostConnection(at: begun) {
                    try? connection.close().wait()
                    let (fresh, process) = try Self.open(url, configuration)
                    lock.withLock { (self.connection, serverProcess) = (fresh, process) }
                    statements = PreparedStatements()
                    loggedInAgain = true
                    continue
                }
                _ = try? connection.run("ROLLBACK")
                // Forgotten, so the next run prepares its statements again (a write runs again now).
                if ServerErrors.isStalePreparedStatement(error) { statements = PreparedStatements() }
                throw error
            }
        }
    }

    /// Whether the BEGIN found the connection lost.
    private static func lostConnection(at begun: EventLoopFuture<PostgresQueryResult>) -> Bool {
        do {
            _ = try begun.wait()
            return false
        } catch {
            return ServerErrors.isConnectionLost(error)
        }
    }

    private static func open(_ url: PostgresURL, _ configuration: PostgresConnection.Configuration)
        throws(RoundsError) -> (PostgresConnection, Int64) {
        let connection = try ServerLogin.connect(configuration, url: url)
        do {
            let rows = try connection.run("SELECT pg_backend_pid()").rows
            return (connection, Int64(try rows[0].decode(Int32.self)))
        } catch {
            try? connection.close().wait()
            throw ServerErrors.mapInSession(error, url: url)
        }
    }

    deinit {
        try? connection.close().wait()
    }
}

extension SQLStore {
    /// Opens the company's database on a PostgreSQL server, creating or migrating its schema;
    /// the password comes from the URL, `PGPASSWORD` or the password file.
    ///
    /// ```swift
    /// let store = try SQLStore(postgres: try PostgresURL("postgres://sato@db.local/acme"))
    /// ```
    public convenience init(postgres url: PostgresURL, environment: [String: String] = ProcessInfo.processInfo.environment,
                            warn: (Message) -> Void = { _ in }) throws {
        self.init(backend: try PostgresBackend(url, configuration: ServerLogin.configuration(url, environment: environment, warn: warn)))
    }
}
