import Foundation
import GRDB
import RoundsDomain

/// The embedded default store: one SQLite file in WAL mode, foreign keys on, migrated on open.
///
/// One connection (a `DatabaseQueue`), not a `DatabasePool`: a `rounds` process runs one command
/// at a time, so a pool's second connection only added start-up work, and the pool's WAL set-up
/// wrote a transaction on every open once the last process had closed the file. WAL mode is a
/// property of the file, set once when it is created or migrated, so other processes still read
/// while this one writes.
///
/// ```swift
/// let store = try SQLiteStore(path: "rounds.sqlite")
/// print(try store.info().schemaVersion)
/// ```
public final class SQLiteStore: Store {
    public let location: String
    let database: DatabaseQueue

    public init(path: String) throws {
        location = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        // As a pool's writer sets it: in WAL mode a commit needs no fsync of its own; checkpoints still sync.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try Self.mapForReading(db)
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            // Most runs find the schema current and the file in WAL mode: checking both by reading
            // leaves a command that only reads without a single write, at open or at close.
            if try !database.read(Self.isCurrent) {
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
    static func mapForReading(_ db: Database) throws {
        try db.execute(sql: "PRAGMA mmap_size = 2147418112")
    }

    /// Whether the file has every migration and is in WAL mode (a new file is neither).
    private static func isCurrent(_ db: Database) throws -> Bool {
        try Migrations.migrator.hasCompletedMigrations(db) && String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal"
    }

    // MARK: Customers

    public func addCustomer(_ customer: Customer, author: String) throws -> Customer {
        try customer.validate()
        return try write { db in
            let now = Timestamp.text(Date())
            let values = Rows.customerValues(customer, repID: try repID(customer.rep, in: db)) + [now, now]
            try db.execute(sql: Rows.insertCustomerSQL, arguments: StatementArguments(values))
            let saved = try fetchCustomer(code: customer.code, in: db)!
            try ChangeLog.record(db, entity: "customer", code: customer.code, action: "add", value: saved, author: author, at: now)
            return saved
        }
    }

    public func updateCustomer(code: String, author: String, _ change: (inout Customer) throws -> Void) throws -> Customer {
        try write { db in
            guard var customer = try fetchCustomer(code: code, in: db) else { throw StorageErrors.unknownCustomer(code) }
            let before = customer
            try change(&customer)
            try customer.validate()
            let now = Timestamp.text(Date())
            let values = Rows.customerValues(customer, repID: try repID(customer.rep, in: db)) + [now, code]
            try db.execute(sql: Rows.updateCustomerSQL, arguments: StatementArguments(values))
            let saved = try fetchCustomer(code: customer.code, in: db)!
            try ChangeLog.record(db, entity: "customer", code: code, action: "edit", value: saved, before: before,
                                 author: author, at: now)
            return saved
        }
    }

    public func customer(code: String) throws -> Customer? {
        try read { db in try fetchCustomer(code: code, in: db) }
    }

    public func customers(_ query: CustomerQuery) throws -> [Customer] {
        let sql = try CustomerSQL.select(query)
        return try read { db in
            try Row.fetchAll(db, sql: sql.text, arguments: sql.arguments).map(Rows.customer)
        }
    }

    public func countCustomers(_ query: CustomerQuery) throws -> Int {
        let sql = try CustomerSQL.count(query)
        return try read { db in try Int.fetchOne(db, sql: sql.text, arguments: sql.arguments) ?? 0 }
    }

    public func customerCodes(prefix: String, limit: Int) throws -> [String] {
        try codes(table: "customer", prefix: prefix, limit: limit)
    }

    // MARK: Reps

    public func addRep(_ rep: Rep, author: String) throws -> Rep {
        try rep.validate()
        return try write { db in
            let now = Timestamp.text(Date())
            try insert(rep, now: now, in: db)
            let saved = try fetchRep(code: rep.code, in: db)!
            try ChangeLog.record(db, entity: "rep", code: rep.code, action: "add", value: saved, author: author, at: now)
            return saved
        }
    }

    public func updateRep(code: String, author: String, _ change: (inout Rep) throws -> Void) throws -> Rep {
        try write { db in
            guard var rep = try fetchRep(code: code, in: db) else { throw StorageErrors.unknownRep(code) }
            let before = rep
            try change(&rep)
            try rep.validate()
            let now = Timestamp.text(Date())
            let values = Rows.repValues(rep) + [now, code]
            try db.execute(sql: Rows.updateRepSQL, arguments: StatementArguments(values))
            let saved = try fetchRep(code: rep.code, in: db)!
            try ChangeLog.record(db, entity: "rep", code: code, action: "edit", value: saved, before: before,
                                 author: author, at: now)
            return saved
        }
    }

    public func rep(code: String) throws -> Rep? {
        try read { db in try fetchRep(code: code, in: db) }
    }

    public func reps() throws -> [Rep] {
        try read { db in try Row.fetchAll(db, sql: "SELECT \(Rows.repColumns) FROM rep ORDER BY code").map(Rows.rep) }
    }

    public func repCodes(prefix: String, limit: Int) throws -> [String] {
        try codes(table: "rep", prefix: prefix, limit: limit)
    }

    // MARK: Bulk

    public func addCompany(reps: [Rep], customers: [Customer], author: String, progress: (Int) throws -> Void) throws {
        try addCompany(reps: reps, customers: customers, history: [], author: author) { step in
            if case .customers(let done) = step { try progress(done) }
        }
    }

    /// Writes the reps and customers of a bulk load inside its transaction; `progress` hears every thousand customers.
    func insertCompany(reps: [Rep], customers: [Customer], author: String, now: String, in db: Database,
                       progress: (Int) throws -> Void) throws {
        for rep in reps { try rep.validate() }
        for customer in customers { try customer.validate() }
        for rep in reps { try insert(rep, now: now, in: db) }
        let repIDs = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT code, id FROM rep").map {
            ($0["code"] as String, $0["id"] as Int64)
        })
        let statement = try db.makeStatement(sql: Rows.insertCustomerSQL)
        for (index, customer) in customers.enumerated() {
            var repID: Int64?
            if let code = customer.rep {
                guard let id = repIDs[code] else { throw StorageErrors.unknownRep(code) }
                repID = id
            }
            try statement.execute(arguments: StatementArguments(Rows.customerValues(customer, repID: repID) + [now, now]))
            if index % 1000 == 999 { try progress(index + 1) }
        }
        try ChangeLog.recordBulk(db, entity: "customer", count: customers.count, author: author, at: now)
        if customers.count % 1000 != 0 { try progress(customers.count) }
    }

    // MARK: Database

    public func info() throws -> StoreInfo {
        try read { db in
            let migrator = Migrations.migrator
            let applied = try migrator.appliedIdentifiers(db)
            // The last in registration order: names do not sort by version ("v10-…" < "v8-…").
            let latest = migrator.migrations.last(where: applied.contains) ?? applied.sorted().last
            let tables = ["rep", "rep_day_off", "customer", "sales_order", "deal", "deal_stage_history", "note", "visit", "contact", "rank_history",
                          "change_log"]
            let counts = try tables.map { ($0, try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0) }
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let sqliteVersion = try String.fetchOne(db, sql: "SELECT sqlite_version()") ?? "?"
            return StoreInfo(location: location, backend: "SQLite \(sqliteVersion)",
                             schemaVersion: "\(applied.count) (\(latest ?? "empty"))",
                             rowCounts: counts, bytes: pages * pageSize)
        }
    }

    public func backup(to path: String) throws {
        do {
            if FileManager.default.fileExists(atPath: path) { throw StorageErrors.backupExists(path) }
            let destination = try DatabaseQueue(path: path)
            try database.backup(to: destination)
        } catch {
            throw StorageErrors.map(error, location: path)
        }
    }

    public func check() throws -> [String] {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "foreign key: \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) → \(row[2] as String? ?? "?")"
            }
            return integrity + foreignKeys
        }
    }

    public func interrupt() {
        database.interrupt()
    }

    // MARK: Helpers (internal: the history's SQLiteStore+… files share them)

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.read(body) } catch { throw StorageErrors.map(error, location: location) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.write(body) } catch { throw StorageErrors.map(error, location: location) }
    }

    func fetchCustomer(code: String, in db: Database) throws -> Customer? {
        try Row.fetchOne(db, sql: "SELECT \(Rows.customerColumns) FROM \(Rows.customerFrom) WHERE c.code = ?",
                         arguments: [code]).map(Rows.customer)
    }

    private func fetchRep(code: String, in db: Database) throws -> Rep? {
        try Row.fetchOne(db, sql: "SELECT \(Rows.repColumns) FROM rep WHERE code = ?", arguments: [code]).map(Rows.rep)
    }

    private func insert(_ rep: Rep, now: String, in db: Database) throws {
        try db.execute(sql: Rows.insertRepSQL,
                       arguments: StatementArguments(Rows.repValues(rep) + [now, now]))
    }

    func repID(_ code: String?, in db: Database) throws -> Int64? {
        guard let code else { return nil }
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM rep WHERE code = ?", arguments: [code]) else {
            throw StorageErrors.unknownRep(code)
        }
        return id
    }

    private func codes(table: String, prefix: String, limit: Int) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT code FROM \(table) WHERE code >= ? AND code < ? ORDER BY code LIMIT ?",
                                arguments: [prefix, prefix + "\u{10FFFF}", limit])
        }
    }
}
