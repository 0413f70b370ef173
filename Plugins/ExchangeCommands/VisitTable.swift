import RoundsDomain
import RoundsExchange

/// The visit file layout: status `planned` or `done` (予定, 実施), outcomes comma-separated
/// (`proposal,order` or 提案実施、受注), the appointment as HH:MM (約束時刻). What a visit needs for its status comes from the
/// requirements the import is given.
enum VisitTable {
    static let fields = [
        FieldSpec("id", "ID"), FieldSpec("customer", "顧客コード", required: true), FieldSpec("rep", "担当者"),
        FieldSpec("date", "訪問日", required: true), FieldSpec("appointment", "約束時刻", aliases: ["at"]),
        FieldSpec("status", "状態", required: true),
        FieldSpec("purpose", "目的"), FieldSpec("proposal", "提案内容"),
        FieldSpec("information", "入手したい情報", aliases: ["information_to_obtain", "obtain"]),
        FieldSpec("next_action", "次回アクション"), FieldSpec("next_action_due", "次回アクション期限", aliases: ["due"]),
        FieldSpec("outcomes", "成果", aliases: ["outcome"]), FieldSpec("report", "報告"),
    ]

    static let numberFields: Set<String> = ["id"]

    static func cells(_ visit: Visit) -> [String] {
        [
            visit.id.map { "\($0)" } ?? "", visit.customer, visit.rep ?? "", visit.date.description, visit.appointment?.description ?? "",
            visit.status.rawValue,
            visit.purpose ?? "", visit.proposal ?? "", visit.informationToObtain ?? "", visit.nextAction ?? "",
            visit.nextActionDue?.description ?? "", VisitOutcome.format(visit.outcomes), visit.report ?? "",
        ]
    }

    /// The columns of the visit fields a requirement or `Visit.validate` names otherwise (`next-action`, …).
    static let columnOfField = ["obtain": "information", "next-action": "next_action", "due": "next_action_due",
                                "outcome": "outcomes"]

    /// The row as a visit meeting `requirements`; nil when a cell is wrong (the problems are recorded).
    static func parse(_ cells: inout CellReader, requirements: VisitRequirements) -> Visit? {
        let id = cells.id()
        let customer = cells.required("customer")
        let date = cells.date("date")
        if cells.text("date") == nil { _ = cells.required("date") }
        let status = cells.parse("status") { text throws(RoundsError) in try VisitStatus(parsing: text) }
        if cells.text("status") == nil { _ = cells.required("status") }
        let appointment = cells.parse("appointment") { text throws(RoundsError) in
            try TimeOfDay(parsing: text, field: "appointment")
        }
        let due = cells.date("next_action_due")
        let outcomes = cells.parse("outcomes") { text throws(RoundsError) in try VisitOutcome.list(parsing: text) } ?? []
        guard let date, let status, cells.problems.isEmpty else { return nil }
        let visit = Visit(id: id, customer: customer, rep: cells.text("rep"), status: status, date: date,
                          appointment: appointment, purpose: cells.text("purpose"), proposal: cells.text("proposal"),
                          informationToObtain: cells.text("information"), nextAction: cells.text("next_action"),
                          nextActionDue: due, outcomes: outcomes, report: cells.text("report"))
        do { try requirements.check(visit) } catch { cells.report(nil, error, fields: columnOfField) }
        return cells.problems.isEmpty ? visit : nil
    }
}
