import RoundsDomain

/// The SQL behind `customer list`: filter, default scope, order and limit.
enum CustomerSQL {
    static let columns: [String: FilterSQL.Column] = {
        let sql: [String: String] = [
            "code": "c.code", "name": "c.name", "name_kana": "c.name_kana", "address": "c.address",
            "lat": "c.lat", "lon": "c.lon", "phone": "c.phone", "rep": "r.code", "rank": "c.rank",
            "potential": "c.potential_yen", "service_minutes": "c.service_minutes",
            "visit_interval_days": "c.visit_interval_days",
            "time_windows": "c.time_windows", "closed_days": "c.closed_days", "status": "c.status",
            "tags": "c.tags", "created": "substr(c.created_at, 1, 10)", "updated": "substr(c.updated_at, 1, 10)",
        ]
        return Dictionary(uniqueKeysWithValues: FieldCatalog.customer.fields.map { field in
            (field.name, FilterSQL.Column(sql: sql[field.name]!, type: field.type))
        })
    }()

    static func select(_ query: CustomerQuery, dialect: SQLDialect) throws -> (text: String, arguments: SQLArguments) {
        let (condition, conditionArguments) = try whereClause(query, dialect: dialect)
        var text = "SELECT \(Rows.customerColumns) FROM \(Rows.customerFrom)" + condition
        var arguments = conditionArguments
        let order = try query.sort.map { key in
            guard let column = columns[key.field] else { throw StorageErrors.unknownField(key.field) }
            return column.sql + (key.descending ? " DESC" : "")
        }
        text += " ORDER BY " + (order + ["c.code"]).joined(separator: ", ")
        if let limit = query.limit {
            text += " LIMIT ?"
            arguments += [limit]
        }
        return (text, arguments)
    }

    static func count(_ query: CustomerQuery, dialect: SQLDialect) throws -> (text: String, arguments: SQLArguments) {
        let (condition, arguments) = try whereClause(query, dialect: dialect)
        return ("SELECT count(*) FROM \(Rows.customerFrom)" + condition, arguments)
    }

    private static func whereClause(_ query: CustomerQuery, dialect: SQLDialect) throws -> (String, SQLArguments) {
        var conditions: [String] = []
        var arguments: SQLArguments = []
        if let filter = query.filter {
            let compiled = try FilterSQL.compile(filter, columns: columns, dialect: dialect)
            conditions.append(compiled.sql)
            arguments += compiled.arguments
        }
        if !query.includeArchived, !(query.filter?.fieldNames.contains("status") ?? false) {
            conditions.append("c.status != 'archived'")
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
