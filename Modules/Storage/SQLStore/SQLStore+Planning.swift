import Foundation
import RoundsDomain

/// The draft plan, next actions due, and confirming a plan as planned visits.
extension SQLStore {
    public func saveDraftPlan(_ document: String, author: String) throws {
        _ = try write { db in
            try db.execute("""
                INSERT INTO plan_draft (id, document, saved_by, saved_at) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET document = excluded.document, saved_by = excluded.saved_by,
                saved_at = excluded.saved_at
                """, [document, author, Timestamp.text(Date())])
        }
    }

    public func draftPlan() throws -> String? {
        try read { db in try db.value(String.self, "SELECT document FROM plan_draft WHERE id = 1") }
    }

    public func addVisits(_ visits: [Visit], requirements: VisitRequirements, author: String) throws -> [Visit] {
        for visit in visits { try requirements.check(visit) }
        return try write { db in
            let now = Timestamp.text(Date())
            return try visits.map { visit in
                let saved = try insertVisit(visit, now: now, in: db)
                try ChangeLog.record(db, entity: "visit", code: visit.customer, action: "plan", value: saved, author: author, at: now)
                return saved
            }
        }
    }

    public func nextActionsDue(through date: CalendarDate) throws -> [String: CalendarDate] {
        try read { db in
            // The latest done visit's due day, one index seek per customer (`visit_customer_done`).
            let rows = try db.rows("""
                SELECT code, due FROM (
                    SELECT c.code, (SELECT v.next_action_due FROM visit v
                                    WHERE v.customer_id = c.id AND v.status = 'done' AND v.date <= ?
                                    ORDER BY v.date DESC, v.id DESC LIMIT 1) AS due
                    FROM customer c) AS latest
                WHERE due IS NOT NULL
                """, [date])
            var days: [String: CalendarDate] = [:]
            for row in rows {
                days[row[0]] = try CalendarDate(parsing: row[1], field: "next_action_due")
            }
            return days
        }
    }
}
