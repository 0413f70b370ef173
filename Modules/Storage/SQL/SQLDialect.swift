/// What differs between SQLite's SQL and PostgreSQL's, for the few expressions the store needs
/// that the two spell differently. Everything else is written once in SQL both accept (see
/// `Modules/Storage/SQL/README.md`).
///
/// ```swift
/// "SELECT \(db.dialect.position(of: "lower(?)", in: "lower(x.text)")) > 0 FROM note x"
/// ```
package enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// Where `needle` first occurs in `haystack`, from 1; 0 when it does not.
    package func position(of needle: String, in haystack: String) -> String {
        switch self {
        case .sqlite: "instr(\(haystack), \(needle))"
        case .postgres: "strpos(\(haystack), \(needle))"
        }
    }

    /// The larger of two values (SQLite's two-argument `max`).
    package func greatest(_ first: String, _ second: String) -> String {
        switch self {
        case .sqlite: "max(\(first), \(second))"
        case .postgres: "greatest(\(first), \(second))"
        }
    }

    /// The smaller of two values (SQLite's two-argument `min`).
    package func least(_ first: String, _ second: String) -> String {
        switch self {
        case .sqlite: "min(\(first), \(second))"
        case .postgres: "least(\(first), \(second))"
        }
    }

    /// Days from `start` to `end`, both `YYYY-MM-DD` text, as a whole number.
    package func daysBetween(_ start: String, _ end: String) -> String {
        switch self {
        case .sqlite: "CAST(julianday(\(end)) - julianday(\(start)) AS INTEGER)"
        case .postgres: "(CAST(\(end) AS date) - CAST(\(start) AS date))"
        }
    }
}

extension SQLDialect {
    /// What makes the next id of `table` follow rows inserted under ids of their own: SQLite
    /// takes the largest id by itself; a PostgreSQL identity sequence must be moved on.
    package func resyncIDs(table: String) -> String? {
        switch self {
        case .sqlite: nil
        case .postgres: "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), GREATEST((SELECT max(id) FROM \(table)), 1))"
        }
    }

    /// What brings the planner's statistics of `tables` up to date after a bulk load, inside its
    /// transaction: PostgreSQL plans from them, and autovacuum would look only a minute later, so
    /// the first reports after a large import would scan what an index answers (`db copy` does
    /// more, after its commit: `SQLBackend.vacuum`).
    /// Nothing on SQLite, whose store queries carry their own plans (`indexedBy`, `unindexed`).
    ///
    /// ```swift
    /// if let analyze = db.dialect.analyze(["sales_order", "sales_month"]) { try db.execute(analyze) }
    /// ```
    package func analyze(_ tables: [String]) -> String? {
        switch self {
        case .sqlite: nil
        case .postgres: "ANALYZE " + tables.joined(separator: ", ")
        }
    }
}

extension SQLDialect {
    /// `column` in a condition that must not pick an index (SQLite's unary `+`): a scan in table
    /// order beats a lookup per row at random. PostgreSQL's planner weighs that itself.
    package func unindexed(_ column: String) -> String {
        switch self {
        case .sqlite: "+\(column)"
        case .postgres: column
        }
    }
}

extension SQLDialect {
    /// `INDEXED BY index` for SQLite, whose planner picks a worse index for some company-wide
    /// sums; nothing for PostgreSQL, which plans from statistics.
    package func indexedBy(_ index: String) -> String {
        switch self {
        case .sqlite: "INDEXED BY \(index)"
        case .postgres: ""
        }
    }

    /// A join SQLite must make in the order written (its `CROSS JOIN`); an inner join elsewhere.
    package var joinInOrder: String {
        switch self {
        case .sqlite: "CROSS JOIN"
        case .postgres: "JOIN"
        }
    }
}
