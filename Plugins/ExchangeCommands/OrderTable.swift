import RoundsDomain
import RoundsExchange

/// The order file layout: dates as `2026-11-29` on export, any Japanese form (`R8.11.29`,
/// `令和8年11月29日`) on import; amounts as plain yen on export, `¥1,234,000` or `120万` on import.
/// Every field is written, the id too, so an export imported again changes nothing; a file without
/// ids (a sales system's) adds its orders.
enum OrderTable {
    static let fields = [
        FieldSpec("id", "ID"), FieldSpec("customer", "顧客コード", required: true), FieldSpec("date", "受注日", required: true),
        FieldSpec("amount_yen", "金額", required: true), FieldSpec("product", "商品"), FieldSpec("category", "カテゴリ"),
        FieldSpec("quantity", "数量"), FieldSpec("rep", "担当者"),
    ]

    static let numberFields: Set<String> = ["id", "amount_yen", "quantity"]

    static func cells(_ order: Order) -> [String] {
        [
            order.id.map { "\($0)" } ?? "", order.customer, order.date.description, "\(order.amountYen)", order.product ?? "",
            order.category ?? "", order.quantity.map { "\($0)" } ?? "", order.rep ?? "",
        ]
    }

    static func parse(_ cells: inout CellReader) -> Order? {
        let id = cells.id()
        let customer = cells.required("customer")
        let date = cells.date("date")
        let amount = cells.yen("amount_yen")
        if cells.text("date") == nil { _ = cells.required("date") }
        if cells.text("amount_yen") == nil { _ = cells.required("amount_yen") }
        let quantity = cells.integer("quantity")
        guard let date, let amount, !customer.isEmpty else { return nil }
        let order = Order(id: id, customer: customer, rep: cells.text("rep"), date: date, amountYen: amount,
                          product: cells.text("product"), category: cells.text("category"), quantity: quantity)
        do { try order.validate() } catch { cells.report(nil, error, fields: ["amount": "amount_yen"]) }
        return cells.problems.isEmpty ? order : nil
    }
}
