import RoundsDomain

/// Compiles a `FilterExpression` to a parameterized SQL condition. User values only ever travel
/// as arguments; column expressions come from the store's own table of fields.
enum FilterSQL {
    /// How one catalog field reads in SQL.
    struct Column {
        let sql: String
        let type: FieldCatalog.FieldType
    }

    static func compile(_ expression: FilterExpression, columns: [String: Column], dialect: SQLDialect) throws -> (sql: String, arguments: SQLArguments) {
        var arguments: SQLArguments = []
        let sql = try condition(expression, columns: columns, dialect: dialect, arguments: &arguments)
        return (sql, arguments)
    }

    private static func condition(_ expression: FilterExpression, columns: [String: Column], dialect: SQLDialect,
                                  arguments: inout SQLArguments) throws -> String {
        func column(_ field: String) throws -> Column {
            guard let column = columns[field] else { throw StorageErrors.unknownField(field) }
            return column
        }
        switch expression {
        case .compare(let field, let op, .null):
            let sql = try column(field).sql
            return op == .notEqual ? "\(sql) IS NOT NULL" : "\(sql) IS NULL"
        case .compare(let field, let op, let value):
            arguments.values.append(sqlValue(value))
            // `rank != focus` should keep customers without a rank, as a user reads it.
            let sqlOperator = op == .notEqual ? "IS DISTINCT FROM" : op.rawValue
            return "\(try column(field).sql) \(sqlOperator) ?"
        case .contains(let field, let value):
            let column = try column(field)
            arguments.values.append(sqlValue(value))
            if column.type == .tags {
                return "\(dialect.position(of: "',' || ? || ','", in: "',' || \(column.sql) || ','")) > 0"
            }
            return "\(dialect.position(of: "lower(?)", in: "lower(\(column.sql))")) > 0"
        case .isIn(let field, let values, let negated):
            let sql = try column(field).sql
            arguments.values += values.map(sqlValue)
            let list = Array(repeating: "?", count: values.count).joined(separator: ", ")
            return negated ? "(\(sql) IS NULL OR \(sql) NOT IN (\(list)))" : "\(sql) IN (\(list))"
        case .and(let lhs, let rhs):
            return "(\(try condition(lhs, columns: columns, dialect: dialect, arguments: &arguments)) AND \(try condition(rhs, columns: columns, dialect: dialect, arguments: &arguments)))"
        case .or(let lhs, let rhs):
            return "(\(try condition(lhs, columns: columns, dialect: dialect, arguments: &arguments)) OR \(try condition(rhs, columns: columns, dialect: dialect, arguments: &arguments)))"
        case .not(let inner):
            // SQL's NOT of unknown is unknown; a user reading `not rank = focus` expects unranked customers too.
            return "NOT coalesce(\(try condition(inner, columns: columns, dialect: dialect, arguments: &arguments)), FALSE)"
        }
    }

    private static func sqlValue(_ value: FilterValue) -> SQLValue {
        switch value {
        case .text(let text), .date(let text): .text(text)
        case .integer(let number): number.sqlValue
        case .real(let number): .real(number)
        case .null: .null
        }
    }
}
