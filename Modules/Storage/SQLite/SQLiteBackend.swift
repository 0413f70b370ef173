import Foundation
import GRDB

/// The embedded default: one SQLite file in WAL mode, foreign keys on, migrated on open.
///
/// One connection (a `DatabaseQueue`), not a `DatabasePool`: a `rounds` process runs one command
/// at a time, so a pool's second connection only added start-up work, and the pool's WAL set-up
/// wrote a transaction on every open once the last process had closed the file. WAL mode is a
/// property of the file, set once when it is created or migrated, so other processes still read
/// while this one writes.
final class SQLiteBackend: SQLBackend {
    let location: String
    let database: DatabaseQueue
    var dialect: SQLDialect { .sqlite }

    init(path: String, readOnly: Bool = false) throws {
        location = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.readonly = readOnly
        // As a pool's writer sets it: in WAL mode a commit needs no fsync of its own; checkpoints still sync.
        configuration.prepareDatabase { db in
            if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            try Self.mapForReading(db)
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            // Most runs find the schema current and the file in WAL mode: checking both by reading
            // leaves a command that only reads without a single write, at open or at close.
            if try !readOnly && !database.read(Self.isCurrent) {
                try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try Migrations.migrator.migrate(database)
            }
        } catch {
            throw StorageErrors.map(error, location: path)
        }
    }

    /// Reads through memory-mapped pages instead of a system call per page: a company-wide read
    /// (the rules' facts, rank figures) seeks into millions of index pages. SQLite maps for
    /// reading only; writes still go through the journal.
    private static func mapForReading(_ db: Database) throws {
        try db.execute(sql: "PRAGMA mmap_size = 2147418112")
    }

    /// Whether the file has every migration and is in WAL mode (a new file is neither).
    private static func isCurrent(_ db: Database) throws -> Bool {
        try Migrations.migrator.hasCompletedMigrations(db) && String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal"
    }

    func read<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        do { return try database.read { db in try body(GRDBDatabase(db)) } } catch { throw StorageErrors.map(error, location: location) }
    }

    /// SQLite has one writer at a time, so a write never conflicts and `body` runs once.
    func write<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        do { return try database.write { db in try body(GRDBDatabase(db)) } } catch { throw StorageErrors.map(error, location: location) }
    }

    func vacuum(_ table: String) throws {}

    /// One writer at a time: an addition is a write like any other.
    func append<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        try write(body)
    }

    /// The page cache while rows are written, in KiB (negative, as the pragma takes it): room for
    /// the indexes of a million orders, well inside an import's memory budget.
    static let bulkCacheSize = -131_072

    func bulkWrite<T>(_ body: (any SQLDatabase) throws -> (value: T, commit: Bool)) throws -> T {
        do {
            return try database.writeWithoutTransaction { db in
                // The indexes of a million new rows outgrow SQLite's 2 MB page cache: pages would be
                // spilled and read back for every few rows. A larger cache, for this write only.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = \(Self.bulkCacheSize)")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                // Bulk writers resolve every customer and rep through what they read inside the
                // transaction, so SQLite's own foreign-key lookups (two per row) would only repeat
                // them. The pragma cannot change inside a transaction, hence here.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var value: T?
                try db.inTransaction {
                    let (result, commit) = try body(GRDBDatabase(db))
                    value = result
                    return commit ? .commit : .rollback
                }
                return value!
            }
        } catch {
            throw StorageErrors.map(error, location: location)
        }
    }

    func makeReader() throws -> any SQLBackend {
        try SQLiteBackend(path: location, readOnly: true)
    }

    func interrupt() {
        database.interrupt()
    }

    func describe() throws -> BackendDescription {
        do {
            return try database.read { db in
                let migrator = Migrations.migrator
                let applied = try migrator.appliedIdentifiers(db)
                // The last in registration order: names do not sort by version ("v10-…" < "v8-…").
                let latest = migrator.migrations.last(where: applied.contains) ?? applied.sorted().last
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
                let version = try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?"
                return BackendDescription(backend: "SQLite \(version)", schemaVersion: "\(applied.count) (\(latest ?? "empty"))",
                                          bytes: pages * pageSize)
            }
        } catch {
            throw StorageErrors.map(error, location: location)
        }
    }

    func check() throws -> [String] {
        do {
            return try database.read { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                    "foreign key: \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) → \(row[2] as String? ?? "?")"
                }
                return integrity + foreignKeys
            }
        } catch {
            throw StorageErrors.map(error, location: location)
        }
    }

    func backup(to path: String) throws {
        do {
            if FileManager.default.fileExists(atPath: path) { throw StorageErrors.backupExists(path) }
            let destination = try DatabaseQueue(path: path)
            try database.backup(to: destination)
        } catch {
            throw StorageErrors.map(error, location: path)
        }
    }
}
