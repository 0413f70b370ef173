import Foundation
import RoundsDomain

/// The table behind `search`: one row per note, visit and deal, holding the text's grams (see
/// `SearchGrams`); the row id is `record id × 4 + kind code`. Writers call `put` in their own
/// transaction, so the index never lags behind the records. On SQLite it is an FTS5 table; on
/// PostgreSQL a table whose grams are also kept as an array under a GIN index
/// (`PostgresSchema`), so both find the same records for the same words.
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

    /// The record's columns of `table` and, last, its searchable text: the read-back of a record
    /// just written is also what its index entry needs, in one statement.
    static func selectIndexed(_ table: HistoryRows.Table, _ kind: SearchKind) -> String {
        "SELECT \(table.columns), \(text(of: kind)) FROM \(table.from) WHERE x.id = ?"
    }

    /// What an INSERT of a new record returns: the record's columns of `table` and, last, its
    /// searchable text, so neither needs a SELECT of its own.
    static func returningIndexed(_ table: HistoryRows.Table, _ kind: SearchKind) -> String {
        " RETURNING \(table.returning(table.columns)), \(table.returning(text(of: kind)))"
    }

    /// Indexes the record `id` of `kind` whose text is `text`; `replacing` an entry it has already
    /// (an edit) costs a DELETE first, which a new record does without.
    static func put(_ kind: SearchKind, id: Int64, text: String, replacing: Bool, in db: any SQLDatabase) throws {
        if replacing { try db.send("DELETE FROM search_index WHERE rowid = ?", [id * 4 + kind.code]) }
        try db.send("INSERT INTO search_index (rowid, grams) VALUES (?, ?)", [id * 4 + kind.code, SearchGrams.document(text)])
    }

    /// Indexes every record: the migration that creates the index runs it once.
    static func rebuild(_ db: any SQLDatabase) throws {
        try db.execute("DELETE FROM search_index")
        for kind in SearchKind.allCases { try putAll(kind, after: 0, in: db) }
    }

    /// Indexes the records of `kind` whose id is above `id`: a bulk load's, read back after they
    /// are written. `each` hears every record indexed (a load's progress and Ctrl-C).
    static func putAll(_ kind: SearchKind, after id: Int64, in db: any SQLDatabase, each: () throws -> Void = {}) throws {
        // In slices by id: a connection cannot insert while it still streams a read.
        var after = id
        while true {
            let rows = try db.rows("""
                SELECT x.id, \(text(of: kind)) FROM \(table(of: kind)) x WHERE x.id > ? ORDER BY x.id LIMIT 10000
                """, [after])
            guard let last = rows.last else { return }
            // Many rows a statement: PostgreSQL's totals trigger runs once per statement, and a
            // transaction updating one row again and again slows with every version it leaves.
            for start in stride(from: 0, to: rows.count, by: rowsPerInsert) {
                let batch = rows[start..<min(start + rowsPerInsert, rows.count)]
                var arguments: SQLArguments = []
                for row in batch {
                    arguments += [(row[0] as Int64) * 4 + kind.code, SearchGrams.document(row.optional(1) ?? "")]
                    try each()
                }
                try db.execute("INSERT INTO search_index (rowid, grams) VALUES "
                               + Array(repeating: "(?, ?)", count: batch.count).joined(separator: ", "), arguments)
            }
            after = last[0]
        }
    }

    private static let rowsPerInsert = 500

    /// Up to this many matches are ranked by relevance.
    static let rankedMatches = 1000

    static func search(_ query: SearchQuery, in db: any SQLDatabase) throws -> [SearchHit] {
        let (kinds, filter, arguments) = self.filter(query, dialect: db.dialect)
        let rowIDs: [Int64]
        if let phrases = SearchGrams.phrases(query.text) {
            let match = match(phrases, dialect: db.dialect)
            // Ranking scores every match, which costs ~0.5 s for a word in 200,000 of a million notes;
            // such a word ranks nothing anyway, so past `rankedMatches` the newest records come first.
            // PostgreSQL ranks in Swift, from the grams of the matches.
            let newest = try db.rows("""
                SELECT rowid\(db.dialect == .postgres ? ", grams" : "") FROM search_index WHERE \(match.sql) AND \(filter)
                ORDER BY rowid DESC LIMIT ?
                """, match.arguments + arguments + [rankedMatches])
            if newest.count >= rankedMatches {
                rowIDs = newest.prefix(query.limit).map { $0[0] }
            } else if db.dialect == .postgres {
                let unfiltered = Set(kinds).count == SearchKind.allCases.count && query.noteKinds.isEmpty
                rowIDs = try ranked(newest, phrases, matchesAreHits: unfiltered && phrases.count == 1, limit: query.limit, in: db)
            } else {
                rowIDs = try db.values(Int64.self, """
                    SELECT rowid FROM search_index WHERE \(match.sql) AND \(filter) ORDER BY rank, rowid DESC LIMIT ?
                    """, match.arguments + arguments + [query.limit])
            }
        } else {
            // A single character has no gram: scan the records themselves (correct, slower), newest first.
            rowIDs = try db.values(Int64.self, """
                SELECT rowid FROM (\(scans(kinds, dialect: db.dialect).joined(separator: " UNION ALL "))) AS search_index
                WHERE \(filter) ORDER BY rowid DESC LIMIT ?
                """, SQLArguments(Array(repeating: query.text, count: kinds.count)) + arguments + [query.limit])
        }
        return try rowIDs.compactMap { try hit(rowID: $0, in: db) }
    }

    /// The best `limit` of `matches` (row id and grams) by FTS5's BM25 (`SearchRelevance`), ties
    /// by row id, highest first, as on SQLite. The index's totals come from `search_totals`,
    /// which triggers keep (`PostgresSchema`), or a count when it has none. A phrase's rows in the
    /// whole index are counted, unless the matches are just those (one phrase, every kind), and
    /// only up to half the index: from there on it weighs the same however many.
    private static func ranked(_ matches: [SQLRow], _ phrases: [String], matchesAreHits: Bool, limit: Int,
                               in db: any SQLDatabase) throws -> [Int64] {
        guard !matches.isEmpty else { return [] }
        // An aggregate gives a row even of an empty table.
        let kept = try db.row("SELECT sum(documents)::bigint, sum(grams)::bigint FROM search_totals")!
        let totals = kept.optional(0) as Int64? != nil ? kept
            : try db.row("SELECT count(*), coalesce(sum(cardinality(gram_set)), 0)::bigint FROM search_index")!
        let (documents, grams): (Int64, Int64) = (totals[0], totals[1])
        var hits: [String: Int64] = [:]
        for phrase in phrases where hits[phrase] == nil {
            let one = match([phrase], dialect: .postgres)
            hits[phrase] = matchesAreHits ? Int64(matches.count) : try db.value(Int64.self, """
                SELECT count(*) FROM (SELECT 1 FROM search_index WHERE \(one.sql) LIMIT ?) AS hit
                """, one.arguments + [(documents + 1) / 2]) ?? 0
        }
        let relevance = SearchRelevance(phrases: phrases, documents: documents, grams: grams, hits: phrases.map { hits[$0]! })
        let scored = matches.map { (rowID: $0[0] as Int64, score: relevance.score($0[1])) }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.rowID > $1.rowID }.prefix(limit).map(\.rowID)
    }

    /// How many records match, however many that is: `search --count` (no ranking, no limit).
    static func count(_ query: SearchQuery, in db: any SQLDatabase) throws -> Int {
        let (kinds, filter, arguments) = self.filter(query, dialect: db.dialect)
        if let phrases = SearchGrams.phrases(query.text) {
            let match = match(phrases, dialect: db.dialect)
            return try db.value(Int.self, "SELECT count(*) FROM search_index WHERE \(match.sql) AND \(filter)",
                                match.arguments + arguments) ?? 0
        }
        return try db.value(Int.self, """
            SELECT count(*) FROM (\(scans(kinds, dialect: db.dialect).joined(separator: " UNION ALL "))) AS search_index WHERE \(filter)
            """, SQLArguments(Array(repeating: query.text, count: kinds.count)) + arguments) ?? 0
    }

    /// The condition that finds the records holding every one of `phrases` (`SearchGrams.phrases`).
    /// FTS5 matches each as a phrase of its grams; PostgreSQL finds the rows holding all of a
    /// phrase's grams through the GIN index, then keeps those where they follow each other — the
    /// same phrase, so the same records.
    private static func match(_ phrases: [String], dialect: SQLDialect) -> (sql: String, arguments: SQLArguments) {
        switch dialect {
        case .sqlite:
            return ("search_index MATCH ?", [phrases.map { "\"" + $0 + "\"" }.joined(separator: " AND ")])
        case .postgres:
            // A phrase of one gram needs no second look; without it the planner also sees how many
            // rows hold the gram and lists the newest from the row ids (`search 提案`, 46,000 of
            // 240,000 records: 145 ms → 11 ms).
            let contains = "gram_set @> string_to_array(?, ' ')"
            let conditions = phrases.map { phrase in
                phrase.contains(" ") ? (contains + " AND strpos(' ' || grams || ' ', ' ' || ? || ' ') > 0", [phrase, phrase])
                    : (contains, [phrase])
            }
            return (conditions.map(\.0).joined(separator: " AND "), SQLArguments(conditions.flatMap(\.1)))
        }
    }

    /// The kinds searched and the row-id condition (with its arguments) that keeps to them.
    private static func filter(_ query: SearchQuery, dialect: SQLDialect) -> (kinds: [SearchKind], sql: String, arguments: SQLArguments) {
        let kinds = query.kinds.isEmpty ? SearchKind.allCases : query.kinds
        // Every kind needs no condition, which would only mislead PostgreSQL's estimate of the matches.
        var conditions = Set(kinds).count == SearchKind.allCases.count ? []
            : ["rowid % 4 IN (\(kinds.map { String($0.code) }.joined(separator: ", ")))"]
        var arguments: SQLArguments = []
        if !query.noteKinds.isEmpty {
            let marks = Array(repeating: "?", count: query.noteKinds.count).joined(separator: ", ")
            // Looked up per match (primary key), not as a list of every note of the kind.
            conditions.append("(rowid % 4 != 1 OR (SELECT n.kind FROM note n WHERE n.id = search_index.rowid / 4) IN (\(marks)))")
            arguments += SQLArguments(query.noteKinds.map(\.rawValue))
        }
        return (kinds, conditions.isEmpty ? "1 = 1" : conditions.joined(separator: " AND "), arguments)
    }

    /// A single character has no gram: per kind, the row ids of the records whose text holds it.
    /// Callers name their union `search_index`, which the note-kind condition of `filter` refers to.
    private static func scans(_ kinds: [SearchKind], dialect: SQLDialect) -> [String] {
        kinds.map { kind in
            "SELECT x.id * 4 + \(kind.code) AS rowid FROM \(table(of: kind)) x WHERE \(dialect.position(of: "lower(?)", in: "lower(\(text(of: kind)))")) > 0"
        }
    }

    private static func hit(rowID: Int64, in db: any SQLDatabase) throws -> SearchHit? {
        guard let kind = SearchKind.allCases.first(where: { $0.code == rowID % 4 }) else { return nil }
        let date = kind == .deal ? "substr(x.created_at, 1, 10)" : "x.date"
        guard let row = try db.row("""
            SELECT c.code, c.name, \(date), \(text(of: kind)) FROM \(table(of: kind)) x JOIN customer c ON c.id = x.customer_id
            WHERE x.id = ?
            """, [rowID / 4])
        else { return nil }
        return SearchHit(kind: kind, id: Int(rowID / 4), customer: row[0], customerName: row[1], date: row[2],
                         text: (row[3] as String).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "))
    }
}
