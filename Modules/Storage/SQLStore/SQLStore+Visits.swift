import Foundation
import RoundsDomain

/// Visits: planned ones, done ones, and planned ones logged as done (the same row, so the plan
/// and what came of it stay together).
extension SQLStore {
    public func addVisit(_ visit: Visit, requirements: VisitRequirements, author: String) throws -> Visit {
        try requirements.check(visit)
        return try append { db in
            let now = Timestamp.text(Date())
            let saved = try insertVisit(visit, now: now, in: db)
            try ChangeLog.record(db, entity: "visit", code: visit.customer, action: visit.status == .planned ? "plan" : "log",
                                 value: saved, author: author, at: now)
            return saved
        }
    }

    public func logVisit(id: Int, requirements: VisitRequirements, author: String,
                         _ change: (inout Visit) throws -> Void) throws -> Visit {
        try rewriteVisit(id: id, requirements: requirements, author: author, action: "log") { visit in
            guard visit.status == .planned else { throw StorageErrors.visitDoneAlready(id) }
            visit.status = .done
            try change(&visit)
        }
    }

    public func updateVisit(id: Int, requirements: VisitRequirements, author: String,
                            _ change: (inout Visit) throws -> Void) throws -> Visit {
        try rewriteVisit(id: id, requirements: requirements, author: author, action: "edit") { visit in
            let status = visit.status
            try change(&visit)
            visit.status = status
        }
    }

    /// Reads the visit, lets `change` rewrite it, checks it and writes it back with its search
    /// entry and a change-log row `action` holding the before and after — one transaction.
    private func rewriteVisit(id: Int, requirements: VisitRequirements, author: String, action: String,
                              _ change: (inout Visit) throws -> Void) throws -> Visit {
        try write { db in
            guard var visit = try fetch(HistoryRows.visit, id: Int64(id), in: db, HistoryRows.visit) else {
                throw StorageErrors.unknownVisit(id)
            }
            let before = visit
            try change(&visit)
            try requirements.check(visit)
            let now = Timestamp.text(Date())
            let repID = try owner(before.customer, rep: visit.rep, in: db).repID
            try db.execute(HistoryRows.updateVisitSQL,
                           SQLArguments(HistoryRows.visitValues(visit, repID: repID) + [now, id]))
            let saved = try fetchIndexed(HistoryRows.visit, .visit, id: Int64(id), replacing: true, in: db, HistoryRows.visit)
            try ChangeLog.record(db, entity: "visit", code: saved.customer, action: action, value: saved, before: before,
                                 author: author, at: now)
            return saved
        }
    }

    /// Stores and indexes a new visit, logged or planned (`addVisit`, a plan applied); its rep
    /// is the customer's unless it names one.
    func insertVisit(_ visit: Visit, now: String, in db: any SQLDatabase) throws -> Visit {
        let repID = try repID(visit.rep, forNewRecordOf: visit.customer, in: db)
        return try insertIndexed(.visit, SQLArguments(HistoryRows.visitValues(visit, repID: repID) + [nil, now, now, HistoryRows.plannedFor(visit)]),
                                 customer: visit.customer, in: db, HistoryRows.visit)
    }

    public func visit(id: Int) throws -> Visit? {
        try read { db in try fetch(HistoryRows.visit, id: Int64(id), in: db, HistoryRows.visit) }
    }

    public func visits(_ query: HistoryQuery, status: VisitStatus?) throws -> [Visit] {
        try list(HistoryRows.visit, query, extra: status.map { [("x.status = ?", [$0.rawValue.sqlValue])] } ?? [],
                 decode: HistoryRows.visit)
    }

    public func plannedVisitIDs(prefix: String, limit: Int) throws -> [String] {
        try read { db in
            try db.values(String.self, """
                SELECT CAST(id AS TEXT) FROM visit WHERE status = 'planned' AND CAST(id AS TEXT) LIKE ? ORDER BY date, id LIMIT ?
                """, [Self.digitsPrefix(prefix), limit])
        }
    }

    public func lastVisits(through date: CalendarDate) throws -> [String: CalendarDate] {
        try read { db in
            let rows = try db.rows("""
                SELECT c.code, MAX(v.date) AS last FROM visit v JOIN customer c ON c.id = v.customer_id
                WHERE v.status = 'done' AND v.date <= ? GROUP BY c.code
                """, [date])
            var days: [String: CalendarDate] = [:]
            for row in rows {
                days[row["code"]] = try CalendarDate(parsing: row["last"], field: "date")
            }
            return days
        }
    }
}
