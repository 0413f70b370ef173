import Foundation
import RoundsDomain

/// The bulk load of a whole company with its past (`demo create`): reps, customers and every
/// piece of history in one transaction, through prepared statements. The change log gets a
/// `bulk-add` row per customer and table with its count, and one per table with the total,
/// instead of one per record.
///
/// ```swift
/// try store.addCompany(reps: reps, customers: customers, history: parts, author: "demo") { step in
///     try cancellation.check()   // throwing here rolls everything back
/// }
/// ```
extension SQLStore {
    public func addCompany(reps: [Rep], customers: [Customer], history: some Sequence<CompanyHistory>, author: String,
                           progress: (BulkProgress) throws -> Void) throws {
        // The writer keeps the callback for the length of this call only.
        try withoutActuallyEscaping(progress) { progress in
            try backend.bulkWrite { db in
                let now = Timestamp.text(Date())
                try insertCompany(reps: reps, customers: customers, author: author, now: now, in: db) {
                    try progress(.customers($0))
                }
                var writer = try HistoryWriter(db: db, author: author, now: now, progress: progress)
                for part in history { try writer.write(part) }
                try writer.finish()
                return ((), true)
            }
        }
    }
}

/// Writes history pieces inside a bulk load's transaction and counts what it wrote.
private struct HistoryWriter {
    let db: any SQLDatabase
    let author: String
    let now: String
    let progress: (BulkProgress) throws -> Void
    /// Customer code → (row id, rep row id), rep code → row id: looked up once, not per row.
    let customers: [String: (id: Int64, rep: Int64?)]
    let reps: [String: Int64]
    /// The highest note, visit and deal ids before the load: the search index takes what is above.
    let indexedUpTo: [SearchKind: Int64]
    /// The orders' months, written at the end with the insert trigger off meanwhile.
    var salesMonths: SalesMonths.Additions
    var counts: [String: Int] = [:]
    /// Records added by table, then by customer code, for each customer's change-log rows.
    var countsByCustomer: [String: [String: Int]] = [:]
    var rows = 0
    /// Offsets from UTC by quarter hour since 1970, as `offset(at:)` learns them.
    var offsets: [Int: Int] = [:]

    static let progressStep = 1000

    init(db: any SQLDatabase, author: String, now: String, progress: @escaping (BulkProgress) throws -> Void) throws {
        self.db = db
        self.author = author
        self.now = now
        self.progress = progress
        customers = Dictionary(uniqueKeysWithValues: try db.rows("SELECT code, id, rep_id FROM customer").map {
            ($0[0] as String, (id: $0[1] as Int64, rep: $0[2] as Int64?))
        })
        reps = Dictionary(uniqueKeysWithValues: try db.rows("SELECT code, id FROM rep").map {
            ($0[0] as String, $0[1] as Int64)
        })
        var indexed: [SearchKind: Int64] = [:]
        for kind in SearchKind.allCases {
            indexed[kind] = try db.value(Int64.self, "SELECT coalesce(max(id), 0) FROM \(SearchIndex.table(of: kind))") ?? 0
        }
        indexedUpTo = indexed
        salesMonths = try SalesMonths.Additions(suspendingTriggerIn: db)
    }

    mutating func write(_ part: CompanyHistory) throws {
        for order in part.orders {
            try order.validate()
            let owner = try owner(order.customer, rep: order.rep)
            salesMonths.add(customer: owner.customerID, date: order.date, amountYen: order.amountYen)
            try db.execute(HistoryRows.insertOrderSQL, HistoryRows.orderValues(
                order, customerID: owner.customerID, repID: owner.repID, now: stamp(order.createdAt)))
            try count("order", customer: order.customer)
        }
        for tracked in part.deals {
            let deal = tracked.deal
            try deal.validate()
            guard let last = tracked.stages.last, last.to == deal.stage else {
                throw StorageErrors.stagesDoNotEndAtDeal(deal.title, deal.stage)
            }
            let owner = try owner(deal.customer, rep: deal.rep)
            let id = try db.insert(HistoryRows.insertDealSQL, SQLArguments(
                [owner.customerID] + HistoryRows.dealValues(deal, repID: owner.repID)
                    + [stamp(deal.createdAt), stamp(deal.updatedAt ?? deal.createdAt)]))
            try count("deal", customer: deal.customer)
            for change in tracked.stages {
                try db.execute(HistoryRows.insertStageSQL, [id, change.from, change.to, change.author, stamp(change.at)])
                try count(nil)
            }
        }
        for note in part.notes {
            try note.validate()
            let owner = try owner(note.customer, rep: nil)
            try db.execute(HistoryRows.insertNoteSQL, [
                owner.customerID, note.kind.rawValue, note.date.description, note.text, note.tags.joined(separator: ","),
                note.author ?? author, stamp(note.createdAt),
            ])
            try count("note", customer: note.customer)
        }
        for visit in part.visits {
            try visit.validate()
            let owner = try owner(visit.customer, rep: visit.rep)
            try db.execute(HistoryRows.insertVisitSQL, SQLArguments(
                HistoryRows.visitValues(visit, repID: owner.repID)
                    + [owner.customerID, stamp(visit.createdAt), stamp(visit.updatedAt ?? visit.createdAt),
                       HistoryRows.plannedFor(visit)]))
            try count("visit", customer: visit.customer)
        }
        for contact in part.contacts {
            try contact.validate()
            let owner = try owner(contact.customer, rep: nil)
            try db.execute(HistoryRows.insertContactSQL, [
                owner.customerID, contact.name, contact.role, contact.phone, contact.email, stamp(contact.createdAt),
            ])
            try count("contact", customer: contact.customer)
        }
    }

    /// Indexes the new notes, visits and deals for search and logs the counts of each table that got any.
    mutating func finish() throws {
        if rows % Self.progressStep != 0 { try progress(.historyRows(rows)) }
        try salesMonths.write(in: db)
        var indexed = 0
        for kind in SearchKind.allCases {
            try SearchIndex.putAll(kind, after: indexedUpTo[kind] ?? 0, in: db) {
                indexed += 1
                if indexed % Self.progressStep == 0 { try progress(.searchIndex(indexed)) }
            }
        }
        if indexed % Self.progressStep != 0 { try progress(.searchIndex(indexed)) }
        for entity in ["order", "deal", "note", "visit", "contact"] {
            guard let added = counts[entity] else { continue }
            try ChangeLog.recordBulk(db, entity: entity, count: added, author: author, at: now)
            try ChangeLog.recordCounts(db, entity: entity, counts: countsByCustomer[entity] ?? [:], action: "bulk-add",
                                       author: author, at: now)
        }
    }

    private func owner(_ customer: String, rep: String?) throws -> (customerID: Int64, repID: Int64?) {
        guard let row = customers[customer] else { throw StorageErrors.unknownCustomer(customer) }
        guard let rep else { return (row.id, row.rep) }
        guard let repID = reps[rep] else { throw StorageErrors.unknownRep(rep) }
        return (row.id, repID)
    }

    /// Counts a row; `entity` and `customer` name a record's table and customer (a stage change has neither).
    private mutating func count(_ entity: String?, customer: String? = nil) throws {
        if let entity {
            counts[entity, default: 0] += 1
            if let customer { countsByCustomer[entity, default: [:]][customer, default: 0] += 1 }
        }
        rows += 1
        if rows % Self.progressStep == 0 { try progress(.historyRows(rows)) }
    }

    /// `Timestamp.text` by arithmetic: the same text, without a Calendar per call, which would
    /// cost more than the insert over the hundreds of thousands of rows a load writes.
    private mutating func stamp(_ date: Date?) -> String {
        guard let date else { return now }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let local = seconds + offset(at: seconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let second = local - days * 86_400
        func twoDigits(_ number: Int) -> String { (number < 10 ? "0" : "") + String(number) }
        return CalendarDate(daysSinceEpoch: days).description + " " + twoDigits(second / 3600) + ":"
            + twoDigits(second / 60 % 60) + ":" + twoDigits(second % 60)
    }

    /// The company zone's offset from UTC, asked once per quarter of an hour: time zones change
    /// their offsets on quarter hours, and asking Foundation for every row is slow.
    private mutating func offset(at seconds: Int) -> Int {
        let quarter = seconds >= 0 ? seconds / 900 : (seconds - 899) / 900
        if let known = offsets[quarter] { return known }
        let offset = TimeZone.company.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(quarter * 900)))
        offsets[quarter] = offset
        return offset
    }
}
