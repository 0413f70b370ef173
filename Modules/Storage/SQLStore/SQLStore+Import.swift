import Foundation
import RoundsDomain

/// `import`'s bulk upserts: one transaction per file, statements prepared once for all rows,
/// one change-log row per customer or rep written. History rows stream through `importRows`
/// and `SQLImportWriter`.
extension SQLStore {
    public func importCustomers(_ customers: [Customer], author: String, dryRun: Bool) throws -> ImportSummary {
        for customer in customers { try customer.validate() }
        return try importTransaction(dryRun: dryRun) { db, now in
            var summary = ImportSummary()
            let repIDs = try codeIDs(table: "rep", in: db)
            for var customer in customers {
                let repID = try customer.rep.map { code in
                    guard let id = repIDs[code] else { throw StorageErrors.unknownRep(code) }
                    return id
                }
                let values = Rows.customerValues(customer, repID: repID)
                guard let before = try fetchCustomer(code: customer.code, in: db) else {
                    try db.execute(Rows.insertCustomerSQL, SQLArguments(values + [now, now]))
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
                try db.execute(Rows.updateCustomerSQL, SQLArguments(values + [now, customer.code]))
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
            for var rep in reps {
                guard let before = try importedRep(rep.code, in: db) else {
                    try db.execute(Rows.insertRepSQL, SQLArguments(Rows.repValues(rep) + [now, now]))
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
                try db.execute(Rows.updateRepSQL, SQLArguments(Rows.repValues(rep) + [now, rep.code]))
                try ChangeLog.record(db, entity: "rep", code: rep.code, action: "import",
                                     value: try importedRep(rep.code, in: db)!, before: before, author: author, at: now)
                summary.record(.updated, code: rep.code)
            }
            return summary
        }
    }

    public func importRows(author: String, dryRun: Bool, _ body: (any ImportWriter) throws -> Void) throws -> ImportSummary {
        try backend.bulkWrite { db in
            let writer = try SQLImportWriter(db, store: self, author: author, now: Timestamp.text(Date()))
            do {
                try body(writer)
            } catch {
                writer.abandon()
                throw error
            }
            let commits = !dryRun && !writer.failed
            try writer.finish(committing: commits)
            return (writer.summary, commits)
        }
    }

    /// Runs `body` in one transaction; a dry run rolls it back after computing the same summary.
    private func importTransaction(dryRun: Bool, _ body: (any SQLDatabase, String) throws -> ImportSummary) throws -> ImportSummary {
        try backend.bulkWrite { db in (try body(db, Timestamp.text(Date())), !dryRun) }
    }

    private func codeIDs(table: String, in db: any SQLDatabase) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try db.rows("SELECT code, id FROM \(table)") { ids[row[0]] = row[1] }
        return ids
    }

    private func importedRep(_ code: String, in db: any SQLDatabase) throws -> Rep? {
        try db.row("SELECT \(Rows.repColumns) FROM rep WHERE code = ?", [code]).map(Rows.rep)
    }
}
