/// A parsed `--where` expression: typed against a `FieldCatalog`, ready for a store to compile
/// into parameterized SQL. Values are already converted (yen literals to integers, rank names to
/// their codes, dates to `YYYY-MM-DD`), so no store re-parses user text.
///
/// ```swift
/// let filter = try FilterExpression(parsing: "rank in (focus, develop) and potential >= 100万",
///                                   fields: .customer)
/// ```
public indirect enum FilterExpression: Sendable, Equatable {
    case compare(field: String, ComparisonOperator, FilterValue)
    /// Text: substring match. Tags: the list holds this tag.
    case contains(field: String, FilterValue)
    case isIn(field: String, [FilterValue], negated: Bool)
    case and(FilterExpression, FilterExpression)
    case or(FilterExpression, FilterExpression)
    case not(FilterExpression)

    /// Every field the expression reads, in order of appearance.
    public var fieldNames: [String] {
        switch self {
        case .compare(let field, _, _), .contains(let field, _), .isIn(let field, _, _): [field]
        case .and(let lhs, let rhs), .or(let lhs, let rhs): lhs.fieldNames + rhs.fieldNames
        case .not(let inner): inner.fieldNames
        }
    }
}

public enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A literal after conversion to the field's type. `null` matches an empty optional field.
public enum FilterValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    /// A calendar date, `YYYY-MM-DD`.
    case date(String)
    case null
}

/// An ordering key for listings: `name` ascending, `-potential` descending.
public struct SortKey: Sendable, Equatable {
    public var field: String
    public var descending: Bool

    public init(field: String, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }
}
