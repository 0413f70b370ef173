import Foundation
import RoundsDomain

/// Orders, notes, contacts and the change log; deals and visits have files of their own.
/// Every history row is logged under its customer's code, so `customer log` reads one index range.
extension SQLStore {
    public func addOrder(_ order: Order, author: String) throws -> Order {
        try order.validate()
        return try append { db in
            let now = Timestamp.text(Date())
            let owner = try self.owner(order.customer, rep: order.rep, in: db)
            let id = try db.insert(HistoryRows.insertOrderSQL,
                                   HistoryRows.orderValues(order, customerID: owner.customerID, repID: owner.repID, now: now))
            let saved = try fetchWritten(HistoryRows.order, id: id, in: db, HistoryRows.order)
            try ChangeLog.record(db, entity: "order", code: order.customer, action: "add", value: saved, author: author, at: now)
            return saved
        }
    }

    public func orders(_ query: HistoryQuery) throws -> [Order] {
        try list(HistoryRows.order, query, decode: HistoryRows.order)
    }

    public func addNote(_ note: Note, author: String) throws -> Note {
        try note.validate()
        return try append { db in
            let now = Timestamp.text(Date())
            let saved = try insertIndexed(.note, [
                nil, note.kind.rawValue, note.date.description, note.text, note.tags.joined(separator: ","),
                author, now,
            ], customer: note.customer, in: db, HistoryRows.note)
            try ChangeLog.record(db, entity: "note", code: note.customer, action: "add", value: saved, author: author, at: now)
            return saved
        }
    }

    public func notes(_ query: HistoryQuery, kind: NoteKind?) throws -> [Note] {
        try list(HistoryRows.note, query, extra: kind.map { [("x.kind = ?", [$0.rawValue])] } ?? [],
                 decode: HistoryRows.note)
    }

    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        try read { db in try SearchIndex.search(query, in: db) }
    }

    public func searchCount(_ query: SearchQuery) throws -> Int {
        try read { db in try SearchIndex.count(query, in: db) }
    }

    public func addContact(_ contact: Contact, author: String) throws -> Contact {
        try contact.validate()
        return try append { db in
            let now = Timestamp.text(Date())
            let owner = try self.owner(contact.customer, rep: nil, in: db)
            let id = try db.insert(HistoryRows.insertContactSQL,
                                   [owner.customerID, contact.name, contact.role, contact.phone, contact.email, now])
            let saved = try fetchWritten(HistoryRows.contact, id: id, in: db, HistoryRows.contact)
            try ChangeLog.record(db, entity: "contact", code: contact.customer, action: "add", value: saved, author: author, at: now)
            return saved
        }
    }

    public func contacts(_ query: HistoryQuery) throws -> [Contact] {
        try list(HistoryRows.contact, query, decode: HistoryRows.contact)
    }

    public func changes(code: String, entities: [String]) throws -> [Change] {
        try read { db in try ChangeLog.changes(db, code: code, entities: entities) }
    }

    // MARK: Shared by the history writes

    /// The customer's row id and the rep's: the one given, else the customer's own rep.
    func owner(_ customer: String, rep: String?, in db: any SQLDatabase) throws -> (customerID: Int64, repID: Int64?) {
        guard let row = try db.row("SELECT id, rep_id FROM customer WHERE code = ?", [customer]) else {
            throw StorageErrors.unknownCustomer(customer)
        }
        return (row[0], try repID(rep, in: db) ?? row[1])
    }

    func fetch<T>(_ table: HistoryRows.Table, id: Int64, in db: any SQLDatabase, _ decode: (SQLRow) throws -> T) throws -> T? {
        try db.row("SELECT \(table.columns) FROM \(table.from) WHERE x.id = ?", [id]).map(decode)
    }

    /// Reads back the row just written in this transaction (so it exists), as the database stored it.
    func fetchWritten<T>(_ table: HistoryRows.Table, id: Int64, in db: any SQLDatabase, _ decode: (SQLRow) throws -> T) throws -> T {
        try fetch(table, id: id, in: db, decode)!
    }

    /// Reads back a searchable record just written in this transaction and indexes it, one SELECT
    /// for both; `replacing` the entry of an edited record, which a new one has not.
    func fetchIndexed<T>(_ table: HistoryRows.Table, _ kind: SearchKind, id: Int64, replacing: Bool, in db: any SQLDatabase,
                         _ decode: (SQLRow) throws -> T) throws -> T {
        try index(db.row(SearchIndex.selectIndexed(table, kind), [id])!, kind, id: id, replacing: replacing, in: db, decode)
    }

    /// Indexes a record from its row as read back or returned, its search text last, and decodes it.
    private func index<T>(_ row: SQLRow, _ kind: SearchKind, id: Int64, replacing: Bool, in db: any SQLDatabase,
                          _ decode: (SQLRow) throws -> T) throws -> T {
        try SearchIndex.put(kind, id: id, text: row.optional(row.count - 1) ?? "", replacing: replacing, in: db)
        return try decode(row)
    }

    /// The id of a new record's rep, when it names one; an unknown customer is said first.
    func repID(_ rep: String?, forNewRecordOf customer: String, in db: any SQLDatabase) throws -> Int64? {
        do {
            return try repID(rep, in: db)
        } catch {
            guard try db.row("SELECT id FROM customer WHERE code = ?", [customer]) != nil else {
                throw StorageErrors.unknownCustomer(customer)
            }
            throw error
        }
    }

    /// Adds a searchable record of `customer` and gives it back as stored, indexed, in one
    /// statement (`IndexedInsert`); the arguments are its table's INSERT's, `customer_id` NULL.
    func insertIndexed<T>(_ insert: IndexedInsert, _ arguments: SQLArguments, customer: String, in db: any SQLDatabase,
                          _ decode: (SQLRow) throws -> T) throws -> T {
        guard let row = try db.row(insert.sql, arguments + [customer, customer]) else { throw StorageErrors.unknownCustomer(customer) }
        return try index(row, insert.kind, id: row[0], replacing: false, in: db, decode)
    }

    /// Runs a listing; a customer or rep named in the query must exist, so a typo is an error, not an empty list.
    func list<T>(_ table: HistoryRows.Table, _ query: HistoryQuery, extra: [(sql: String, arguments: SQLArguments)] = [],
                 decode: (SQLRow) throws -> T) throws -> [T] {
        let sql = HistorySQL.select(table, query, extra: extra)
        return try read { db in
            try checkNames(query, in: db)
            return try db.rows(sql.text, sql.arguments).map(decode)
        }
    }

    /// Throws for a customer or rep the query names that does not exist.
    func checkNames(_ query: HistoryQuery, in db: any SQLDatabase) throws {
        if let customer = query.customer, try fetchCustomer(code: customer, in: db) == nil {
            throw StorageErrors.unknownCustomer(customer)
        }
        _ = try repID(query.rep, in: db)
    }
}

/// The INSERT of a new searchable record that finds its customer by code
/// (`HistoryRows.byCustomerCode`) and returns what a read-back would select, its search text
/// last (`SearchIndex.returningIndexed`): built once per table.
struct IndexedInsert {
    let sql: String
    let kind: SearchKind

    private init(_ insert: String, _ table: HistoryRows.Table, _ kind: SearchKind) {
        sql = HistoryRows.byCustomerCode(insert) + SearchIndex.returningIndexed(table, kind)
        self.kind = kind
    }

    static let visit = IndexedInsert(HistoryRows.insertVisitSQL, HistoryRows.visit, .visit)
    static let note = IndexedInsert(HistoryRows.insertNoteSQL, HistoryRows.note, .note)
    static let deal = IndexedInsert(HistoryRows.insertDealSQL, HistoryRows.deal, .deal)
}
