import GRDB

extension Row {
    /// The column's value, nil for NULL: `rep: row.optional(2)`. GRDB's `row[2] as String?`
    /// decodes through `Optional`'s generic conformance, which looks Optional's metadata up again
    /// for every value; on a brief listing a year of orders that was a fifth of the whole run.
    func optional<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ index: Int) -> Value? {
        hasNull(atIndex: index) ? nil : self[index] as Value
    }
}
