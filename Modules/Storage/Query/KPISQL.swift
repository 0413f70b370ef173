import RoundsDomain

/// The aggregate queries behind `kpiFigures`, one per family of figures. Each selects the group
/// first (the rep's id or the customer's rank), then its sums; Swift only adds the families up.
/// Visits read the covering indexes `visit_done_kpi` and `visit_planned_for`, then their customer's
/// rank from `customer_id_rank`. The indexes and the join order are named: left to itself SQLite
/// read each customer's whole row, or scanned every visit by rep to skip sorting the groups
/// (5 s instead of 0.1 s on 1.3 million visits).
struct KPISQL {
    let query: KPIQuery
    let dialect: SQLDialect
    /// The first and last day as stored (`YYYY-MM-DD`), and the day after the last: timestamps
    /// (`YYYY-MM-DD HH:MM:SS`) are in the period when `first <= at < end`.
    let first: String, last: String, end: String

    init(_ query: KPIQuery, dialect: SQLDialect) {
        self.query = query
        self.dialect = dialect
        first = query.period.first.description
        last = query.period.last.description
        end = query.period.last.adding(days: 1).description
    }

    /// The group of a visit or deal `x` joined to its customer `c`.
    private var group: String { query.grouping == .rep ? "x.rep_id" : "c.rank" }

    /// The join to the customer's rank, which only rows grouped by rank need.
    private var rankJoin: String {
        query.grouping == .rep ? "" : "\(dialect.joinInOrder) customer c \(dialect.indexedBy("customer_id_rank")) ON c.id = x.customer_id"
    }

    func sum(into figures: inout [String?: KPIFigures], _ db: any SQLDatabase, key: (SQLValue) -> String?) throws {
        func each(_ sql: String, _ arguments: SQLArguments, _ add: (inout KPIFigures, SQLRow) -> Void) throws {
            try db.forEachRow(sql, arguments) { row in add(&figures[key(row.values[0]), default: KPIFigures()], row) }
        }
        // Blank text (spaces, full-width spaces) records nothing, as a visit requirement sees it.
        func recorded(_ column: String) -> String { "SUM(CASE WHEN TRIM(COALESCE(x.\(column), ''), ' 　') <> '' THEN 1 ELSE 0 END)" }
        try each("""
            SELECT \(group), c.rank, COUNT(*), \(recorded("proposal")), \(recorded("purpose")), \(recorded("next_action"))
            FROM visit x \(dialect.indexedBy("visit_done_kpi")) \(dialect.joinInOrder) customer c \(dialect.indexedBy("customer_id_rank"))
                ON c.id = x.customer_id
            WHERE x.status = 'done' AND x.date BETWEEN ? AND ? GROUP BY 1, 2
            """, [first, last]) { figures, row in
            figures.visitsDone += row[2]
            if let rank = Rank(rawValue: row[1] as String? ?? "") { figures.visitsDoneByRank[rank, default: 0] += row[2] }
            figures.proposals += row[3]
            figures.withPurpose += row[4]
            figures.withNextAction += row[5]
        }
        try each("""
            SELECT \(group), COUNT(*), SUM(CASE WHEN x.status = 'done' THEN 1 ELSE 0 END) FROM visit x \(dialect.indexedBy("visit_planned_for")) \(rankJoin)
            WHERE x.planned_for BETWEEN ? AND ? GROUP BY 1
            """, [first, last]) { figures, row in
            figures.visitsPlanned += row[1]
            figures.plannedDone += row[2]
        }
        try each("""
            SELECT \(group), COUNT(*) FROM deal x \(dialect.indexedBy("deal_created")) \(rankJoin)
            WHERE x.created_at >= ? AND x.created_at < ? GROUP BY 1
            """, [first, end]) { figures, row in
            figures.dealsCreated += row[1]
        }
        try sumClosedDeals(each)
        try sumSales(each)
        guard query.grouping == .rep else { return }
        let months = query.period.months
        try each("""
            SELECT rep_id, SUM(sales_yen), SUM(visits) FROM sales_target WHERE month BETWEEN ? AND ? GROUP BY 1
            """, [months.first, months.last]) { figures, row in
            figures.targetSalesYen = row[1]
            figures.targetVisits = row[2]
        }
    }

    /// Deals that entered a won or lost stage in the period, each deal once, by the stage history's day.
    private func sumClosedDeals(_ each: (String, SQLArguments, (inout KPIFigures, SQLRow) -> Void) throws -> Void) throws {
        let closed = query.wonStages + query.lostStages
        guard !closed.isEmpty else { return }
        func list(_ codes: [String]) -> String { "(" + codes.map { _ in "?" }.joined(separator: ", ") + ")" }
        try each("""
            SELECT \(group), COUNT(DISTINCT CASE WHEN h.to_stage IN \(list(query.wonStages)) THEN h.deal_id END),
                COUNT(DISTINCT CASE WHEN h.to_stage IN \(list(query.lostStages)) THEN h.deal_id END)
            FROM deal_stage_history h JOIN deal x ON x.id = h.deal_id \(rankJoin)
            WHERE h.at >= ? AND h.at < ? AND h.to_stage IN \(list(closed)) GROUP BY 1
            """, SQLArguments(query.wonStages + query.lostStages + [first, end] + closed)) { figures, row in
            figures.dealsWon += row[1]
            figures.dealsLost += row[2]
        }
    }

    /// Sales by rep seek each rep's month in the `(rep_id, date, amount_yen)` index, never the
    /// table; by rank each customer's month in `(customer_id, date, id, amount_yen)`, customers read
    /// from `customer_id_rank` (left to itself SQLite walked `customer_rank`: 4 s instead of 0.65 s).
    private func sumSales(_ each: (String, SQLArguments, (inout KPIFigures, SQLRow) -> Void) throws -> Void) throws {
        let sql = query.grouping == .rep ? """
            SELECT r.id, (SELECT SUM(o.amount_yen) FROM sales_order o WHERE o.rep_id = r.id AND o.date BETWEEN ? AND ?) FROM rep r
            UNION ALL
            SELECT NULL, (SELECT SUM(o.amount_yen) FROM sales_order o WHERE o.rep_id IS NULL AND o.date BETWEEN ? AND ?)
            """ : """
            SELECT c.rank, SUM(o.amount_yen) FROM customer c \(dialect.indexedBy("customer_id_rank")) \(dialect.joinInOrder) sales_order o
            ON o.customer_id = c.id WHERE o.date BETWEEN ? AND ? GROUP BY 1
            """
        try each(sql, query.grouping == .rep ? [first, last, first, last] : [first, last]) { figures, row in
            figures.salesYen += row[1] as Int? ?? 0
        }
    }
}
