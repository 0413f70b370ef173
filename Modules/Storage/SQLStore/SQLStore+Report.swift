import RoundsDomain

/// The monthly report's own reads: counts grouped by the database, visits joined to their
/// customer's position on the `visit_status(status, date)` index.
extension SQLStore {
    public func rankMix() throws -> [RankCount] {
        try read { db in
            try db.rows("""
                SELECT r.code, c.rank, count(*) FROM customer c LEFT JOIN rep r ON r.id = c.rep_id
                WHERE c.status = 'active' GROUP BY r.code, c.rank ORDER BY r.code NULLS FIRST, c.rank NULLS FIRST
                """).map { row in
                RankCount(rep: row[0], rank: (row[1] as String?).flatMap(Rank.init(rawValue:)), customers: row[2])
            }
        }
    }

    public func visitPoints(from: CalendarDate, through: CalendarDate) throws -> [VisitPoint] {
        try read { db in
            try db.rows("""
                SELECT r.code, c.code, c.name, v.date, c.lat, c.lon FROM visit v
                JOIN customer c ON c.id = v.customer_id LEFT JOIN rep r ON r.id = v.rep_id
                WHERE v.status = 'done' AND v.date BETWEEN ? AND ? AND c.lat IS NOT NULL AND c.lon IS NOT NULL
                ORDER BY r.code, v.date, v.id
                """, [from.description, through.description]).map { row in
                VisitPoint(rep: row[0], customer: row[1], name: row[2],
                           date: try CalendarDate(parsing: row[3], field: "date"),
                           position: try Coordinate(latitude: row[4], longitude: row[5]))
            }
        }
    }

    public func rankMovements(month: String) throws -> [RankMove] {
        try read { db in
            try db.rows("""
                SELECT previous_rank, rank, count(*) FROM rank_history WHERE month = ?
                GROUP BY previous_rank, rank ORDER BY previous_rank NULLS FIRST, rank
                """, [month]).compactMap { row in
                guard let to = (row[1] as String?).flatMap(Rank.init(rawValue:)) else { return nil }
                return RankMove(from: (row[0] as String?).flatMap(Rank.init(rawValue:)), to: to, customers: row[2])
            }
        }
    }
}
