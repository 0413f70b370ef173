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
    /// `add`, `edit`, `move` (a deal's stage), `plan` or `log` (a visit), `import` (a record from a file);
    /// `bulk-add` (a demo load) or `bulk-import` (orders from a file) for a row that counts records instead.
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

    /// For a bulk write's row (`bulk-add`, `bulk-import`): how many `entity` records it added.
    public var addedCount: Int? {
        action.hasPrefix("bulk-") ? fields["count"].flatMap { Int($0) } : nil
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
