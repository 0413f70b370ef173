import Foundation
import GRDB
import RoundsDomain

/// The draft plan, next actions due, and confirming a plan as planned visits.
extension SQLStore {
    public func saveDraftPlan(_ document: String, author: String) throws {
        try grdbWrite { db in
            try db.execute(sql: """
                INSERT INTO plan_draft (id, document, saved_by, saved_at) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET document = excluded.document, saved_by = excluded.saved_by,
                saved_at = excluded.saved_at
                """, arguments: [document, author, Timestamp.text(Date())])
        }
    }

    public func draftPlan() throws -> String? {
        try grdbRead { db in try String.fetchOne(db, sql: "SELECT document FROM plan_draft WHERE id = 1") }
    }

    public func addVisits(_ visits: [Visit], requirements: VisitRequirements, author: String) throws -> [Visit] {
        for visit in visits { try requirements.check(visit) }
        return try grdbWrite { db in
            let now = Timestamp.text(Date())
            return try visits.map { visit in
                let owner = try self.owner(visit.customer, rep: visit.rep, in: db)
                try db.execute(sql: HistoryRows.insertVisitSQL, arguments: StatementArguments(
                    HistoryRows.visitValues(visit, repID: owner.repID) + [owner.customerID, now, now, HistoryRows.plannedFor(visit)]))
                let id = db.lastInsertedRowID
                let saved = try fetchWritten(HistoryRows.visit, id: id, in: db, HistoryRows.visit)
                try SearchIndex.put(.visit, id: id, in: db)
                try ChangeLog.record(db, entity: "visit", code: visit.customer, action: "plan", value: saved, author: author, at: now)
                return saved
            }
        }
    }

    public func nextActionsDue(through date: CalendarDate) throws -> [String: CalendarDate] {
        try grdbRead { db in
            // SQLite gives the bare column from the row holding MAX(date): the latest visit's due day.
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.code, v.next_action_due AS due, MAX(v.date) FROM visit v JOIN customer c ON c.id = v.customer_id
                WHERE v.status = 'done' AND v.date <= ? GROUP BY v.customer_id
                """, arguments: [date.description])
            var days: [String: CalendarDate] = [:]
            for row in rows {
                guard let due: String = row["due"] else { continue }
                days[row["code"]] = try CalendarDate(parsing: due, field: "next_action_due")
            }
            return days
        }
    }
}
