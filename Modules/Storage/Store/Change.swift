import Foundation

/// One row of the change log: who wrote what, when. The record is flattened to text by field
/// name (`amount_yen` → "1200000"); an edit also says which fields changed from what to what.
///
/// ```swift
/// for change in try store.changes(code: "C1", entities: Change.customerEntities) {
///     print(change.author, change.action, change.edits.map { "\($0.name): \($0.old ?? "–") → \($0.new ?? "–")" })
/// }
/// ```
public struct Change: Sendable, Equatable {
    public let at: Date
    public let author: String
    /// `customer`, `rep`, `order`, `deal`, `note`, `visit` or `contact`.
    public let entity: String
    /// The customer (or rep) code the change belongs to.
    public let code: String
    /// `add`, `edit`, `move` (a deal's stage), `plan` or `log` (a visit).
    public let action: String
    /// The record after the write, by field; fields without a value are left out.
    public let fields: [String: String]
    /// For writes that changed an existing record: the fields whose value changed, by name.
    public let edits: [FieldEdit]

    public init(at: Date, author: String, entity: String, code: String, action: String, fields: [String: String],
                edits: [FieldEdit]) {
        self.at = at
        self.author = author
        self.entity = entity
        self.code = code
        self.action = action
        self.fields = fields
        self.edits = edits
    }

    /// The entities whose changes are logged under a customer's code.
    public static let customerEntities = ["customer", "order", "deal", "note", "visit", "contact"]
}

/// One field's value before and after an edit; nil where it had none.
public struct FieldEdit: Sendable, Equatable {
    public let name: String
    public let old: String?
    public let new: String?

    public init(name: String, old: String?, new: String?) {
        self.name = name
        self.old = old
        self.new = new
    }
}
