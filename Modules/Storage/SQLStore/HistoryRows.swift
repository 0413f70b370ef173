import Foundation
import RoundsDomain

/// Maps the history tables to domain values and back; the only place that knows their columns.
/// Every table is read as `x`, joined to its customer `c` and (where it has one) its rep `r`.
enum HistoryRows {
    /// One history table as listings read it.
    struct Table {
        let name: String
        let columns: String
        /// The day `--from`/`--to` filter on, or nil where days do not apply.
        let date: String?
        let hasRep: Bool
        /// Newest first, as listings show them.
        let order: String
        /// The order exports walk and files are read back in.
        let oldestFirst: String

        var from: String {
            "\(name) x JOIN customer c ON c.id = x.customer_id" + (hasRep ? " LEFT JOIN rep r ON r.id = x.rep_id" : "")
        }

        /// `expression` (of `x`, `c.code` and `r.code`) as an INSERT into the table returns it:
        /// `RETURNING` sees the new row alone, so the customer's code is an argument after the
        /// INSERT's own (the writer looked the customer up by it), and the rep's is looked up.
        func returning(_ expression: String) -> String {
            expression
                .replacingOccurrences(of: #"\bc\.code\b"#, with: "CAST(? AS TEXT)", options: .regularExpression)
                .replacingOccurrences(of: #"\br\.code\b"#, with: "(SELECT r.code FROM rep r WHERE r.id = \(name).rep_id)",
                                      options: .regularExpression)
                .replacingOccurrences(of: #"\bx\."#, with: "\(name).", options: .regularExpression)
        }
    }

    /// `insert` (`INSERT INTO t (columns) VALUES (?, …)`) with its customer found by code in the
    /// same statement: the argument after the values is the code, a NULL `customer_id` is that
    /// customer's id and a NULL `rep_id` its rep. No row is written for an unknown code.
    static func byCustomerCode(_ insert: String) -> String {
        guard let open = insert.firstIndex(of: "("), let close = insert.firstIndex(of: ")"),
              let values = insert.range(of: "VALUES") else { preconditionFailure("not an INSERT … VALUES: \(insert)") }
        let columns = insert[insert.index(after: open)..<close].split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let select = columns.map { column in
            switch column {
            case "customer_id": "COALESCE(?, c.id)"
            case "rep_id": "COALESCE(?, c.rep_id)"
            default: "?"
            }
        }
        return insert[..<values.lowerBound] + "SELECT " + select.joined(separator: ", ") + " FROM customer c WHERE c.code = ?"
    }

    // MARK: Orders

    static let order = Table(
        name: "sales_order",
        columns: "x.id, c.code, r.code, x.date, x.amount_yen, x.product, x.category, x.quantity, x.created_at",
        date: "x.date", hasRep: true, order: "x.date DESC, x.id DESC",
        oldestFirst: "x.date, x.id")

    static func order(_ row: SQLRow) throws -> Order {
        Order(id: row.optional(0), customer: row[1], rep: row.optional(2), date: try day(row[3]), amountYen: row[4],
              product: row.optional(5), category: row.optional(6), quantity: row.optional(7),
              createdAt: Timestamp.date(row.optional(8)))
    }

    /// The columns `orderValues` gives, in its order.
    static let orderColumns = ["customer_id", "rep_id", "date", "amount_yen", "product", "category", "quantity", "created_at"]

    static let insertOrderSQL = """
        INSERT INTO sales_order (\(orderColumns.joined(separator: ", "))) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// An exported order read back: it keeps its id.
    static let insertOrderWithIDSQL = """
        INSERT INTO sales_order (id, customer_id, rep_id, date, amount_yen, product, category, quantity, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Everything but the customer and the creation time, which an order keeps.
    static let updateOrderSQL = """
        UPDATE sales_order SET rep_id = ?, date = ?, amount_yen = ?, product = ?, category = ?, quantity = ? WHERE id = ?
        """

    static func orderValues(_ order: Order, customerID: Int64, repID: Int64?, now: String) -> SQLArguments {
        [customerID, repID, order.date.description, order.amountYen, order.product, order.category, order.quantity, now]
    }

    // MARK: Deals

    static let deal = Table(
        name: "deal",
        columns: """
            x.id, c.code, r.code, x.title, x.amount_yen, x.stage, x.proposal, x.expected_close, x.competitor,
            x.lost_reason, x.created_at, x.updated_at
            """,
        date: "x.expected_close", hasRep: true, order: "x.id DESC", oldestFirst: "x.id")

    static func deal(_ row: SQLRow) throws -> Deal {
        Deal(id: row[0], customer: row[1], rep: row[2], title: row[3], amountYen: row[4], stage: row[5], proposal: row[6],
             expectedClose: try (row[7] as String?).map(day), competitor: row[8], lostReason: row[9],
             createdAt: Timestamp.date(row[10]), updatedAt: Timestamp.date(row[11]))
    }

    static let insertDealSQL = """
        INSERT INTO deal (customer_id, rep_id, title, amount_yen, stage, proposal, expected_close, competitor, lost_reason,
            created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// `insertDealSQL` with the id first: NULL lets SQLite choose one, a number keeps an imported one.
    static let insertDealWithIDSQL = """
        INSERT INTO deal (id, customer_id, rep_id, title, amount_yen, stage, proposal, expected_close, competitor,
            lost_reason, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let insertStageSQL = """
        INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, author, at) VALUES (?, ?, ?, ?, ?)
        """

    /// Everything but the customer and the creation time, which a deal keeps.
    static let updateDealSQL = """
        UPDATE deal SET rep_id = ?, title = ?, amount_yen = ?, stage = ?, proposal = ?, expected_close = ?, competitor = ?,
            lost_reason = ?, updated_at = ?
        WHERE id = ?
        """

    static func dealValues(_ deal: Deal, repID: Int64?) -> [(any SQLValueConvertible)?] {
        [repID, deal.title, deal.amountYen, deal.stage, deal.proposal, deal.expectedClose?.description, deal.competitor,
         deal.lostReason]
    }

    // MARK: Notes

    static let note = Table(
        name: "note",
        columns: "x.id, c.code, x.kind, x.date, x.text, x.tags, x.author, x.created_at",
        date: "x.date", hasRep: false, order: "x.date DESC, x.id DESC",
        oldestFirst: "x.date, x.id")

    static func note(_ row: SQLRow) throws -> Note {
        Note(id: row.optional(0), customer: row[1], kind: NoteKind(rawValue: row[2]) ?? .general, date: try day(row[3]),
             text: row[4], tags: Customer.tags(parsing: row[5]), author: row[6], createdAt: Timestamp.date(row.optional(7)))
    }

    static let insertNoteSQL = """
        INSERT INTO note (customer_id, kind, date, text, tags, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
        """

    /// `insertNoteSQL` with the id first (NULL lets SQLite choose one).
    static let insertNoteWithIDSQL = """
        INSERT INTO note (id, customer_id, kind, date, text, tags, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Everything but the customer and the creation time.
    static let updateNoteSQL = "UPDATE note SET kind = ?, date = ?, text = ?, tags = ?, author = ? WHERE id = ?"

    /// The columns `insertNoteWithIDSQL` (after the customer) and `updateNoteSQL` share, in their order.
    static func noteValues(_ note: Note, author: String) -> [(any SQLValueConvertible)?] {
        [note.kind.rawValue, note.date.description, note.text, note.tags.joined(separator: ","), author]
    }

    // MARK: Visits

    static let visit = Table(
        name: "visit",
        columns: """
            x.id, c.code, r.code, x.status, x.date, x.purpose, x.proposal, x.information_to_obtain, x.next_action,
            x.next_action_due, x.outcomes, x.report, x.created_at, x.updated_at, x.appointment, x.planned_for
            """,
        date: "x.date", hasRep: true, order: "x.date DESC, x.id DESC",
        oldestFirst: "x.date, x.id")

    static func visit(_ row: SQLRow) throws -> Visit {
        Visit(id: row[0], customer: row[1], rep: row[2], status: VisitStatus(rawValue: row[3]) ?? .planned,
              date: try day(row[4]), appointment: (row[14] as Int?).map(TimeOfDay.init(minutes:)), purpose: row[5],
              proposal: row[6], informationToObtain: row[7], nextAction: row[8],
              nextActionDue: try (row[9] as String?).map(day), outcomes: try VisitOutcome.list(parsing: row[10]),
              report: row[11], plannedFor: try (row[15] as String?).map(day), createdAt: Timestamp.date(row[12]), updatedAt: Timestamp.date(row[13]))
    }

    static let insertVisitSQL = """
        INSERT INTO visit (rep_id, status, date, purpose, proposal, information_to_obtain, next_action, next_action_due,
            outcomes, report, appointment, customer_id, created_at, updated_at, planned_for)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// `insertVisitSQL` with the id first (NULL lets SQLite choose one).
    static let insertVisitWithIDSQL = """
        INSERT INTO visit (id, rep_id, status, date, purpose, proposal, information_to_obtain, next_action, next_action_due,
            outcomes, report, appointment, customer_id, created_at, updated_at, planned_for)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let updateVisitSQL = """
        UPDATE visit SET rep_id = ?, status = ?, date = ?, purpose = ?, proposal = ?, information_to_obtain = ?,
            next_action = ?, next_action_due = ?, outcomes = ?, report = ?, appointment = ?, updated_at = ?
        WHERE id = ?
        """

    /// The last value of `insertVisitSQL`: the day a visit written as planned is planned for.
    /// Updates leave the column to the `visit_planned_for` trigger, which moves it with a planned visit.
    static func plannedFor(_ visit: Visit) -> String? {
        (visit.plannedFor ?? (visit.status == .planned ? visit.date : nil))?.description
    }

    /// The columns `insertVisitSQL` and `updateVisitSQL` share, in their order.
    static func visitValues(_ visit: Visit, repID: Int64?) -> [(any SQLValueConvertible)?] {
        [repID, visit.status.rawValue, visit.date.description, visit.purpose, visit.proposal, visit.informationToObtain,
         visit.nextAction, visit.nextActionDue?.description, VisitOutcome.format(visit.outcomes), visit.report,
         visit.appointment?.minutes]
    }

    // MARK: Contacts

    static let contact = Table(
        name: "contact",
        columns: "x.id, c.code, x.name, x.role, x.phone, x.email, x.created_at",
        date: nil, hasRep: false, order: "c.code, x.name, x.id", oldestFirst: "x.id")

    static func contact(_ row: SQLRow) -> Contact {
        Contact(id: row[0], customer: row[1], name: row[2], role: row[3], phone: row[4], email: row[5],
                createdAt: Timestamp.date(row[6]))
    }

    static let insertContactSQL = """
        INSERT INTO contact (customer_id, name, role, phone, email, created_at) VALUES (?, ?, ?, ?, ?, ?)
        """

    /// `insertContactSQL` with the id first (NULL lets SQLite choose one).
    static let insertContactWithIDSQL = """
        INSERT INTO contact (id, customer_id, name, role, phone, email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
        """

    /// Everything but the customer and the creation time.
    static let updateContactSQL = "UPDATE contact SET name = ?, role = ?, phone = ?, email = ? WHERE id = ?"

    /// The columns `insertContactWithIDSQL` (after the customer) and `updateContactSQL` share, in their order.
    static func contactValues(_ contact: Contact) -> [(any SQLValueConvertible)?] {
        [contact.name, contact.role, contact.phone, contact.email]
    }

    private static func day(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text, field: "date")
    }
}
