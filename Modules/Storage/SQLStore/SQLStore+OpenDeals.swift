import RoundsDomain

/// A customer's deals that were open on a day, and the day of the latest activity among them.
struct OpenDeals: Sendable {
    var count = 0
    var lastActivity: String?
}

extension SQLStore {
    /// The deals open at the end of the as-of day, by customer id, as their stage history tells:
    /// a deal moved later counts in the stage it had then, and its activity is what happened
    /// by then. Two passes in table order (a seek per deal into the history reads its pages at
    /// random and took ten times as long).
    static func openDeals(_ query: FactsQuery, in db: any SQLDatabase) throws -> [Int64: OpenDeals] {
        let dayAfter = query.asOf.adding(days: 1).description
        let history = try Self.stagesOnTheDay(before: dayAfter, in: db)
        let open = Set(query.openStages)
        // The table in its own order, not the index's (a lookup per deal at random).
        var deals: [Int64: OpenDeals] = [:]
        try db.forEachRow("SELECT id, customer_id, stage, created_at, updated_at FROM deal WHERE \(db.dialect.unindexed("created_at")) < ?",
                          [dayAfter]) { row in
            let moves = history[row[0] as Int64] ?? DealMoves()
            let created = Self.day(row[3]), updated = Self.day(row[4])
            let stage: String
            var activity: String
            if let laterFrom = moves.later?.from {
                // Moved after the day: the stage it had then is the last move's by then, or the
                // one the first later move left.
                stage = moves.last?.stage ?? laterFrom
                activity = moves.last?.at ?? created
            } else {
                stage = row[2]
                activity = updated < dayAfter ? updated : created
                if let at = moves.last?.at, at > activity { activity = at }
            }
            guard open.contains(stage) else { return }
            let customer: Int64 = row[1]
            var entry = deals[customer] ?? OpenDeals()
            entry.count += 1
            if entry.lastActivity.map({ activity > $0 }) ?? true { entry.lastActivity = activity }
            deals[customer] = entry
        }
        return deals
    }

    /// Each deal's last move before `dayAfter` and the stage its first later move left, by
    /// their times (a bulk load or a back-dated move need not be in id order); moves of the
    /// same day keep their id order.
    private static func stagesOnTheDay(before dayAfter: String, in db: any SQLDatabase) throws -> [Int64: DealMoves] {
        var moves: [Int64: DealMoves] = [:]
        try db.forEachRow("SELECT deal_id, from_stage, to_stage, at FROM deal_stage_history ORDER BY id", []) { row in
            let at = Self.day(row[3])
            let deal: Int64 = row[0]
            var entry = moves[deal] ?? DealMoves()
            if at < dayAfter {
                if entry.last.map({ at >= $0.at }) ?? true { entry.last = (row[2], at) }
            } else if entry.later.map({ at < $0.at }) ?? true {
                entry.later = (row[1] as String? ?? "", at)
            }
            moves[deal] = entry
        }
        return moves
    }
}

extension SQLStore {
    /// A timestamp's day, which is all the facts use: ten characters stay inline in a `String`
    /// instead of taking an allocation each.
    fileprivate static func day(_ timestamp: String) -> String {
        String(timestamp.prefix(10))
    }
}

/// What a deal's stage history says about one day.
private struct DealMoves {
    var last: (stage: String, at: String)?
    /// The first move after the day and the stage it left ("" for the deal's creation).
    var later: (from: String, at: String)?
}
