import RoundsDomain

/// `customer show` and `brief` read: every list of the screen in one read transaction, the
/// customer checked once, the sums and counts done by the database on the
/// `sales_order(customer_id, date, id, amount_yen)` index.
extension SQLStore {
    public func digest(_ request: DigestRequest) throws -> CustomerDigest {
        let code = request.customer
        let recent = HistoryQuery(customer: code, limit: request.recent)
        return try read { db in
            let customerID = try owner(code, rep: nil, in: db).customerID
            func fetch<T>(_ table: HistoryRows.Table, _ query: HistoryQuery, extra: [(sql: String, arguments: SQLArguments)] = [],
                          order: String? = nil, _ decode: (SQLRow) throws -> T) throws -> [T] {
                let sql = HistorySQL.select(table, query, extra: extra, order: order)
                return try db.rows(sql.text, sql.arguments).map(decode)
            }
            var digest = CustomerDigest()
            digest.lastVisit = try fetch(HistoryRows.visit, HistoryQuery(customer: code, limit: 1),
                                         extra: [("x.status = 'done'", [])], HistoryRows.visit).first
            digest.nextVisit = try fetch(HistoryRows.visit, HistoryQuery(customer: code, from: request.today, limit: 1),
                                         extra: [("x.status = 'planned'", [])], order: "x.date, x.id", HistoryRows.visit).first
            digest.openDeals = try fetch(HistoryRows.deal, HistoryQuery(customer: code),
                                         extra: [HistorySQL.among("x.stage", request.openStages)], HistoryRows.deal)
            digest.recentDeals = try fetch(HistoryRows.deal, HistoryQuery(customer: code, limit: request.recentDeals), HistoryRows.deal)
            digest.recentOrders = try fetch(HistoryRows.order, recent, HistoryRows.order)
            digest.recentNotes = try fetch(HistoryRows.note, recent, HistoryRows.note)
            digest.competitorNotes = try fetch(HistoryRows.note, recent, extra: [("x.kind = 'competitor'", [])], HistoryRows.note)
            digest.monthlySales = try monthlySales(customerID, from: request.salesFrom, through: request.today, in: db)
            return digest
        }
    }

    public func orderSpan(customer: String, from: CalendarDate) throws -> OrderSpan {
        try read { db in
            let customerID = try owner(customer, rep: nil, in: db).customerID
            let row = try db.row("""
                SELECT count(*), COALESCE(SUM(amount_yen), 0), min(date), max(date) FROM sales_order WHERE customer_id = ? AND date >= ?
                """, [customerID, from])
            return OrderSpan(count: row?[0] ?? 0, totalYen: row?[1] ?? 0, first: try (row?[2] as String?).map(Self.day),
                             last: try (row?[3] as String?).map(Self.day))
        }
    }

    /// One range sum per month, each a walk along the index, rather than grouping every order by a
    /// computed month (which sorts them all in a temporary tree): about three times faster on a year
    /// of daily orders. The first month starts at `from`; the last is the one `through` falls in.
    private func monthlySales(_ customerID: Int64, from: CalendarDate, through: CalendarDate,
                              in db: any SQLDatabase) throws -> [String: Int] {
        let first = from.year * 12 + from.month - 1
        let last = through.year * 12 + through.month - 1
        guard first <= last else { return [:] }
        func key(_ index: Int) -> String { "\(index / 12)-" + (index % 12 < 9 ? "0" : "") + "\(index % 12 + 1)" }
        var arguments: SQLArguments = []
        for index in first...last {
            arguments += [key(index), index == first ? from.description : key(index) + "-01", key(index + 1) + "-01"]
        }
        let months = Array(repeating: "(?, ?, ?)", count: last - first + 1).joined(separator: ", ")
        let rows = try db.rows("""
            WITH month(key, low, high) AS (VALUES \(months))
            SELECT key, (SELECT sum(amount_yen) FROM sales_order WHERE customer_id = ? AND date >= low AND date < high)
            FROM month
            """, arguments + [customerID])
        var sales: [String: Int] = [:]
        for row in rows {
            if let yen: Int = row.optional(1) { sales[row[0]] = yen }
        }
        return sales
    }

    private static func day(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text, field: "date")
    }
}
