import GRDB
import RoundsDomain

/// The SQL behind the history listings: one shape for every table, a per-entity condition on top.
enum HistorySQL {
    /// `extra` holds conditions of the entity's own (a stage, a status), already parameterized;
    /// `order` replaces the table's newest-first order (the next planned visit is the earliest).
    static func select(_ table: HistoryRows.Table, _ query: HistoryQuery, extra: [(sql: String, arguments: [DatabaseValue])] = [],
                       order: String? = nil) -> (text: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        func add(_ sql: String, _ values: [DatabaseValue]) {
            conditions.append(sql)
            arguments += values
        }
        if let customer = query.customer { add("c.code = ?", [customer.databaseValue]) }
        if let rep = query.rep, table.hasRep { add("r.code = ?", [rep.databaseValue]) }
        // Days are YYYY-MM-DD text, so ranges compare as text and use the (customer_id, date) indexes.
        if let date = table.date {
            if let from = query.from { add("\(date) >= ?", [from.description.databaseValue]) }
            if let to = query.to { add("\(date) <= ?", [to.description.databaseValue]) }
        }
        for condition in extra { add(condition.sql, condition.arguments) }
        var text = "SELECT \(table.columns) FROM \(table.from)"
        if !conditions.isEmpty { text += " WHERE " + conditions.joined(separator: " AND ") }
        text += " ORDER BY \(order ?? table.order)"
        if let limit = query.limit {
            text += " LIMIT ?"
            arguments.append(limit.databaseValue)
        }
        return (text, StatementArguments(arguments))
    }

    /// `column IN (?, ?, …)` for a list of values.
    static func among(_ column: String, _ values: [String]) -> (sql: String, arguments: [DatabaseValue]) {
        guard !values.isEmpty else { return ("0", []) }
        return ("\(column) IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))",
                values.map(\.databaseValue))
    }
}
