import Foundation
import GRDB
import RoundsDomain

/// The rules' facts, summed by SQLite per customer with range seeks into covering indexes.
extension SQLiteStore {
    public func customerFacts(_ query: FactsQuery) throws -> [CustomerFacts] {
        // The seeks are the whole cost; a big company's halves run on two cores.
        try inCodeHalves(splitAt: Self.rankingSplitAt) { db, lower, upper in
            try Self.facts(query, from: lower, below: upper, in: db)
        }
    }

    /// The facts of the customers with codes from `lower` and below `upper` (nil: no bound), by code.
    private static func facts(_ query: FactsQuery, from lower: String?, below upper: String?,
                              in db: Database) throws -> [CustomerFacts] {
        let asOf = query.asOf
        let period = RankingPeriod(asOf: asOf, growthMonths: 3)
        // As in ranking, the 12 months split into two windows that do not overlap (the older
        // months and the recent 3), each one range seek into `sales_order_customer_sums`; a
        // window's sum and count come packed in one text ("sum count") because a scalar
        // subquery gives one value, and a second seek over the same rows would double the cost.
        // The first order of the 12 months and the last up to as-of are single-row seeks.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT c.code, c.name, r.code, c.rank, c.potential_yen, c.visit_interval_days,
                   (SELECT SUM(amount_yen) || ' ' || COUNT(*) FROM sales_order
                     WHERE customer_id = c.id AND date BETWEEN :salesFrom AND :beforeRecent),
                   (SELECT SUM(amount_yen) || ' ' || COUNT(*) FROM sales_order
                     WHERE customer_id = c.id AND date BETWEEN :recentFrom AND :asOf),
                   (SELECT SUM(amount_yen) FROM sales_order
                     WHERE customer_id = c.id AND date BETWEEN :earlierFrom AND :earlierTo),
                   (SELECT date FROM sales_order WHERE customer_id = c.id AND date BETWEEN :salesFrom AND :asOf
                     ORDER BY date LIMIT 1),
                   (SELECT date FROM sales_order WHERE customer_id = c.id AND date <= :asOf ORDER BY date DESC LIMIT 1),
                   (SELECT date || ' ' || coalesce(next_action_due, '') FROM visit
                     WHERE customer_id = c.id AND status = 'done' AND date <= :asOf ORDER BY date DESC LIMIT 1),
                   (SELECT COUNT(*) FROM visit
                     WHERE customer_id = c.id AND status = 'done' AND date BETWEEN :visitsFrom AND :asOf),
                   (SELECT COUNT(*) || ' ' || MAX(max(d.updated_at,
                               coalesce((SELECT MAX(at) FROM deal_stage_history h WHERE h.deal_id = d.id), '')))
                     FROM deal d WHERE d.customer_id = c.id AND d.stage IN (SELECT value FROM json_each(:openStages)))
            FROM customer c
            LEFT JOIN rep r ON r.id = c.rep_id
            WHERE c.status != 'archived' AND (:rep IS NULL OR r.code = :rep)
              AND (:lower IS NULL OR c.code >= :lower) AND (:upper IS NULL OR c.code < :upper)
            ORDER BY c.code
            """, arguments: [
                "salesFrom": period.sales.lowerBound.description,
                "beforeRecent": period.recent.lowerBound.adding(days: -1).description,
                "recentFrom": period.recent.lowerBound.description, "asOf": asOf.description,
                "earlierFrom": period.yearEarlier.lowerBound.description,
                "earlierTo": period.yearEarlier.upperBound.description,
                "visitsFrom": asOf.adding(days: -89).description,
                "openStages": String(decoding: try JSONEncoder().encode(query.openStages), as: UTF8.self),
                "rep": query.rep, "lower": lower, "upper": upper,
            ])
        var dates: [String: CalendarDate] = [:]
        /// Dates repeat across customers: each text is parsed once.
        func day(_ text: String?) throws -> CalendarDate? {
            guard let text = text.map({ String($0.prefix(10)) }), !text.isEmpty else { return nil }
            if let known = dates[text] { return known }
            let parsed = try CalendarDate(parsing: text, field: "date")
            dates[text] = parsed
            return parsed
        }
        var facts: [CustomerFacts] = []
        while let row = try rows.next() {
            let rank = (row[3] as String?).flatMap(Rank.init(rawValue:))
            var customer = CustomerFacts(code: row[0], name: row[1], rep: row[2], rank: rank, asOf: asOf)
            customer.potentialYen = row[4]
            customer.visitIntervalDays = query.policy.intervalDays(rank: rank, own: row[5])
            customer.visitDueShare = query.policy.dueShare
            let older = packed(row[6])
            let recent = packed(row[7])
            customer.salesYen = older.sum + recent.sum
            customer.recentYen = recent.sum
            customer.yearEarlierYen = row[8] as Int? ?? 0
            customer.lastOrder = try day(row[10])
            let orders = older.count + recent.count
            if orders >= 2, let first = try day(row[9]), let last = customer.lastOrder {
                customer.orderIntervalDays = Double(last.days(since: first)) / Double(orders - 1)
            }
            // "2026-11-20 2026-12-02": the last done visit and the due day of the next action it
            // left ("2026-11-20 " without one), one seek into `visit_customer_done`.
            if let visit: String = row[11] {
                let parts = visit.split(separator: " ")
                customer.lastVisit = try day(parts.first.map(String.init))
                customer.nextActionDue = try day(parts.dropFirst().first.map(String.init))
            }
            customer.recentVisits = row[12]
            // "2 2026-11-29 10:15:03": the open deals and their latest activity; NULL without any.
            if let deals: String = row[13] {
                let parts = deals.split(separator: " ")
                customer.openDeals = Int(parts[0]) ?? 0
                customer.lastDealActivity = try day(parts.dropFirst().first.map(String.init))
            }
            facts.append(customer)
        }
        return facts
    }

    /// "1200000 3" as (1200000, 3); no rows (NULL) as (0, 0).
    private static func packed(_ text: String?) -> (sum: Int, count: Int) {
        guard let text else { return (0, 0) }
        let parts = text.split(separator: " ")
        return (parts.first.flatMap { Int($0) } ?? 0, parts.dropFirst().first.flatMap { Int($0) } ?? 0)
    }
}
