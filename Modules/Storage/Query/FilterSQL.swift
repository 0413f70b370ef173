import GRDB
import RoundsDomain

/// Compiles a `FilterExpression` to a parameterized SQL condition. User values only ever travel
/// as arguments; column expressions come from the store's own table of fields.
enum FilterSQL {
    /// How one catalog field reads in SQL.
    struct Column {
        let sql: String
        let type: FieldCatalog.FieldType
    }

    static func compile(_ expression: FilterExpression, columns: [String: Column]) throws -> (sql: String, arguments: [DatabaseValue]) {
        var arguments: [DatabaseValue] = []
        let sql = try condition(expression, columns: columns, arguments: &arguments)
        return (sql, arguments)
    }

    private static func condition(_ expression: FilterExpression, columns: [String: Column],
                                  arguments: inout [DatabaseValue]) throws -> String {
        func column(_ field: String) throws -> Column {
            guard let column = columns[field] else { throw StorageErrors.unknownField(field) }
            return column
        }
        switch expression {
        case .compare(let field, let op, .null):
            let sql = try column(field).sql
            return op == .notEqual ? "\(sql) IS NOT NULL" : "\(sql) IS NULL"
        case .compare(let field, let op, let value):
            arguments.append(databaseValue(value))
            // `rank != focus` should keep customers without a rank, as a user reads it.
            let sqlOperator = op == .notEqual ? "IS NOT" : op.rawValue
            return "\(try column(field).sql) \(sqlOperator) ?"
        case .contains(let field, let value):
            let column = try column(field)
            arguments.append(databaseValue(value))
            if column.type == .tags {
                return "instr(',' || \(column.sql) || ',', ',' || ? || ',') > 0"
            }
            return "instr(lower(\(column.sql)), lower(?)) > 0"
        case .isIn(let field, let values, let negated):
            let sql = try column(field).sql
            arguments += values.map(databaseValue)
            let list = Array(repeating: "?", count: values.count).joined(separator: ", ")
            return negated ? "(\(sql) IS NULL OR \(sql) NOT IN (\(list)))" : "\(sql) IN (\(list))"
        case .and(let lhs, let rhs):
            return "(\(try condition(lhs, columns: columns, arguments: &arguments)) AND \(try condition(rhs, columns: columns, arguments: &arguments)))"
        case .or(let lhs, let rhs):
            return "(\(try condition(lhs, columns: columns, arguments: &arguments)) OR \(try condition(rhs, columns: columns, arguments: &arguments)))"
        case .not(let inner):
            // SQL's NOT of unknown is unknown; a user reading `not rank = focus` expects unranked customers too.
            return "NOT coalesce(\(try condition(inner, columns: columns, arguments: &arguments)), 0)"
        }
    }

    private static func databaseValue(_ value: FilterValue) -> DatabaseValue {
        switch value {
        case .text(let text), .date(let text): text.databaseValue
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .null: .null
        }
    }
}
