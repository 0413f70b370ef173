import Foundation
import RoundsDomain

/// The rules' facts, summed by the database per customer with range seeks into `sales_month` and
/// covering indexes.
extension SQLStore {
    public func customerFacts(_ query: FactsQuery) throws -> [CustomerFacts] {
        // Deals are few: one pass over them all, shared by the halves.
        let deals = try read { db in try Self.openDeals(query, in: db) }
        // The seeks are the whole cost; a big company's halves run on two cores.
        return try inCodeHalves(splitAt: Self.rankingSplitAt) { db, lower, upper in
            try Self.facts(query, deals: deals, from: lower, below: upper, in: db)
        }
    }

    /// The facts of the customers with codes from `lower` and below `upper` (nil: no bound), by code.
    private static func facts(_ query: FactsQuery, deals: [Int64: OpenDeals], from lower: String?, below upper: String?,
                              in db: any SQLDatabase) throws -> [CustomerFacts] {
        let asOf = query.asOf
        let period = RankingPeriod(asOf: asOf, growthMonths: 3)
        var windows = SalesWindows()
        let year = windows.add(period.sales, details: true)
        let recent = windows.add(period.recent, details: false)
        let yearEarlier = windows.add(period.yearEarlier, details: false)
        // A scalar subquery gives one value: a piece's sum, count and first and last days come
        // packed in one text ("sum count first last"), as a second seek would double the cost.
        var conditions = ["c.status != 'archived'"]
        var arguments: SQLArguments = [asOf, asOf.adding(days: -89), asOf]
        if let rep = query.rep { (conditions, arguments) = (conditions + ["r.code = ?"], arguments + [rep]) }
        if let lower { (conditions, arguments) = (conditions + ["c.code >= ?"], arguments + [lower]) }
        if let upper { (conditions, arguments) = (conditions + ["c.code < ?"], arguments + [upper]) }
        var facts: [CustomerFacts] = []
        var silent: [(index: Int, id: Int64)] = []
        try db.forEachRow("""
            SELECT c.id, c.code, c.name, r.code, c.rank, c.potential_yen, c.visit_interval_days,
                   (SELECT date || ' ' || coalesce(next_action_due, '') FROM visit
                     WHERE customer_id = c.id AND status = 'done' AND date <= ? ORDER BY date DESC LIMIT 1),
                   (SELECT COUNT(*) FROM visit
                     WHERE customer_id = c.id AND status = 'done' AND date BETWEEN ? AND ?),
                   \(windows.columns(customer: "c.id").joined(separator: ",\n"))
            FROM customer c
            LEFT JOIN rep r ON r.id = c.rep_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY c.code
            """, arguments) { row in
            let id: Int64 = row[0]
            let rank = (row[4] as String?).flatMap(Rank.init(rawValue:))
            var customer = CustomerFacts(code: row[1], name: row[2], rep: row[3], rank: rank, asOf: asOf)
            customer.potentialYen = row[5]
            customer.visitIntervalDays = query.policy.intervalDays(rank: rank, own: row[6])
            customer.visitDueShare = query.policy.dueShare
            // "2026-11-20 2026-12-02": the last done visit and the due day of the next action it
            // left ("2026-11-20 " without one), one seek into `visit_customer_done`.
            try PackedText.read(row, 7) { text in
                customer.lastVisit = try text.day()
                customer.nextActionDue = try text.day()
            }
            customer.recentVisits = row[8]
            let pieces = try (9..<row.count).map { index in
                try PackedText.read(row, index) { text in
                    try SalesPiece(sum: text.integer(), count: text.integer(), first: text.day(), last: text.day())
                } ?? SalesPiece()
            }
            let sales = SalesPiece(adding: year.map { pieces[$0] })
            customer.salesYen = sales.sum
            customer.recentYen = recent.reduce(0) { $0 + pieces[$1].sum }
            customer.yearEarlierYen = yearEarlier.reduce(0) { $0 + pieces[$1].sum }
            customer.lastOrder = sales.last
            if sales.count >= 2, let first = sales.first, let last = sales.last {
                customer.orderIntervalDays = Double(last.days(since: first)) / Double(sales.count - 1)
            }
            if sales.count == 0 { silent.append((facts.count, id)) }
            if let open = deals[id] {
                customer.openDeals = open.count
                customer.lastDealActivity = try open.lastActivity.flatMap { try CalendarDate(parsing: String($0.prefix(10)), field: "date") }
            }
            facts.append(customer)
        }
        // Customers without an order in the 12 months: their last order is older, one seek each.
        for (index, id) in silent {
            facts[index].lastOrder = try db.value(CalendarDate.self, "SELECT MAX(date) FROM sales_order WHERE customer_id = ? AND date <= ?",
                                                  [id, asOf])
        }
        return facts
    }
}

/// A sales piece's sum, orders and first and last days (a sum-only piece has no count); no orders is all zero.
private struct SalesPiece {
    var sum = 0
    var count = 0
    var first: CalendarDate?
    var last: CalendarDate?

    init(sum: Int = 0, count: Int = 0, first: CalendarDate? = nil, last: CalendarDate? = nil) {
        (self.sum, self.count, self.first, self.last) = (sum, count, first, last)
    }

    /// The pieces of one window, oldest first, as one.
    init(adding pieces: [SalesPiece]) {
        for piece in pieces where piece.count > 0 {
            sum += piece.sum
            count += piece.count
            first = first ?? piece.first
            last = piece.last
        }
    }
}
