import RoundsDomain
import RoundsExchange

/// The customer file layout, read and written the same way so an export imports unchanged.
enum CustomerTable {
    static let fields = [
        FieldSpec("code", "顧客コード", required: true), FieldSpec("name", "顧客名", required: true),
        FieldSpec("name_kana", "フリガナ"), FieldSpec("address", "住所"), FieldSpec("lat", "緯度"), FieldSpec("lon", "経度"),
        FieldSpec("phone", "電話番号"), FieldSpec("rep", "担当者"), FieldSpec("rank", "ランク"),
        FieldSpec("potential_yen", "ポテンシャル"), FieldSpec("service_minutes", "滞在時間"),
        FieldSpec("time_windows", "訪問可能時間"), FieldSpec("closed_days", "定休日"), FieldSpec("tags", "タグ"),
        FieldSpec("status", "状態"), FieldSpec("visit_interval_days", "訪問間隔日数"),
    ]

    static let numberFields: Set<String> = ["lat", "lon", "potential_yen", "service_minutes", "visit_interval_days"]

    static func cells(_ customer: Customer) -> [String] {
        [
            customer.code, customer.name, customer.nameKana ?? "", customer.address ?? "",
            customer.location.map { "\($0.latitude)" } ?? "", customer.location.map { "\($0.longitude)" } ?? "",
            customer.phone ?? "", customer.rep ?? "", customer.rank?.rawValue ?? "", "\(customer.potentialYen)",
            "\(customer.serviceMinutes)", TimeWindow.format(customer.timeWindows), Weekday.format(customer.closedDays),
            customer.tags.joined(separator: ","), customer.status.rawValue, customer.visitIntervalDays.map(String.init) ?? "",
        ]
    }

    /// The row as a customer; `status` is nil when the file has no status column, so the caller
    /// keeps the stored one rather than reactivating archived customers.
    static func parse(_ cells: inout CellReader) -> (customer: Customer, status: CustomerStatus?) {
        let code = cells.required("code")
        var customer = Customer(code: code, name: cells.required("name"))
        if !code.isEmpty {
            do { try Code.validate(code, field: "code") } catch { cells.report("code", error) }
        }
        customer.nameKana = cells.text("name_kana")
        customer.address = cells.text("address")
        customer.location = cells.coordinate("lat", "lon")
        customer.phone = cells.text("phone")
        customer.rep = cells.text("rep")
        customer.rank = cells.parse("rank") { text throws(RoundsError) in try Rank(parsing: text) }
        customer.potentialYen = cells.parse("potential_yen") { text throws(RoundsError) in
            try Amount.yen(text, field: "potential_yen")
        } ?? 0
        customer.serviceMinutes = cells.integer("service_minutes") ?? Customer.defaultServiceMinutes
        customer.visitIntervalDays = cells.integer("visit_interval_days")
        customer.timeWindows = cells.parse("time_windows") { text throws(RoundsError) in
            try TimeWindow.list(parsing: text.replacingOccurrences(of: ";", with: ","))
        } ?? []
        // The import spec allows `sat;sun` and `土;日` besides the `sat,sun` Weekday reads.
        customer.closedDays = cells.parse("closed_days") { text throws(RoundsError) in
            try Weekday.set(parsing: text.replacingOccurrences(of: ";", with: ","))
        } ?? []
        customer.tags = cells.text("tags").map(Customer.tags(parsing:)) ?? []
        let status = cells.parse("status") { text throws(RoundsError) in try CustomerStatus(parsing: text) }
        if let status { customer.status = status }
        if cells.problems.isEmpty {
            do { try customer.validate() } catch { cells.report(nil, error) }
        }
        return (customer, cells.has("status") ? status ?? .active : nil)
    }
}
