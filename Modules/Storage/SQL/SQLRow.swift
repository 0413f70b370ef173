/// One row of a result, read by position or by column name as the type the caller names:
///
/// ```swift
/// let code: String = row[0]
/// let rank: String? = row["rank"]
/// ```
///
/// Reading a NULL or a mismatched value as a non-optional type is a programming error (the
/// schema says what each column holds), so it stops the program as GRDB's rows do.
package struct SQLRow: Sendable {
    package let values: [SQLValue]
    package let columns: SQLColumns

    package init(values: [SQLValue], columns: SQLColumns) {
        self.values = values
        self.columns = columns
    }

    package subscript<Value: SQLValueConvertible>(_ index: Int) -> Value {
        guard let value = Value.from(values[index]) else {
            preconditionFailure("column \(index) (\(columns.names[index])) holds \(values[index]), not \(Value.self)")
        }
        return value
    }

    package subscript<Value: SQLValueConvertible>(_ name: String) -> Value {
        guard let index = columns.index(of: name) else { preconditionFailure("no column \(name) in \(columns.names)") }
        return self[index]
    }

    package var count: Int { values.count }
}

/// A result's column names, shared by all its rows.
package final class SQLColumns: Sendable {
    package let names: [String]
    private let indexes: [String: Int]

    package init(_ names: [String]) {
        self.names = names
        // The first of equal names wins, as SQL's own column references do.
        var indexes: [String: Int] = [:]
        for (index, name) in names.enumerated() where indexes[name] == nil { indexes[name] = index }
        self.indexes = indexes
    }

    package func index(of name: String) -> Int? { indexes[name] }
}

extension SQLRow {
    /// The column's value, nil for NULL: `rep: row.optional(2)`, without going through
    /// `Optional`'s generic conformance for every value of a long listing.
    package func optional<Value: SQLValueConvertible>(_ index: Int) -> Value? {
        if case .null = values[index] { return nil }
        return self[index] as Value
    }
}
