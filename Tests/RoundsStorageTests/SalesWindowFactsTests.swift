import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// The facts' sales windows, summed from whole months (`sales_month`) and part-months
/// (`sales_order`), against the same sums counted order by order, for as-of days at and
/// between month ends, and after orders were changed.
@Suite struct SalesWindowFactsTests {
    /// A small repeatable stream of numbers (the tests' orders must be the same on every run).
    private struct Numbers {
        var state: UInt64
        mutating func next(_ below: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(below))
        }
    }

    private static let asOfDays = ["2026-10-31", "2026-11-15", "2026-11-01", "2026-02-28", "2026-03-01", "2025-12-31", "2026-12-20"]

    @Test(arguments: Backend.all) func windowsAgreeWithTheOrdersOneByOne(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        var numbers = Numbers(state: 7)
        let first = try CalendarDate(parsing: "2024-06-01", field: "date")
        var orders: [Order] = []
        for customer in ["C1", "C2", "C3"] {
            for _ in 0..<(customer == "C3" ? 3 : 120) {
                let order = Order(customer: customer, date: first.adding(days: numbers.next(960)), amountYen: 1_000 * (1 + numbers.next(500)))
                orders.append(try store.addOrder(order, author: "test"))
            }
        }
        try expectWindows(store, orders)

        // Orders moved to other months and other amounts (an import by id): the months follow.
        _ = try store.importRows(author: "test", dryRun: false) { writer in
            for index in stride(from: 0, to: orders.count, by: 7) {
                orders[index].date = orders[index].date.adding(days: 45)
                orders[index].amountYen += 777
                try writer.addOrder(orders[index])
            }
        }
        try expectWindows(store, orders)
    }

    /// Imports and bulk loads write the months in one go with the trigger off; afterwards the
    /// months are those of the orders and single orders count through the trigger again.
    @Test(arguments: Backend.all) func importsAndBulkLoadsKeepTheMonthsOfTheOrders(backend: Backend) throws {
        let store = try backend.makeStore()
        var numbers = Numbers(state: 11)
        let first = try CalendarDate(parsing: "2025-01-01", field: "date")
        func orders(_ count: Int, customers: [String]) -> [Order] {
            (0..<count).map { _ in
                Order(customer: customers[numbers.next(customers.count)], date: first.adding(days: numbers.next(700)),
                      amountYen: 1_000 * (1 + numbers.next(300)))
            }
        }
        try store.addCompany(reps: [Rep(code: "R01", name: "佐藤")],
                             customers: [Customer(code: "C1", name: "山田商店", rep: "R01"), Customer(code: "C2", name: "丸栄食品")],
                             history: [CompanyHistory(orders: orders(300, customers: ["C1", "C2"]))], author: "test") { _ in }
        try expectMonthsOfTheOrders(store)

        for outcome in ["commit", "dry run", "fail"] {
            _ = try store.importRows(author: "test", dryRun: outcome == "dry run") { writer in
                for order in orders(200, customers: ["C1", "C2"]) { try writer.addOrder(order) }
                if outcome == "fail" { writer.fail() }
            }
            try expectMonthsOfTheOrders(store)
        }
        var known = try store.addOrder(Order(customer: "C2", date: first, amountYen: 5_000), author: "test")
        try expectMonthsOfTheOrders(store)

        // New orders and a changed one in the same month of the same customer, in one import.
        _ = try store.importRows(author: "test", dryRun: false) { writer in
            try writer.addOrder(Order(customer: "C2", date: first.adding(days: 3), amountYen: 7_000))
            known.amountYen = 6_000
            try writer.addOrder(known)
            try writer.addOrder(Order(customer: "C2", date: first.adding(days: 4), amountYen: 8_000))
        }
        try expectMonthsOfTheOrders(store)
        let triggers = try store.backend.read { db in
            try db.values(String.self, backend == .sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
                : "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = 'sales_order'::regclass ORDER BY tgname")
        }
        #expect(triggers.filter { $0.hasPrefix("sales_month") } == ["sales_month_delete", "sales_month_insert", "sales_month_update"])
    }

    private func expectMonthsOfTheOrders(_ store: SQLStore) throws {
        try store.backend.read { db in
            let months = try db.rows("SELECT * FROM sales_month ORDER BY customer_id, month")
            let counted = try db.rows("""
                SELECT customer_id, substr(date, 1, 7), CAST(SUM(amount_yen) AS BIGINT), COUNT(*), MIN(date), MAX(date)
                FROM sales_order GROUP BY customer_id, substr(date, 1, 7) ORDER BY 1, 2
                """)
            #expect(!months.isEmpty)
            #expect(months.map(\.values) == counted.map(\.values))
        }
    }

    private func expectWindows(_ store: SQLStore, _ orders: [Order]) throws {
        for text in Self.asOfDays {
            let asOf = try CalendarDate(parsing: text, field: "date")
            let period = RankingPeriod(asOf: asOf, growthMonths: 3)
            for facts in try store.customerFacts(FactsQuery(asOf: asOf)) {
                let own = orders.filter { $0.customer == facts.code }
                func sum(_ window: ClosedRange<CalendarDate>) -> Int {
                    own.filter { window.contains($0.date) }.reduce(0) { $0 + $1.amountYen }
                }
                let year = own.filter { period.sales.contains($0.date) }.map(\.date).sorted()
                let context = "\(facts.code) as of \(text)"
                #expect(facts.salesYen == sum(period.sales), "\(context)")
                #expect(facts.recentYen == sum(period.recent), "\(context)")
                #expect(facts.yearEarlierYen == sum(period.yearEarlier), "\(context)")
                #expect(facts.lastOrder == own.map(\.date).filter { $0 <= asOf }.max(), "\(context)")
                let interval = year.count >= 2 ? Double(year.last!.days(since: year.first!)) / Double(year.count - 1) : nil
                #expect(facts.orderIntervalDays == interval, "\(context)")
            }
        }
    }
}
