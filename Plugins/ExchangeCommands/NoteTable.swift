import RoundsDomain
import RoundsExchange

/// The note file layout: the kind as `competitor`, `request` or `general` (or 競合, 要望, 一般),
/// tags comma-separated, the author empty for the importing user.
enum NoteTable {
    static let fields = [
        FieldSpec("id", "ID"), FieldSpec("customer", "顧客コード", required: true), FieldSpec("kind", "種類"),
        FieldSpec("text", "内容", required: true), FieldSpec("tags", "タグ"), FieldSpec("author", "作成者"),
        FieldSpec("date", "日付", required: true),
    ]

    static let numberFields: Set<String> = ["id"]

    static func cells(_ note: Note) -> [String] {
        [
            note.id.map { "\($0)" } ?? "", note.customer, note.kind.rawValue, note.text, note.tags.joined(separator: ","),
            note.author ?? "", note.date.description,
        ]
    }

    /// The row as a note; nil when a cell is wrong (the problems are recorded).
    static func parse(_ cells: inout CellReader) -> Note? {
        let id = cells.id()
        let customer = cells.required("customer")
        let text = cells.required("text")
        let kind = cells.parse("kind") { text throws(RoundsError) in try NoteKind(parsing: text) } ?? .general
        let date = cells.date("date")
        if cells.text("date") == nil { _ = cells.required("date") }
        guard let date, cells.problems.isEmpty else { return nil }
        let note = Note(id: id, customer: customer, kind: kind, date: date, text: text,
                        tags: cells.text("tags").map(Customer.tags(parsing:)) ?? [], author: cells.text("author"))
        do { try note.validate() } catch { cells.report(nil, error) }
        return cells.problems.isEmpty ? note : nil
    }
}
