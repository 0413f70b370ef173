import RoundsDomain

/// The monthly review's reads. Lists are cut by `LIMIT` with `COUNT(*) OVER ()` beside each row,
/// so the full count costs no second query; per-customer figures are range seeks into the
/// `(customer_id, date, …)` indexes, as ranking does, never a scan of the orders.
extension SQLStore {
    public func hasHistory(in days: ReviewWindow) throws -> Bool {
        try read { db in
            // Orders have no index by day alone: each rep's days are a seek into `sales_order_rep_sums`.
            try db.value(Bool.self, """
                SELECT EXISTS (SELECT 1 FROM visit WHERE status = 'done' AND date BETWEEN ?1 AND ?2)
                    OR EXISTS (SELECT 1 FROM note WHERE kind IN ('competitor', 'request', 'general') AND date BETWEEN ?1 AND ?2)
                    OR EXISTS (SELECT 1 FROM deal_stage_history WHERE at >= ?1 AND at < ?3)
                    OR EXISTS (SELECT 1 FROM rep r WHERE EXISTS (
                        SELECT 1 FROM sales_order WHERE rep_id = r.id AND date BETWEEN ?1 AND ?2))
                    OR EXISTS (SELECT 1 FROM sales_order WHERE rep_id IS NULL AND date BETWEEN ?1 AND ?2)
                """, Self.bounds(days)) ?? false
        }
    }

    public func dealsEntering(stages: [String], in days: ReviewWindow, limit: Int) throws -> ReviewList<ReviewDeal> {
        guard !stages.isEmpty else { return ReviewList(items: [], total: 0) }
        let marks = stages.map { _ in "?" }.joined(separator: ", ")
        return try read { db in
            let rows = try db.rows("""
                WITH entered AS (
                    SELECT deal_id, MIN(at) AS at FROM deal_stage_history \(db.dialect.indexedBy("deal_stage_history_at"))
                    WHERE at >= ? AND at < ? AND to_stage IN (\(marks)) GROUP BY deal_id)
                SELECT \(HistoryRows.deal.columns), c.name, e.at, COUNT(*) OVER ()
                FROM entered e JOIN deal x ON x.id = e.deal_id JOIN customer c ON c.id = x.customer_id
                LEFT JOIN rep r ON r.id = x.rep_id
                ORDER BY x.amount_yen IS NULL, x.amount_yen DESC, e.at, x.id LIMIT ?
                """, SQLArguments([days.first.description, days.last.adding(days: 1).description] + stages)
                    + [limit])
            return ReviewList(items: try rows.map { row in
                ReviewDeal(deal: try HistoryRows.deal(row), customerName: row[12],
                           enteredOn: try CalendarDate(parsing: String((row[13] as String).prefix(10)), field: "at"))
            }, total: Self.total(rows, at: 14))
        }
    }

    public func leadUp(customer: String, from: CalendarDate, through: CalendarDate, limit: Int) throws -> [ReviewStep] {
        try read { db in
            let arguments: SQLArguments = [customer, from, through, limit]
            // A visit that proposed or moved a deal tells the most; a note of what the customer
            // asked for or who competes, or any other outcome, next.
            let visits = try db.rows("""
                SELECT \(HistoryRows.visit.columns),
                    CASE WHEN TRIM(COALESCE(x.proposal, ''), ' 　') <> '' OR x.outcomes LIKE '%deal-%'
                              OR x.outcomes LIKE '%order%' THEN 2
                         WHEN x.outcomes <> '' THEN 1 ELSE 0 END AS weight
                FROM \(HistoryRows.visit.from)
                WHERE c.code = ? AND x.status = 'done' AND x.date BETWEEN ? AND ?
                ORDER BY weight DESC, x.date DESC, x.id DESC LIMIT ?
                """, arguments).map { (weight: $0[16] as Int, step: ReviewStep.visit(try HistoryRows.visit($0))) }
            let notes = try db.rows("""
                SELECT \(HistoryRows.note.columns), CASE WHEN x.kind IN ('request', 'competitor') THEN 1 ELSE 0 END AS weight
                FROM \(HistoryRows.note.from)
                WHERE c.code = ? AND x.date BETWEEN ? AND ?
                ORDER BY weight DESC, x.date DESC, x.id DESC LIMIT ?
                """, arguments).map { (weight: $0[8] as Int, step: ReviewStep.note(try HistoryRows.note($0))) }
            return (visits + notes)
                .sorted { ($0.weight, $0.step.date) > ($1.weight, $1.step.date) }
                .prefix(limit).map(\.step)
        }
    }

    public func proposalVisits(in days: ReviewWindow, followUpDays: Int, limit: Int) throws -> ReviewList<ReviewProposal> {
        try read { db in
            let proposed = "x.status = 'done' AND x.date BETWEEN ? AND ? AND TRIM(COALESCE(x.proposal, ''), ' 　') <> ''"
            let window: SQLArguments = [days.first, days.last]
            let rows = try db.rows("""
                SELECT \(HistoryRows.visit.columns), c.name, COUNT(*) OVER () FROM \(HistoryRows.visit.from)
                WHERE \(proposed) ORDER BY x.date DESC, x.id DESC LIMIT ?
                """, window + [limit])
            // One seek per listed visit: SQLite 3.40 rejects an outer column in a correlated
            // subquery's ORDER BY ("no such column").
            return ReviewList(items: try rows.map { row in
                let visit = try HistoryRows.visit(row)
                return ReviewProposal(visit: visit, customerName: row[16],
                                      deal: try Self.dealAfter(visit, followUpDays: followUpDays, in: db))
            }, total: Self.total(rows, at: 17))
        }
    }

    /// The customer's deal a proposal most likely fed: still worked on the visit's day or later
    /// (touched then: open, or closed afterwards), opened no later than `followUpDays` after it,
    /// created nearest to it.
    private static func dealAfter(_ visit: Visit, followUpDays: Int, in db: any SQLDatabase) throws -> Deal? {
        try db.row("""
            SELECT \(HistoryRows.deal.columns) FROM \(HistoryRows.deal.from)
            WHERE c.code = ? AND x.created_at < ? AND x.updated_at >= ?
            ORDER BY abs(\(db.dialect.daysBetween("?", "substr(x.created_at, 1, 10)"))), x.id LIMIT 1
            """, [visit.customer, visit.date.adding(days: followUpDays + 1).description, visit.date.description,
                             visit.date.description]).map(HistoryRows.deal)
    }

    public func requestNotes(in days: ReviewWindow, limit: Int) throws -> ReviewList<ReviewNote> {
        try read { db in
            let rows = try db.rows("""
                SELECT \(HistoryRows.note.columns), c.name, COUNT(*) OVER () FROM \(HistoryRows.note.from)
                WHERE x.kind = 'request' AND x.date BETWEEN ? AND ? ORDER BY x.date DESC, x.id DESC LIMIT ?
                """, [days.first.description, days.last.description, limit])
            return ReviewList(items: try rows.map { ReviewNote(note: try HistoryRows.note($0), customerName: $0[8]) },
                              total: Self.total(rows, at: 9))
        }
    }

    public func salesDrops(recent: ReviewWindow, yearEarlier: ReviewWindow, percent: Int, limit: Int) throws -> ReviewList<SalesDrop> {
        try read { db in
            // Whole yen and a whole percentage: the 30 % line is exact, never a float's 69.999….
            let rows = try db.rows("""
                SELECT code, name, rep, recent, earlier, COUNT(*) OVER () FROM (
                    SELECT c.code, c.name, r.code AS rep,
                        COALESCE((SELECT SUM(amount_yen) FROM sales_order WHERE customer_id = c.id AND date BETWEEN ? AND ?), 0) AS recent,
                        (SELECT SUM(amount_yen) FROM sales_order WHERE customer_id = c.id AND date BETWEEN ? AND ?) AS earlier
                    FROM customer c LEFT JOIN rep r ON r.id = c.rep_id WHERE c.status != 'archived') AS sums
                WHERE earlier > 0 AND recent * 100 <= earlier * (100 - ?)
                ORDER BY earlier - recent DESC, code LIMIT ?
                """, [recent.first.description, recent.last.description, yearEarlier.first.description,
                                 yearEarlier.last.description, percent, limit])
            return ReviewList(items: rows.map { row in
                SalesDrop(customer: row[0], name: row[1], rep: row[2], recentYen: row[3], yearEarlierYen: row[4])
            }, total: Self.total(rows, at: 5))
        }
    }

    public func overdueNextActions(asOf: CalendarDate, limit: Int) throws -> ReviewList<OverdueAction> {
        try read { db in
            // Each customer's last visit is a backward seek in `visit_customer`; left to itself
            // SQLite walked every done visit by day for each customer (84 ms → 1.4 ms on the demo).
            let rows = try db.rows("""
                SELECT c.code, c.name, r.code, v.next_action, v.next_action_due, COUNT(*) OVER ()
                FROM customer c
                JOIN visit v ON v.id = (SELECT id FROM visit \(db.dialect.indexedBy("visit_customer"))
                                        WHERE customer_id = c.id AND status = 'done' AND date <= ?1
                                        ORDER BY date DESC, id DESC LIMIT 1)
                LEFT JOIN rep r ON r.id = c.rep_id
                WHERE c.status != 'archived' AND v.next_action_due < ?1 AND TRIM(COALESCE(v.next_action, ''), ' 　') <> ''
                ORDER BY v.next_action_due, c.code LIMIT ?2
                """, [asOf.description, limit])
            return ReviewList(items: try rows.map { row in
                OverdueAction(customer: row[0], name: row[1], rep: row[2], action: row[3],
                              due: try CalendarDate(parsing: row[4], field: "next_action_due"))
            }, total: Self.total(rows, at: 5))
        }
    }

    /// The list's full count, which every row carries in column `index`; none without rows.
    private static func total(_ rows: [SQLRow], at index: Int) -> Int {
        rows.first.map { $0[index] as Int } ?? 0
    }

    /// The first and last day and the day after the last: timestamps fall in the days when `first <= at < end`.
    private static func bounds(_ days: ReviewWindow) -> SQLArguments {
        [days.first, days.last, days.last.adding(days: 1)]
    }
}
