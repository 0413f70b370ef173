import Foundation
import GRDB
import RoundsDomain

/// The FTS5 table behind `search`: one row per note, visit and deal, holding the text's grams
/// (see `SearchGrams`); the row id is `record id × 4 + kind code`. Writers call `put` in their own
/// transaction, so the index never lags behind the records.
enum SearchIndex {
    static let createSQL = """
        CREATE VIRTUAL TABLE search_index USING fts5(grams, tokenize = 'unicode61 remove_diacritics 0')
        """

    /// The searchable text of each kind (`x` is the record's table): one definition serves indexing,
    /// the one-character scan and the hits shown.
    private static func text(of kind: SearchKind) -> String {
        switch kind {
        case .note: "x.text || ' ' || x.tags"
        case .visit:
            "trim(coalesce(x.purpose, '') || ' ' || coalesce(x.proposal, '') || ' ' || coalesce(x.information_to_obtain, '') || ' ' || coalesce(x.next_action, '') || ' ' || coalesce(x.report, ''))"
        case .deal:
            "trim(x.title || ' ' || coalesce(x.proposal, '') || ' ' || coalesce(x.competitor, '') || ' ' || coalesce(x.lost_reason, ''))"
        }
    }

    static func table(of kind: SearchKind) -> String {
        switch kind {
        case .note: "note"
        case .visit: "visit"
        case .deal: "deal"
        }
    }

    /// Indexes (again) the record `id` of `kind` as it is now stored. The statements are cached:
    /// an import puts a record per row.
    static func put(_ kind: SearchKind, id: Int64, in db: Database) throws {
        let select = try db.cachedStatement(sql: "SELECT \(text(of: kind)) FROM \(table(of: kind)) x WHERE x.id = ?")
        let text = try String.fetchOne(select, arguments: [id]) ?? ""
        let rowID = id * 4 + kind.code
        try db.cachedStatement(sql: "DELETE FROM search_index WHERE rowid = ?").execute(arguments: [rowID])
        try db.cachedStatement(sql: "INSERT INTO search_index (rowid, grams) VALUES (?, ?)")
            .execute(arguments: [rowID, SearchGrams.document(text)])
    }

    /// Indexes every record: the migration that creates the index runs it once.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM search_index")
        for kind in SearchKind.allCases { try putAll(kind, after: 0, in: db) }
    }

    /// Indexes the records of `kind` whose id is above `id`: a bulk load's, read back in one pass
    /// after they are written. `each` hears every record indexed (a load's progress and Ctrl-C).
    static func putAll(_ kind: SearchKind, after id: Int64, in db: Database, each: () throws -> Void = {}) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO search_index (rowid, grams) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT x.id, \(text(of: kind)) FROM \(table(of: kind)) x WHERE x.id > ?",
                                       arguments: [id])
        while let row = try rows.next() {
            try insert.execute(arguments: [(row[0] as Int64) * 4 + kind.code, SearchGrams.document(row[1] ?? "")])
            try each()
        }
    }

    /// Up to this many matches are ranked by relevance.
    static let rankedMatches = 1000

    static func search(_ query: SearchQuery, in db: Database) throws -> [SearchHit] {
        let (kinds, filter, arguments) = self.filter(query)
        let rowIDs: [Int64]
        if let match = SearchGrams.query(query.text) {
            // BM25 scores every match, which costs ~0.5 s for a word in 200,000 of a million notes;
            // such a word ranks nothing anyway, so past `rankedMatches` the newest records come first.
            let newest = try Int64.fetchAll(db, sql: """
                SELECT rowid FROM search_index WHERE search_index MATCH ? AND \(filter) ORDER BY rowid DESC LIMIT ?
                """, arguments: StatementArguments([match] + arguments + [rankedMatches]))
            rowIDs = newest.count >= rankedMatches ? Array(newest.prefix(query.limit)) : try Int64.fetchAll(db, sql: """
                SELECT rowid FROM search_index WHERE search_index MATCH ? AND \(filter) ORDER BY rank LIMIT ?
                """, arguments: StatementArguments([match] + arguments + [query.limit]))
        } else {
            // A single character has no gram: scan the records themselves (correct, slower), newest first.
            rowIDs = try Int64.fetchAll(db, sql: """
                SELECT rowid FROM (\(scans(kinds).joined(separator: " UNION ALL "))) AS search_index WHERE \(filter) ORDER BY rowid DESC LIMIT ?
                """, arguments: StatementArguments(Array(repeating: query.text, count: kinds.count) + arguments + [query.limit]))
        }
        return try rowIDs.compactMap { try hit(rowID: $0, in: db) }
    }

    /// How many records match, however many that is: `search --count` (no ranking, no limit).
    static func count(_ query: SearchQuery, in db: Database) throws -> Int {
        let (kinds, filter, arguments) = self.filter(query)
        if let match = SearchGrams.query(query.text) {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND \(filter)",
                                    arguments: StatementArguments([match] + arguments)) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(scans(kinds).joined(separator: " UNION ALL "))) AS search_index WHERE \(filter)",
                                arguments: StatementArguments(Array(repeating: query.text, count: kinds.count) + arguments)) ?? 0
    }

    /// The kinds searched and the row-id condition (with its arguments) that keeps to them.
    private static func filter(_ query: SearchQuery) -> (kinds: [SearchKind], sql: String, arguments: [any DatabaseValueConvertible]) {
        let kinds = query.kinds.isEmpty ? SearchKind.allCases : query.kinds
        var conditions = ["rowid % 4 IN (\(kinds.map { String($0.code) }.joined(separator: ", ")))"]
        var arguments: [any DatabaseValueConvertible] = []
        if !query.noteKinds.isEmpty {
            let marks = Array(repeating: "?", count: query.noteKinds.count).joined(separator: ", ")
            // Looked up per match (primary key), not as a list of every note of the kind.
            conditions.append("(rowid % 4 != 1 OR (SELECT n.kind FROM note n WHERE n.id = search_index.rowid / 4) IN (\(marks)))")
            arguments += query.noteKinds.map(\.rawValue)
        }
        return (kinds, conditions.joined(separator: " AND "), arguments)
    }

    /// A single character has no gram: per kind, the row ids of the records whose text holds it.
    /// Callers name their union `search_index`, which the note-kind condition of `filter` refers to.
    private static func scans(_ kinds: [SearchKind]) -> [String] {
        kinds.map { kind in
            "SELECT x.id * 4 + \(kind.code) AS rowid FROM \(table(of: kind)) x WHERE instr(lower(\(text(of: kind))), lower(?)) > 0"
        }
    }

    private static func hit(rowID: Int64, in db: Database) throws -> SearchHit? {
        guard let kind = SearchKind.allCases.first(where: { $0.code == rowID % 4 }) else { return nil }
        let date = kind == .deal ? "substr(x.created_at, 1, 10)" : "x.date"
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.code, c.name, \(date), \(text(of: kind)) FROM \(table(of: kind)) x JOIN customer c ON c.id = x.customer_id
            WHERE x.id = ?
            """, arguments: [rowID / 4])
        else { return nil }
        return SearchHit(kind: kind, id: Int(rowID / 4), customer: row[0], customerName: row[1], date: row[2],
                         text: (row[3] as String).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
    }
}
