import Foundation
import RoundsDomain

/// A rep's own days off (休暇), one `rep_day_off` row a day. Each write leaves one change-log row
/// under the rep (`day-off-add`, `day-off-remove`) listing the days it changed.
extension SQLStore {
    public func addDaysOff(rep: String, dates: [CalendarDate], note: String?, author: String) throws -> Int {
        try write { db in
            guard let repID = try repID(rep, in: db) else { return 0 }
            let now = Timestamp.text(Date())
            var added: [CalendarDate] = [], renoted: [CalendarDate] = []
            for date in Set(dates).sorted() {
                if try db.execute("""
                    INSERT INTO rep_day_off (rep_id, date, note, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING
                    """, [repID, date, note, now]) > 0 {
                    added.append(date)
                } else if let note {
                    if try db.execute("UPDATE rep_day_off SET note = ? WHERE rep_id = ? AND date = ? AND note IS DISTINCT FROM ?",
                                      [note, repID, date, note]) > 0 {
                        renoted.append(date)
                    }
                }
            }
            if !added.isEmpty || !renoted.isEmpty {
                try ChangeLog.record(db, entity: "rep", code: rep, action: "day-off-add",
                                     value: DaysOffChange(dates: (added + renoted).sorted().map(\.description), note: note),
                                     author: author, at: now)
            }
            return added.count
        }
    }

    public func removeDaysOff(rep: String, dates: [CalendarDate], author: String) throws -> Int {
        try write { db in
            guard let repID = try repID(rep, in: db) else { return 0 }
            var removed: [CalendarDate] = []
            for date in Set(dates).sorted() {
                if try db.execute("DELETE FROM rep_day_off WHERE rep_id = ? AND date = ?", [repID, date]) > 0 { removed.append(date) }
            }
            if !removed.isEmpty {
                try ChangeLog.record(db, entity: "rep", code: rep, action: "day-off-remove",
                                     value: DaysOffChange(dates: removed.map(\.description), note: nil),
                                     author: author, at: Timestamp.text(Date()))
            }
            return removed.count
        }
    }

    public func daysOff(rep: String?, from: CalendarDate?, to: CalendarDate?) throws -> [RepDayOff] {
        try read { db in
            var conditions: [String] = [], arguments: SQLArguments = []
            if let rep {
                conditions.append("d.rep_id = ?")
                arguments += [try repID(rep, in: db)]
            }
            if let from {
                conditions.append("d.date >= ?")
                arguments += [from]
            }
            if let to {
                conditions.append("d.date <= ?")
                arguments += [to]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try db.rows("""
                SELECT r.code, d.date, d.note FROM rep_day_off d JOIN rep r ON r.id = d.rep_id \(filter) ORDER BY r.code, d.date
                """, arguments).map { row in
                RepDayOff(rep: row[0], date: try CalendarDate(parsing: row[1], field: "date"), note: row[2])
            }
        }
    }
}

/// What a days-off write leaves in the change log.
private struct DaysOffChange: Encodable {
    let dates: [String]
    let note: String?
}
