import Foundation
import RoundsDomain

/// The store on either backend: the same SQL, the same transactions and the same results
/// whether the data lives in a SQLite file or on a PostgreSQL server.
///
/// ```swift
/// let store = try SQLStore(path: "rounds.sqlite")
/// print(try store.info().schemaVersion)
/// ```
public final class SQLStore: Store {
    package let backend: any SQLBackend
    public var location: String { backend.location }

    package init(backend: any SQLBackend) {
        self.backend = backend
    }

    /// Opens (and creates or migrates) the SQLite file at `path`.
    public convenience init(path: String) throws {
        self.init(backend: try SQLiteBackend(path: path))
    }

    // MARK: Customers

    public func addCustomer(_ customer: Customer, author: String) throws -> Customer {
        try customer.validate()
        return try write { db in
            let now = Timestamp.text(Date())
            let values = Rows.customerValues(customer, repID: try repID(customer.rep, in: db)) + [now, now]
            try db.execute(Rows.insertCustomerSQL, SQLArguments(values))
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
            try db.execute(Rows.updateCustomerSQL, SQLArguments(values))
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
        let sql = try CustomerSQL.select(query, dialect: backend.dialect)
        return try read { db in
            try db.rows(sql.text, sql.arguments).map(Rows.customer)
        }
    }

    public func countCustomers(_ query: CustomerQuery) throws -> Int {
        let sql = try CustomerSQL.count(query, dialect: backend.dialect)
        return try read { db in try db.value(Int.self, sql.text, sql.arguments) ?? 0 }
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
            try db.execute(Rows.updateRepSQL, SQLArguments(values))
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
        try read { db in try db.rows("SELECT \(Rows.repColumns) FROM rep ORDER BY code").map(Rows.rep) }
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
    func insertCompany(reps: [Rep], customers: [Customer], author: String, now: String, in db: any SQLDatabase,
                       progress: (Int) throws -> Void) throws {
        for rep in reps { try rep.validate() }
        for customer in customers { try customer.validate() }
        for rep in reps { try insert(rep, now: now, in: db) }
        let repIDs = Dictionary(uniqueKeysWithValues: try db.rows("SELECT code, id FROM rep").map {
            ($0["code"] as String, $0["id"] as Int64)
        })
        for (index, customer) in customers.enumerated() {
            var repID: Int64?
            if let code = customer.rep {
                guard let id = repIDs[code] else { throw StorageErrors.unknownRep(code) }
                repID = id
            }
            try db.execute(Rows.insertCustomerSQL, SQLArguments(Rows.customerValues(customer, repID: repID) + [now, now]))
            if index % 1000 == 999 { try progress(index + 1) }
        }
        try ChangeLog.recordBulk(db, entity: "customer", count: customers.count, author: author, at: now)
        if customers.count % 1000 != 0 { try progress(customers.count) }
    }

    // MARK: Database

    public func info() throws -> StoreInfo {
        let description = try backend.describe()
        let tables = ["rep", "rep_day_off", "customer", "sales_order", "deal", "deal_stage_history", "note", "visit", "contact",
                      "rank_history", "change_log"]
        let counts = try read { db in try tables.map { ($0, try db.value(Int.self, "SELECT count(*) FROM \($0)") ?? 0) } }
        return StoreInfo(location: location, backend: description.backend, schemaVersion: description.schemaVersion,
                         rowCounts: counts, bytes: description.bytes)
    }

    /// A SQLite file copies itself page by page; a server's company is copied into a new file.
    public func backup(to path: String) throws {
        if let file = backend as? SQLiteBackend { return try file.backup(to: path) }
        guard !FileManager.default.fileExists(atPath: path) else { throw StorageErrors.backupExists(path) }
        _ = try copy(to: SQLStore(path: path))
    }

    public func check() throws -> [String] {
        try backend.check()
    }

    public func interrupt() {
        backend.interrupt()
    }

    // MARK: Helpers (internal: the store's SQLStore+… files share them)

    func read<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        try backend.read(body)
    }

    func write<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        try backend.write(body)
    }

    func append<T>(_ body: (any SQLDatabase) throws -> T) throws -> T {
        try backend.append(body)
    }

    func fetchCustomer(code: String, in db: any SQLDatabase) throws -> Customer? {
        try db.row("SELECT \(Rows.customerColumns) FROM \(Rows.customerFrom) WHERE c.code = ?",
                         [code]).map(Rows.customer)
    }

    private func fetchRep(code: String, in db: any SQLDatabase) throws -> Rep? {
        try db.row("SELECT \(Rows.repColumns) FROM rep WHERE code = ?", [code]).map(Rows.rep)
    }

    private func insert(_ rep: Rep, now: String, in db: any SQLDatabase) throws {
        try db.execute(Rows.insertRepSQL,
                       SQLArguments(Rows.repValues(rep) + [now, now]))
    }

    func repID(_ code: String?, in db: any SQLDatabase) throws -> Int64? {
        guard let code else { return nil }
        guard let id = try db.value(Int64.self, "SELECT id FROM rep WHERE code = ?", [code]) else {
            throw StorageErrors.unknownRep(code)
        }
        return id
    }

    private func codes(table: String, prefix: String, limit: Int) throws -> [String] {
        try read { db in
            try db.values(String.self, "SELECT code FROM \(table) WHERE code >= ? AND code < ? ORDER BY code LIMIT ?",
                                [prefix, prefix + "\u{10FFFF}", limit])
        }
    }
}
