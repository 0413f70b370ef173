import RoundsDomain
import RoundsExchange

/// The deal file layout. The stage is written as its code and read as code or name (`quote`,
/// `見積`); whether it exists and what it requires comes from the sales flow the import is given.
enum DealTable {
    static let fields = [
        FieldSpec("id", "ID"), FieldSpec("customer", "顧客コード", required: true), FieldSpec("rep", "担当者"),
        FieldSpec("title", "件名", aliases: ["商談名"], required: true), FieldSpec("amount_yen", "金額"),
        FieldSpec("stage", "ステージ", required: true), FieldSpec("proposal", "提案内容"),
        FieldSpec("expected_close", "受注予定日"), FieldSpec("competitor", "競合"), FieldSpec("lost_reason", "失注理由"),
    ]

    static let numberFields: Set<String> = ["id", "amount_yen"]

    static func cells(_ deal: Deal) -> [String] {
        [
            deal.id.map { "\($0)" } ?? "", deal.customer, deal.rep ?? "", deal.title, deal.amountYen.map { "\($0)" } ?? "",
            deal.stage, deal.proposal ?? "", deal.expectedClose?.description ?? "", deal.competitor ?? "",
            deal.lostReason ?? "",
        ]
    }

    /// The row as a deal checked against `flow`; nil when a cell is wrong (the problems are recorded).
    static func parse(_ cells: inout CellReader, flow: SalesFlow) -> Deal? {
        let id = cells.id()
        let customer = cells.required("customer")
        let title = cells.required("title")
        let stage = cells.parse("stage") { text throws(RoundsError) in try flow.stage(parsing: text) }
        if cells.text("stage") == nil { _ = cells.required("stage") }
        let deal = Deal(id: id, customer: customer, rep: cells.text("rep"), title: title, amountYen: cells.yen("amount_yen"),
                        stage: stage?.code ?? "", proposal: cells.text("proposal"),
                        expectedClose: cells.date("expected_close"), competitor: cells.text("competitor"),
                        lostReason: cells.text("lost_reason"))
        guard cells.problems.isEmpty else { return nil }
        do { try flow.checkNew(deal) } catch { cells.report("stage", error) }
        return cells.problems.isEmpty ? deal : nil
    }
}
