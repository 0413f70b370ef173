import RoundsDomain

/// `ExportStore`: the listings' SQL in the opposite order, read through a cursor, so only the row
/// being decoded is in memory (SQLite sorts in its own bounded cache and spills to temporary files).
extension SQLStore {
    public func forEachOrder(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Order) throws -> Void) throws {
        try walk(HistoryRows.order, query, total: total, decode: HistoryRows.order, body)
    }

    public func forEachDeal(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Deal) throws -> Void) throws {
        try walk(HistoryRows.deal, query, total: total, decode: HistoryRows.deal, body)
    }

    public func forEachNote(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Note) throws -> Void) throws {
        try walk(HistoryRows.note, query, total: total, decode: HistoryRows.note, body)
    }

    public func forEachVisit(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Visit) throws -> Void) throws {
        try walk(HistoryRows.visit, query, total: total, decode: HistoryRows.visit, body)
    }

    public func forEachContact(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Contact) throws -> Void) throws {
        try walk(HistoryRows.contact, query, total: total, decode: HistoryRows.contact, body)
    }

    private func walk<T>(_ table: HistoryRows.Table, _ query: HistoryQuery, total: (Int) throws -> Void,
                         decode: (SQLRow) throws -> T, _ body: (T) throws -> Void) throws {
        let sql = HistorySQL.select(table, query, order: table.oldestFirst)
        let count = HistorySQL.count(table, query)
        try read { db in
            try checkNames(query, in: db)
            let rows = try db.value(Int.self, count.text, count.arguments) ?? 0
            try total(query.limit.map { min($0, rows) } ?? rows)
            try db.forEachRow(sql.text, sql.arguments) { row in try body(decode(row)) }
        }
    }
}
