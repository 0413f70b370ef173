import Foundation
import GRDB
import RoundsDomain

/// `import`'s bulk upserts: one transaction per file, prepared statements reused across rows,
/// one change-log row per customer or rep written. History rows stream through `importRows`
/// and `SQLImportWriter`.
extension SQLStore {
    public func importCustomers(_ customers: [Customer], author: String, dryRun: Bool) throws -> ImportSummary {
        for customer in customers { try customer.validate() }
        return try importTransaction(dryRun: dryRun) { db, now in
            var summary = ImportSummary()
            let repIDs = try codeIDs(table: "rep", in: db)
            let insert = try db.makeStatement(sql: Rows.insertCustomerSQL)
            let update = try db.makeStatement(sql: Rows.updateCustomerSQL)
            for var customer in customers {
                let repID = try customer.rep.map { code in
                    guard let id = repIDs[code] else { throw StorageErrors.unknownRep(code) }
                    return id
                }
                let values = Rows.customerValues(customer, repID: repID)
                guard let before = try fetchCustomer(code: customer.code, in: db) else {
                    try insert.execute(arguments: StatementArguments(values + [now, now]))
                    try ChangeLog.record(db, entity: "customer", code: customer.code, action: "import",
                                         value: try fetchCustomer(code: customer.code, in: db)!, author: author, at: now)
                    summary.record(.added, code: customer.code)
                    continue
                }
                customer.createdAt = before.createdAt
                customer.updatedAt = before.updatedAt
                guard customer != before else {
                    summary.unchanged += 1
                    continue
                }
                try update.execute(arguments: StatementArguments(values + [now, customer.code]))
                try ChangeLog.record(db, entity: "customer", code: customer.code, action: "import",
                                     value: try fetchCustomer(code: customer.code, in: db)!, before: before,
                                     author: author, at: now)
                summary.record(.updated, code: customer.code)
            }
            return summary
        }
    }

    public func importReps(_ reps: [Rep], author: String, dryRun: Bool) throws -> ImportSummary {
        for rep in reps { try rep.validate() }
        return try importTransaction(dryRun: dryRun) { db, now in
            var summary = ImportSummary()
            let insert = try db.makeStatement(sql: Rows.insertRepSQL)
            let update = try db.makeStatement(sql: Rows.updateRepSQL)
            for var rep in reps {
                guard let before = try importedRep(rep.code, in: db) else {
                    try insert.execute(arguments: StatementArguments(Rows.repValues(rep) + [now, now]))
                    try ChangeLog.record(db, entity: "rep", code: rep.code, action: "import",
                                         value: try importedRep(rep.code, in: db)!, author: author, at: now)
                    summary.record(.added, code: rep.code)
                    continue
                }
                rep.createdAt = before.createdAt
                rep.updatedAt = before.updatedAt
                guard rep != before else {
                    summary.unchanged += 1
                    continue
                }
                try update.execute(arguments: StatementArguments(Rows.repValues(rep) + [now, rep.code]))
                try ChangeLog.record(db, entity: "rep", code: rep.code, action: "import",
                                     value: try importedRep(rep.code, in: db)!, before: before, author: author, at: now)
                summary.record(.updated, code: rep.code)
            }
            return summary
        }
    }

    /// The page cache while rows are imported, in KiB (negative, as the pragma takes it): room for
    /// the indexes of a million orders, well inside an import's memory budget.
    static let importCacheSize = -131_072

    public func importRows(author: String, dryRun: Bool, _ body: (any ImportWriter) throws -> Void) throws -> ImportSummary {
        do {
            return try database.writeWithoutTransaction { db in
                // The indexes of a million new rows outgrow SQLite's 2 MB page cache: pages would be
                // spilled and read back for every few rows. A larger cache, for this import only.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -131072")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                // The writer resolves every customer and rep through what it read inside this
                // transaction, so SQLite's own foreign-key lookups (two per row) would only repeat
                // them. The pragma cannot change inside a transaction, hence here.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                var summary = ImportSummary()
                try db.inTransaction {
                    let writer = try SQLImportWriter(db, store: self, author: author, now: Timestamp.text(Date()))
                    try body(writer)
                    let commits = !dryRun && !writer.failed
                    try writer.finish(committing: commits)
                    summary = writer.summary
                    return commits ? .commit : .rollback
                }
                return summary
            }
        } catch {
            throw StorageErrors.map(error, location: location)
        }
    }

    /// Runs `body` in one transaction; a dry run rolls it back after computing the same summary.
    private func importTransaction(dryRun: Bool, _ body: (Database, String) throws -> ImportSummary) throws -> ImportSummary {
        do {
            return try database.writeWithoutTransaction { db in
                var summary = ImportSummary()
                try db.inTransaction {
                    summary = try body(db, Timestamp.text(Date()))
                    return dryRun ? .rollback : .commit
                }
                return summary
            }
        } catch {
            throw StorageErrors.map(error, location: location)
        }
    }

    private func codeIDs(table: String, in db: Database) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT code, id FROM \(table)") { ids[row[0]] = row[1] }
        return ids
    }

    private func importedRep(_ code: String, in db: Database) throws -> Rep? {
        try Row.fetchOne(db, sql: "SELECT \(Rows.repColumns) FROM rep WHERE code = ?", arguments: [code]).map(Rows.rep)
    }
}
