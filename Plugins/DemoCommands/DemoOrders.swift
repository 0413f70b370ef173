import Foundation
import RoundsDomain

/// A customer's orders over the period: it reorders on its own rhythm (every two to eight
/// weeks, sooner in busy months), each order a box count of one or two of its products, worth
/// its yearly spend spread over the year with the season and its growth or decline.
///
/// ```swift
/// let orders = DemoOrders.make(account)   // 2024-12-03 ¥46,800 工業用ウエス ×10, …
/// ```
enum DemoOrders {
    static func make(_ account: DemoAccount) -> [Order] {
        var random = account.random(.orders)
        // Shops restock more often than factories; bigger customers order more often too.
        let rhythm = account.sector == .retail ? random.uniform(14, 35) : random.uniform(21, 56)
        var orders: [Order] = []
        var day = account.openDay(onOrAfter: account.since.adding(days: random.below(Int(rhythm))))
        while day <= account.activeUntil {
            let season = Seasons.factor(month: day.month)
            let years = Double(account.until.days(since: day)) / 365
            let worth = account.yearlyYen * rhythm / 365 * season * pow(1 + account.growth, -years)
                * exp(0.3 * random.gaussianPair().0)
            let lines = random.chance(0.2) && account.products.count > 1 ? 2 : 1
            var first: String?
            for line in 0..<lines {
                var product = random.pick(account.products)
                while product.name == first { product = random.pick(account.products) }
                first = product.name
                let share = lines == 1 ? 1 : (line == 0 ? 0.6 : 0.4)
                let quantity = max(1, Int((worth * share / Double(product.unitYen)).rounded()))
                orders.append(Order(customer: account.customer.code, date: day, amountYen: quantity * product.unitYen,
                                    product: product.name, category: product.category, quantity: quantity,
                                    createdAt: DemoClock.time(day, minute: random.int(in: 9 * 60...17 * 60))))
            }
            // Busy months bring the next order sooner.
            day = account.openDay(onOrAfter: day.adding(days: max(7, Int(rhythm * random.uniform(0.7, 1.3) / season))))
        }
        return orders
    }
}

/// The year of a supplies wholesaler: busy in March (year-end stock-up) and December, slow in
/// August (お盆) and January.
///
/// ```swift
/// Seasons.factor(month: 3)   // 1.35: a third more than an average month
/// ```
enum Seasons {
    static func factor(month: Int) -> Double {
        byMonth[month - 1]
    }

    private static let byMonth = [0.85, 0.95, 1.35, 1.0, 0.9, 1.0, 1.05, 0.7, 1.1, 1.0, 1.05, 1.25]
}
