import GRDB
import RoundsDomain

/// A customer's deals that were open on a day, and the day of the latest activity among them.
struct OpenDeals: Sendable {
    var count = 0
    var lastActivity: String?
}

extension SQLiteStore {
    /// The deals open at the end of the as-of day, by customer id, as their stage history tells:
    /// a deal moved later counts in the stage it had then, and its activity is what happened
    /// by then. One pass over the deals (a company has far fewer deals than orders).
    static func openDeals(_ query: FactsQuery, in db: Database) throws -> [Int64: OpenDeals] {
        let dayAfter = query.asOf.adding(days: 1).description
        let open = Set(query.openStages)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT d.customer_id, d.stage, d.created_at, d.updated_at,
                   (SELECT to_stage || ' ' || at FROM deal_stage_history h
                     WHERE h.deal_id = d.id AND h.at < :dayAfter ORDER BY h.id DESC LIMIT 1),
                   (SELECT coalesce(from_stage, '') FROM deal_stage_history h
                     WHERE h.deal_id = d.id AND h.at >= :dayAfter ORDER BY h.id LIMIT 1)
            FROM deal d
            WHERE d.created_at < :dayAfter
            """, arguments: ["dayAfter": dayAfter])
        var deals: [Int64: OpenDeals] = [:]
        while let row = try rows.next() {
            let created: String = row[2], updated: String = row[3]
            let before = (row[4] as String?).map { $0.split(separator: " ", maxSplits: 1).map(String.init) }
            let movedLater: String? = row[5]
            let stage: String
            var activity: String
            if let movedLater {
                // Moved after the day: the stage it had then is the last move's by then, or the
                // one the first later move left.
                stage = before?.first ?? movedLater
                activity = before?.last ?? created
            } else {
                stage = row[1]
                activity = updated < dayAfter ? updated : created
                if let at = before?.last, at > activity { activity = at }
            }
            guard open.contains(stage) else { continue }
            let customer: Int64 = row[0]
            var entry = deals[customer] ?? OpenDeals()
            entry.count += 1
            if entry.lastActivity.map({ activity > $0 }) ?? true { entry.lastActivity = activity }
            deals[customer] = entry
        }
        return deals
    }
}
