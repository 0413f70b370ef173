import RoundsDomain
import RoundsExchange

/// The contact file layout: who to ask for at a customer.
///
/// ```
/// id,customer,name,role,phone,email
/// 3,C0001,田中 一郎,購買課長,03-1234-5678,tanaka@example.jp
/// ```
///
/// Phone numbers stay text, so a leading 0 survives a spreadsheet.
enum ContactTable {
    static let fields = [
        FieldSpec("id", "ID"), FieldSpec("customer", "顧客コード", required: true), FieldSpec("name", "氏名", required: true),
        FieldSpec("role", "役職"), FieldSpec("phone", "電話番号"), FieldSpec("email", "メール"),
    ]

    static let numberFields: Set<String> = ["id"]

    static func cells(_ contact: Contact) -> [String] {
        [contact.id.map { "\($0)" } ?? "", contact.customer, contact.name, contact.role ?? "", contact.phone ?? "", contact.email ?? ""]
    }

    /// The row as a contact; nil when a cell is wrong (the problems are recorded).
    static func parse(_ cells: inout CellReader) -> Contact? {
        let id = cells.id()
        let customer = cells.required("customer")
        let name = cells.required("name")
        guard cells.problems.isEmpty else { return nil }
        let contact = Contact(id: id, customer: customer, name: name, role: cells.text("role"), phone: cells.text("phone"),
                              email: cells.text("email"))
        do { try contact.validate() } catch { cells.report(nil, error) }
        return cells.problems.isEmpty ? contact : nil
    }
}
