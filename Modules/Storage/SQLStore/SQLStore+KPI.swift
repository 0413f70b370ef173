import Foundation
import RoundsDomain

/// KPI figures: one aggregate query per family of figures (visits done, visits planned, deals
/// created, deals closed, sales, targets), each grouped by rep or by the customer's rank.
extension SQLStore {
    public func kpiFigures(_ query: KPIQuery) throws -> [KPIRow] {
        try read { db in
            let repCodes = Dictionary(uniqueKeysWithValues: try db.rows("SELECT id, code FROM rep").map {
                (($0[0] as Int64), ($0[1] as String))
            })
            // The group of a row, as the SQL below selects it in its first column.
            let key: (SQLValue) -> String? = query.grouping == .rep
                ? { Int64.from($0).flatMap { repCodes[$0] } }
                : { String.from($0) }
            var figures: [String?: KPIFigures] = [:]
            try KPISQL(query, dialect: db.dialect).sum(into: &figures, db, key: key)
            return Self.ordered(figures, grouping: query.grouping, reps: repCodes.values.sorted())
        }
    }

    /// Every rep in code order (a rep with nothing done is a finding too) and the rest when it has figures.
    private static func ordered(_ figures: [String?: KPIFigures], grouping: KPIQuery.Grouping, reps: [String]) -> [KPIRow] {
        let keys: [String?] = grouping == .rep ? reps : Rank.allCases.map(\.rawValue)
        var rows = keys.map { KPIRow(key: $0, figures: figures[$0] ?? KPIFigures()) }
        if grouping == .rank { rows.removeAll { $0.figures.isEmpty } }
        if let other = figures[nil], !other.isEmpty { rows.append(KPIRow(key: nil, figures: other)) }
        return rows
    }

    public func setTarget(_ target: SalesTarget, author: String) throws -> SalesTarget {
        try target.validate()
        return try write { db in
            guard let repID = try repID(target.rep, in: db) else { throw StorageErrors.unknownRep(target.rep) }
            let before = try fetchTarget(repID: repID, month: target.month, in: db)
            let now = Timestamp.text(Date())
            try db.execute("""
                INSERT INTO sales_target (rep_id, month, sales_yen, visits, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (rep_id, month) DO UPDATE SET sales_yen = excluded.sales_yen, visits = excluded.visits,
                    set_by = excluded.set_by, set_at = excluded.set_at
                """, [repID, target.month, target.salesYen, target.visits, author, now])
            let saved = try fetchTarget(repID: repID, month: target.month, in: db)!
            try ChangeLog.record(db, entity: "target", code: target.rep, action: "set", value: saved, before: before,
                                 author: author, at: now)
            return saved
        }
    }

    public func targets(month: String?) throws -> [SalesTarget] {
        try read { db in
            try db.rows("""
                SELECT r.code, t.month, t.sales_yen, t.visits, t.set_by FROM sales_target t JOIN rep r ON r.id = t.rep_id
                WHERE \(month == nil ? "TRUE" : "t.month = ?") ORDER BY t.month, r.code
                """, month.map { [$0] } ?? []).map(Self.target)
        }
    }

    private func fetchTarget(repID: Int64, month: String, in db: any SQLDatabase) throws -> SalesTarget? {
        try db.row("""
            SELECT r.code, t.month, t.sales_yen, t.visits, t.set_by FROM sales_target t JOIN rep r ON r.id = t.rep_id
            WHERE t.rep_id = ? AND t.month = ?
            """, [repID, month]).map(Self.target)
    }

    private static func target(_ row: SQLRow) -> SalesTarget {
        SalesTarget(rep: row[0], month: row[1], salesYen: row[2], visits: row[3], setBy: row[4])
    }
}
