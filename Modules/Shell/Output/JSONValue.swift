/// Nested JSON for a view that is more than one record or one listing (`customer show --format
/// json`), written by the same hand-made writer as listings: keys stay in the order given, numbers
/// stay numbers and Japanese stays readable.
///
/// ```swift
/// let view: JSONValue = .object([("code", .cell(.text("C1"))), ("orders", .array([]))])
/// session.out.write(view.text())   // {"code": "C1", "orders": []} over four lines
/// ```
public indirect enum JSONValue: Sendable {
    case cell(Cell)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static let null = JSONValue.cell(.null)

    /// A record as one object, its fields in their order.
    public static func record(_ record: Record) -> JSONValue {
        .object(record.fields.map { ($0.key, .cell($0.value)) })
    }

    /// Pretty-printed with two spaces per level, ending in a newline.
    public func text() -> String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    private func write(to out: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .cell(let cell):
            out += JSON.value(cell)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += inner + JSON.string(member.key) + ": "
                member.value.write(to: &out, indent: inner)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }
}
