extension FilterExpression {
    /// A test for values in memory, each field resolved once through `reader` (not once per
    /// value tested), judged the way the SQL stores compile the expression: a comparison with
    /// a missing value is false, except `!=` (a customer without a rank is `rank != focus`),
    /// and `not` turns false into true.
    ///
    /// ```swift
    /// let due = try FilterExpression(parsing: "days_to_next_order <= 7", fields: .facts).matcher(CustomerFacts.reader)
    /// try due(facts)   // true when the next order is a week away or less
    /// ```
    ///
    /// - Parameter reader: how to read a field from a value; the reader returns nil for a value
    ///   that lacks the field, which makes the test throw `RoundsError(.invalidValue, …)`, as
    ///   does a value of another type than the literal's.
    public func matcher<Subject>(_ reader: (String) -> @Sendable (Subject) -> FilterValue?)
        -> @Sendable (Subject) throws(RoundsError) -> Bool {
        switch self {
        case .compare(let field, let op, let expected):
            let read = reader(field)
            return { subject throws(RoundsError) in
                let actual = try Self.value(read(subject), field)
                if expected == .null || actual == .null {
                    return op == .equal ? actual == expected : op == .notEqual && actual != expected
                }
                let order = try Self.order(actual, expected, field: field)
                return switch op {
                case .equal: order == 0
                case .notEqual: order != 0
                case .less: order < 0
                case .lessOrEqual: order <= 0
                case .greater: order > 0
                case .greaterOrEqual: order >= 0
                }
            }
        case .contains(let field, let expected):
            let read = reader(field)
            let part = if case .text(let text) = expected { text.lowercased() } else { "" }
            return { subject throws(RoundsError) in
                guard case .text(let text) = try Self.value(read(subject), field) else { return false }
                return text.lowercased().contains(part)
            }
        case .isIn(let field, let values, let negated):
            let read = reader(field)
            return { subject throws(RoundsError) in
                let actual = try Self.value(read(subject), field)
                if actual == .null { return negated }
                for candidate in values {
                    if try Self.order(actual, candidate, field: field) == 0 { return !negated }
                }
                return negated
            }
        case .and(let lhs, let rhs):
            let (first, second) = (lhs.matcher(reader), rhs.matcher(reader))
            return { subject throws(RoundsError) in
                guard try first(subject) else { return false }
                return try second(subject)
            }
        case .or(let lhs, let rhs):
            let (first, second) = (lhs.matcher(reader), rhs.matcher(reader))
            return { subject throws(RoundsError) in
                if try first(subject) { return true }
                return try second(subject)
            }
        case .not(let inner):
            let test = inner.matcher(reader)
            return { subject throws(RoundsError) in try !test(subject) }
        }
    }

    private static func value(_ found: FilterValue?, _ field: String) throws(RoundsError) -> FilterValue {
        guard let found else { throw RoundsError(.invalidValue, .factMissing(field)) }
        return found
    }

    /// -1, 0 or 1; whole and real numbers compare with each other, anything else only with its own kind.
    private static func order(_ lhs: FilterValue, _ rhs: FilterValue, field: String) throws(RoundsError) -> Int {
        func sign<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): return sign(a, b)
        case (.integer(let a), .real(let b)): return sign(Double(a), b)
        case (.real(let a), .integer(let b)): return sign(a, Double(b))
        case (.real(let a), .real(let b)): return sign(a, b)
        case (.text(let a), .text(let b)), (.date(let a), .date(let b)): return sign(a, b)
        default: throw RoundsError(.invalidValue, .factTypeMismatch(field))
        }
    }
}

extension Message {
    static func factMissing(_ field: String) -> Message {
        Message(en: "no value for '\(field)'", ja: "'\(field)' の値がありません")
    }

    static func factTypeMismatch(_ field: String) -> Message {
        Message(en: "'\(field)' has a value of another type than the condition's", ja: "'\(field)' の値の型が条件と合いません")
    }
}
