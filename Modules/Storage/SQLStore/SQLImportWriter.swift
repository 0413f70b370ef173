import Foundation
import RoundsDomain

/// `ImportWriter` inside one transaction. Customers and reps are read once into
/// dictionaries and statements are prepared once, so a row costs an insert, not a lookup too;
/// orders leave one change-log row per customer with their count (a million orders would
/// otherwise be a million rows), deals, notes, visits and contacts one row each (`customer log` tells
/// their story, and there are far fewer of them).
final class SQLImportWriter: ImportWriter {
    private let db: any SQLDatabase
    private let store: SQLStore
    private let author: String
    private let now: String
    private(set) var summary = ImportSummary()
    private(set) var failed = false
    private var ordersAdded = 0
    /// Orders added per customer, for their change-log rows; by row id, as hashing an integer per
    /// order costs the writing thread less than hashing a code.
    private var ordersByCustomer: [Int64: Int] = [:]
    /// What a large import put aside of the order table (see `addOrder`).
    private var bulkLoad: BulkLoad?
    private var owners: [String: (id: Int64, repID: Int64?)] = [:]
    private var repIDs: [String: Int64] = [:]
    private var repCodes: [Int64: String] = [:]
    /// Tables that got rows under ids from the file, whose id sequence must then move past them.
    private var explicitIDs: Set<String> = []
    /// New orders go to the table as they come: on PostgreSQL one `COPY`, which the server
    /// stores while the file is read on. Nothing else runs on the connection while it is open,
    /// so every other statement ends it first (`writePendingOrders`).
    private var orderRows: (any SQLRowWriter)?
    /// The new orders' months, once the first order came (see `SalesMonths.Additions`).
    private var salesMonths: SalesMonths.Additions?

    init(_ db: any SQLDatabase, store: SQLStore, author: String, now: String) throws {
        self.db = db
        self.store = store
        self.author = author
        self.now = now
        for row in try db.rows("SELECT code, id FROM rep") {
            repIDs[row[0]] = row[1]
            repCodes[row[1]] = row[0]
        }
        for row in try db.rows("SELECT code, id, rep_id FROM customer") { owners[row[0]] = (row[1], row[2]) }
    }

    func fail() {
        failed = true
    }

    func addOrder(_ order: Order) throws {
        try order.validate()
        let owner = try owner(order.customer, rep: order.rep)
        if let id = order.id { return try putOrder(order, id: id, owner: owner) }
        guard !failed else { return }
        try addToSalesMonths(order, customer: owner.id)
        if ordersAdded > 0, ordersAdded % Self.orderIndexCheck == 0, bulkLoad == nil { try loadInBulkIfLarge() }
        if orderRows == nil {
            try resyncIDs(after: "sales_order")
            orderRows = try db.rowWriter(into: "sales_order", columns: HistoryRows.orderColumns)
        }
        try orderRows!.add(HistoryRows.orderValues(order, customerID: owner.id, repID: owner.repID, now: now).values)
        ordersAdded += 1
        ordersByCustomer[owner.id, default: 0] += 1
        summary.record(.added, code: order.customer)
    }

    /// An order with an id (an export read back) updates that order, or is added with that id.
    /// The orders waiting are written first, so an id from the file and one the database hands out to a
    /// waiting order cannot meet.
    private func putOrder(_ order: Order, id: Int, owner: (id: Int64, repID: Int64?)) throws {
        try writePendingOrders()
        let before = try stored(HistoryRows.order, "order", id: id, customer: order.customer, decode: HistoryRows.order)
        guard !failed else { return }
        guard let before else {
            try addToSalesMonths(order, customer: owner.id)
            try db.execute(HistoryRows.insertOrderWithIDSQL,
                           [id] + HistoryRows.orderValues(order, customerID: owner.id, repID: owner.repID, now: now))
            explicitIDs.insert("sales_order")
            ordersAdded += 1
            ordersByCustomer[owner.id, default: 0] += 1
            summary.record(.added, code: order.customer)
            return
        }
        var candidate = order
        candidate.rep = owner.repID.flatMap { repCodes[$0] }
        candidate.createdAt = before.createdAt
        guard candidate != before else {
            summary.unchanged += 1
            return
        }
        // The update trigger counts the order's months again from the orders, new ones included:
        // the months held for those must be in `sales_month` first, or they would count twice.
        try salesMonths?.flush(in: db)
        try db.execute(HistoryRows.updateOrderSQL, [
            owner.repID, order.date, order.amountYen, order.product, order.category, order.quantity, id,
        ])
        let saved = try store.fetchWritten(HistoryRows.order, id: Int64(id), in: db, HistoryRows.order)
        try ChangeLog.record(db, entity: "order", code: order.customer, action: "import", value: saved, before: before,
                             author: author, at: now)
        summary.record(.updated, code: "\(order.customer) #\(id)")
    }

    private func addToSalesMonths(_ order: Order, customer: Int64) throws {
        if salesMonths == nil { salesMonths = try SalesMonths.Additions(suspendingTriggerIn: db) }
        salesMonths!.add(customer: customer, date: order.date, amountYen: order.amountYen)
    }

    private func writePendingOrders() throws {
        guard let writer = orderRows else { return }
        orderRows = nil
        try writer.finish()
    }

    /// Ends the orders' writer after an error of the caller's, so that the rollback can run.
    func abandon() {
        orderRows?.cancel()
        orderRows = nil
    }

    /// How often (in orders) a large import is looked for.
    static let orderIndexCheck = 10_000
    /// From this many orders on, an import refreshes the planner's statistics (`SQLDialect.analyze`).
    static let ordersToAnalyze = 10_000

    /// Puts the order table's indexes aside (`BulkLoad`) once the import has added at
    /// least as many orders as the table held before it.
    private func loadInBulkIfLarge() throws {
        try writePendingOrders()
        // Ids only grow, so the largest is a bound on the rows, read without counting them.
        let before = (try db.value(Int.self, "SELECT max(id) FROM sales_order") ?? 0) - ordersAdded
        guard before <= ordersAdded else { return }
        bulkLoad = try BulkLoad(table: "sales_order", in: db)
    }

    func putDeal(_ deal: Deal, flow: SalesFlow) throws -> Int? {
        try writePendingOrders()
        try flow.checkNew(deal)
        let owner = try owner(deal.customer, rep: deal.rep)
        let before = try stored(HistoryRows.deal, "deal", id: deal.id, customer: deal.customer, decode: HistoryRows.deal)
        if let before, before.stage != deal.stage, let stage = flow.stage(code: deal.stage) {
            // A changed stage is a move, under the rules `deal move` keeps: a won or lost deal stays closed.
            var moving = deal
            moving.stage = before.stage
            try flow.move(&moving, to: stage)
        }
        guard !failed else { return nil }
        let values = HistoryRows.dealValues(deal, repID: owner.repID)
        guard let before else {
            let id = try insert(HistoryRows.insertDealSQL, HistoryRows.insertDealWithIDSQL, table: "deal", id: deal.id,
                                SQLArguments([owner.id] + values + [now, now]))
            try db.execute(HistoryRows.insertStageSQL, [id, nil, deal.stage, author, now])
            return try written(HistoryRows.deal, "deal", id: id, customer: deal.customer, before: nil, decode: HistoryRows.deal)
        }
        var candidate = deal
        candidate.rep = owner.repID.flatMap { repCodes[$0] }
        candidate.createdAt = before.createdAt
        candidate.updatedAt = before.updatedAt
        guard candidate != before else { return unchanged(before.id) }
        try db.execute(HistoryRows.updateDealSQL, SQLArguments(values + [now, before.id]))
        if deal.stage != before.stage {
            try db.execute(HistoryRows.insertStageSQL, [before.id, before.stage, deal.stage, author, now])
        }
        return try written(HistoryRows.deal, "deal", id: Int64(before.id!), customer: deal.customer, before: before, decode: HistoryRows.deal)
    }

    func putNote(_ note: Note) throws -> Int? {
        try writePendingOrders()
        try note.validate()
        let owner = try owner(note.customer, rep: nil)
        let before = try stored(HistoryRows.note, "note", id: note.id, customer: note.customer, decode: HistoryRows.note)
        guard !failed else { return nil }
        guard let before else {
            let id = try insert(HistoryRows.insertNoteSQL, HistoryRows.insertNoteWithIDSQL, table: "note", id: note.id,
                                SQLArguments([owner.id] + HistoryRows.noteValues(note, author: note.author ?? author) + [now]))
            return try written(HistoryRows.note, "note", id: id, customer: note.customer, before: nil, decode: HistoryRows.note)
        }
        // A row without an author keeps the stored one: importing a correction does not make it the importer's note.
        var candidate = note
        candidate.author = note.author ?? before.author
        candidate.createdAt = before.createdAt
        guard candidate != before else { return unchanged(before.id) }
        try db.execute(HistoryRows.updateNoteSQL, SQLArguments(
            HistoryRows.noteValues(candidate, author: candidate.author ?? author) + [before.id]))
        return try written(HistoryRows.note, "note", id: Int64(before.id!), customer: note.customer, before: before, decode: HistoryRows.note)
    }

    func putVisit(_ visit: Visit, requirements: VisitRequirements) throws -> Int? {
        try writePendingOrders()
        try requirements.check(visit)
        let owner = try owner(visit.customer, rep: visit.rep)
        let before = try stored(HistoryRows.visit, "visit", id: visit.id, customer: visit.customer, decode: HistoryRows.visit)
        guard !failed else { return nil }
        let values = HistoryRows.visitValues(visit, repID: owner.repID)
        guard let before else {
            let id = try insert(HistoryRows.insertVisitSQL, HistoryRows.insertVisitWithIDSQL, table: "visit", id: visit.id,
                                SQLArguments(values + [owner.id, now, now, HistoryRows.plannedFor(visit)]))
            return try written(HistoryRows.visit, "visit", id: id, customer: visit.customer, before: nil, decode: HistoryRows.visit)
        }
        var candidate = visit
        candidate.rep = owner.repID.flatMap { repCodes[$0] }
        candidate.createdAt = before.createdAt
        candidate.updatedAt = before.updatedAt
        // Files carry no planned day: the stored one stays (the trigger moves it while planned).
        candidate.plannedFor = before.plannedFor
        guard candidate != before else { return unchanged(before.id) }
        try db.execute(HistoryRows.updateVisitSQL, SQLArguments(values + [now, before.id]))
        return try written(HistoryRows.visit, "visit", id: Int64(before.id!), customer: visit.customer, before: before, decode: HistoryRows.visit)
    }

    func putContact(_ contact: Contact) throws -> Int? {
        try writePendingOrders()
        try contact.validate()
        let owner = try owner(contact.customer, rep: nil)
        let before = try stored(HistoryRows.contact, "contact", id: contact.id, customer: contact.customer,
                                decode: HistoryRows.contact)
        guard !failed else { return nil }
        let values = HistoryRows.contactValues(contact)
        guard let before else {
            let id = try insert(HistoryRows.insertContactSQL, HistoryRows.insertContactWithIDSQL, table: "contact", id: contact.id,
                                SQLArguments([owner.id] + values + [now]))
            return try written(HistoryRows.contact, "contact", id: id, customer: contact.customer, before: nil,
                               decode: HistoryRows.contact)
        }
        var candidate = contact
        candidate.createdAt = before.createdAt
        guard candidate != before else { return unchanged(before.id) }
        try db.execute(HistoryRows.updateContactSQL, SQLArguments(values + [before.id]))
        return try written(HistoryRows.contact, "contact", id: Int64(before.id!), customer: contact.customer, before: before,
                           decode: HistoryRows.contact)
    }

    /// The orders still waiting, the change-log rows for the orders, and the order indexes
    /// built again when the import will commit (a rollback brings them back by itself).
    func finish(committing: Bool) throws {
        try writePendingOrders()
        if ordersAdded > 0 {
            try ChangeLog.recordBulk(db, entity: "order", count: ordersAdded, author: author, at: now)
            let codes = Dictionary(uniqueKeysWithValues: owners.map { ($0.value.id, $0.key) })
            let counts = Dictionary(uniqueKeysWithValues: ordersByCustomer.map { (codes[$0.key]!, $0.value) })
            try ChangeLog.recordCounts(db, entity: "order", counts: counts, action: "bulk-import",
                                       author: author, at: now)
        }
        for table in explicitIDs.sorted() {
            if let resync = db.dialect.resyncIDs(table: table) { try db.execute(resync) }
        }
        if committing {
            try bulkLoad?.restore(in: db)
            try salesMonths?.write(in: db)
            if ordersAdded >= Self.ordersToAnalyze, let analyze = db.dialect.analyze(["sales_order", "sales_month"]) {
                try db.execute(analyze)
            }
        } else {
            try salesMonths?.resumeTrigger(in: db)
        }
    }

    // MARK: Helpers

    /// The customer's row id and the rep's: the one named, else the customer's own.
    private func owner(_ customer: String, rep: String?) throws -> (id: Int64, repID: Int64?) {
        guard let owner = owners[customer] else { throw StorageErrors.unknownCustomer(customer) }
        guard let rep else { return owner }
        guard let repID = repIDs[rep] else { throw StorageErrors.unknownRep(rep) }
        return (owner.id, repID)
    }

    /// The stored record with `id`, which must be `customer`'s: an import cannot move a record to another customer.
    private func stored<T>(_ table: HistoryRows.Table, _ entity: String, id: Int?, customer: String,
                           decode: (SQLRow) throws -> T) throws -> T? where T: CustomerRecord {
        guard let id, let record = try store.fetch(table, id: Int64(id), in: db, decode) else { return nil }
        guard record.customer == customer else { throw StorageErrors.recordOfAnotherCustomer(entity, id, record.customer) }
        return record
    }

    /// Indexes (contacts are not searched) and logs the record just written, and counts it.
    private func written<T: Encodable>(_ table: HistoryRows.Table, _ entity: String, id: Int64, customer: String, before: T?,
                                       decode: (SQLRow) throws -> T) throws -> Int {
        let saved = try SearchKind(rawValue: entity).map { kind in
            try store.fetchIndexed(table, kind, id: id, replacing: before != nil, in: db, decode)
        } ?? store.fetchWritten(table, id: id, in: db, decode)
        try ChangeLog.record(db, entity: entity, code: customer, action: "import", value: saved, before: before,
                             author: author, at: now)
        summary.record(before == nil ? .added : .updated, code: "\(customer) #\(id)")
        return Int(id)
    }

    private func unchanged(_ id: Int?) -> Int? {
        summary.unchanged += 1
        return id
    }

    /// A new id in `table` after rows this import added under their own ids must come after those.
    private func resyncIDs(after table: String) throws {
        if explicitIDs.remove(table) != nil, let resync = db.dialect.resyncIDs(table: table) { try db.execute(resync) }
    }

    /// Adds a record under the id the file gives it, or under a new one when it gives none.
    /// `values` are the row's columns after its id, in the order both statements take them.
    private func insert(_ insert: String, _ insertWithID: String, table: String, id: Int?, _ values: SQLArguments) throws -> Int64 {
        guard let id else {
            try resyncIDs(after: table)
            return try db.insert(insert, values)
        }
        explicitIDs.insert(table)
        return try db.insert(insertWithID, [id] + values)
    }
}

/// A history record that belongs to one customer.
protocol CustomerRecord {
    var customer: String { get }
}

extension Order: CustomerRecord {}
extension Deal: CustomerRecord {}
extension Note: CustomerRecord {}
extension Visit: CustomerRecord {}
extension Contact: CustomerRecord {}
