import Foundation
import RoundsDomain

/// Ranking figures summed by the database, and the monthly ranks with their history.
extension SQLStore {
    public func rankingFigures(_ period: RankingPeriod) throws -> RankingFigures {
        // A big company is summed in two halves of the customer codes at once: the sums are the
        // whole command's biggest cost (100,000 customers, 10M orders, busy 2 cores: 2.4 s → 1.8 s).
        let parts = try inCodeHalves(splitAt: Self.rankingSplitAt) { db, lower, upper in
            [try Self.figures(period, from: lower, below: upper, in: db)]
        }
        return RankingFigures(customers: parts.flatMap(\.customers), lastOrder: parts.compactMap(\.lastOrder).max())
    }

    /// Companies with more customers than this are summed in two halves.
    static let rankingSplitAt = 20_000

    /// The figures of the customers with codes from `lower` and below `upper` (nil: no bound), by code.
    private static func figures(_ period: RankingPeriod, from lower: String?, below upper: String?,
                                in db: any SQLDatabase) throws -> RankingFigures {
        var customers: [CustomerFigures] = []
        var lastOrder: CalendarDate?
        // The 12 months without the recent window, the recent window and the year before, each
        // summed from its whole months in `sales_month` (a dozen rows per customer, not a
        // hundred orders) and its part-months from `sales_order` (`SalesWindows`), with the last
        // order day.
        var windows = SalesWindows()
        let beforeRecent = period.recent.lowerBound.adding(days: -1)
        let older = period.sales.lowerBound <= beforeRecent ? windows.add(period.sales.lowerBound...beforeRecent, details: false) : []
        let recent = windows.add(period.recent, details: false)
        let yearEarlier = windows.add(period.yearEarlier, details: false)
        var conditions = ["c.status != 'archived'"]
        var arguments: SQLArguments = []
        if let lower { (conditions, arguments) = (conditions + ["c.code >= ?"], arguments + [lower]) }
        if let upper { (conditions, arguments) = (conditions + ["c.code < ?"], arguments + [upper]) }
        try db.forEachRow("""
            SELECT c.code, c.name, r.code, c.rank, c.potential_yen,
                   \(windows.sumsAndLastDay(customer: "c.id", asOf: period.asOf, dialect: db.dialect).joined(separator: ", "))
            FROM customer c
            LEFT JOIN rep r ON r.id = c.rep_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY c.code
            """, arguments) { row in
            let (sums, last) = try windows.readSumsAndLastDay(row, from: 5, dialect: db.dialect)
            func sum(_ pieces: [Int]) -> Int { pieces.reduce(0) { $0 + sums[$1] } }
            let rank: String? = row[3]
            let recentYen = sum(recent)
            customers.append(CustomerFigures(
                code: row[0], name: row[1], rep: row[2], currentRank: rank.flatMap(Rank.init(rawValue:)),
                salesYen: sum(older) + recentYen, recentYen: recentYen, yearEarlierYen: sum(yearEarlier),
                potentialYen: row[4]))
            if let last { lastOrder = max(lastOrder ?? last, last) }
        }
        // PostgreSQL found no order in any window: the last one, however old (a month without
        // orders is refused with its day).
        if lastOrder == nil, db.dialect == .postgres {
            lastOrder = try db.value(CalendarDate.self, """
                SELECT MAX(o.date) FROM sales_order o JOIN customer c ON c.id = o.customer_id
                WHERE \(conditions.joined(separator: " AND ")) AND o.date <= ?
                """, arguments + [period.asOf])
        }
        return RankingFigures(customers: customers, lastOrder: lastOrder)
    }

    public func applyRanks(_ ranks: [RankAssignment], month: String, author: String,
                           progress: (Int) throws -> Void) throws -> Int {
        try write { db in
            let now = Timestamp.text(Date())
            // A month applied again keeps the rank each customer had before the month's first apply.
            var monthStart: [Int64: String?] = [:]
            for row in try db.rows("SELECT customer_id, previous_rank FROM rank_history WHERE month = ?",
                                        [month]) {
                monthStart[row[0]] = .some(row[1])
            }
            try db.execute("DELETE FROM rank_history WHERE month = ?", [month])
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            var changed = 0
            for (index, assignment) in ranks.enumerated() {
                if index % 1000 == 0 { try progress(index) }
                guard let row = try db.row("SELECT id, rank FROM customer WHERE code = ?", [assignment.code]) else {
                    throw StorageErrors.unknownCustomer(assignment.code)
                }
                let (id, current): (Int64, String?) = (row[0], row[1])
                if current != assignment.rank.rawValue {
                    let before = try fetchCustomer(code: assignment.code, in: db)!
                    try db.execute("UPDATE customer SET rank = ?, updated_at = ? WHERE id = ?", [assignment.rank.rawValue, now, id])
                    // Only the rank and the time changed: no second read of the customer.
                    var after = before
                    after.rank = assignment.rank
                    after.updatedAt = Timestamp.date(now)
                    try ChangeLog.record(db, entity: "customer", code: assignment.code, action: "edit", value: after,
                                         before: before, author: author, at: now)
                    changed += 1
                }
                let reasons = String(decoding: try encoder.encode(assignment.reasons), as: UTF8.self)
                let previous = monthStart[id] ?? current
                try db.execute("""
                    INSERT INTO rank_history (customer_id, month, rank, previous_rank, reason, applied_by, applied_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, [id, month, assignment.rank.rawValue, previous, reasons, author, now])
            }
            try progress(ranks.count)
            return changed
        }
    }

    public func rankHistory(code: String) throws -> [RankHistoryEntry] {
        try read { db in
            guard let id = try db.value(Int64.self, "SELECT id FROM customer WHERE code = ?", [code]) else {
                throw StorageErrors.unknownCustomer(code)
            }
            let decoder = JSONDecoder()
            return try db.rows("""
                SELECT month, rank, previous_rank, reason, applied_by, applied_at FROM rank_history
                WHERE customer_id = ? ORDER BY month
                """, [id]).map { row in
                let rank: String = row[1]
                let previous: String? = row[2]
                let reason: String = row[3]
                return RankHistoryEntry(month: row[0], rank: Rank(rawValue: rank) ?? .maintain,
                                        previous: previous.flatMap(Rank.init(rawValue:)),
                                        reasons: try decoder.decode([RankReason].self, from: Data(reason.utf8)),
                                        appliedBy: row[4], appliedAt: Timestamp.date(row[5]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }
}
