import Foundation
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `customer show`: the whole customer on one screen — profile, visits, next actions, open deals,
/// orders with a 12-month sales sparkline, recent notes and competitor mentions.
struct CustomerOverview {
    let customer: Customer
    /// The company's flow, which decides which deals are still open.
    let flow: SalesFlow
    let lastVisit: Visit?
    let nextVisit: Visit?
    let openDeals: [Deal]
    let recentOrders: [Order]
    /// Sales per month, oldest first, the current month last.
    let monthlySales: [(month: String, yen: Int)]
    let recentNotes: [Note]
    let competitorMentions: [String]

    init(customer: Customer, store: any Store, flow: SalesFlow, today: CalendarDate = .today()) throws {
        self.customer = customer
        self.flow = flow
        let byCustomer = HistoryQuery(customer: customer.code)
        lastVisit = try store.visits(HistoryQuery(customer: customer.code, limit: 1), status: .done).first
        nextVisit = try store.visits(HistoryQuery(customer: customer.code, from: today), status: .planned).last
        openDeals = try store.deals(byCustomer, stages: flow.openCodes)
        recentOrders = try store.orders(HistoryQuery(customer: customer.code, limit: 5))
        let firstMonth = try CalendarDate(year: today.year - (today.month == 12 ? 0 : 1), month: today.month % 12 + 1, day: 1)
        let sales = try store.monthlySales(customer: customer.code, from: firstMonth)
        monthlySales = (0..<12).map { offset in
            let index = firstMonth.month - 1 + offset
            let key = CalendarDate.monthKey(firstMonth.year + index / 12, index % 12 + 1)
            return (key, sales[key] ?? 0)
        }
        recentNotes = try store.notes(HistoryQuery(customer: customer.code, limit: 5), kind: nil)
        let competitorNotes = try store.notes(HistoryQuery(customer: customer.code, limit: 5), kind: .competitor)
        competitorMentions = competitorNotes.map { "\($0.date) \($0.text)" }
            + (try store.deals(HistoryQuery(customer: customer.code, limit: 20), stages: nil))
                .compactMap { deal in deal.competitor.map { "\(Message.dealLabel.text()) \(deal.id ?? 0) \(deal.title): \($0)" } }
    }

    /// The screen: the profile record, then one section per kind of history.
    func render(profile: String) -> String {
        var lines = [profile.trimmingCharacters(in: .newlines)]
        func section(_ title: Message, _ body: [String]) {
            lines.append("")
            lines.append("■ " + title.text())
            lines += body.isEmpty ? ["  " + Message.noneYet.text()] : body.map { "  " + $0 }
        }
        section(.lastVisitTitle, lastVisit.map { [Self.line($0)] } ?? [])
        section(.nextActionTitle, lastVisit?.nextAction.map { action in
            let due = lastVisit?.nextActionDue.map { " (\(Message.dueLabel.text()) \($0))" } ?? ""
            return ["\(action)\(due)"]
        } ?? [])
        section(.nextVisitTitle, nextVisit.map { [Self.line($0)] } ?? [])
        section(.openDealsTitle, openDeals.map { deal in
            "#\(deal.id ?? 0) \(deal.title) · \(deal.stage)" + (deal.amountYen.map { " · \(Yen.format($0))" } ?? "")
                + (deal.expectedClose.map { " · \($0)" } ?? "")
        })
        let total = monthlySales.reduce(0) { $0 + $1.yen }
        section(.salesTitle, [
            "\(Sparkline.render(monthlySales.map(\.yen)))  \(monthlySales.first?.month ?? "")…\(monthlySales.last?.month ?? "")  "
                + Message.twelveMonthTotal(Yen.format(total)).text(),
        ] + recentOrders.map { order in
            "\(order.date)  \(Yen.format(order.amountYen))" + (order.product.map { "  \($0)" } ?? "")
                + (order.quantity.map { " ×\($0)" } ?? "")
        })
        section(.recentNotesTitle, recentNotes.map { "\($0.date) [\($0.kind.label.text())] \($0.text)" })
        section(.competitorTitle, competitorMentions)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ visit: Visit) -> String {
        [visit.date.description, visit.purpose, visit.report].compactMap { $0 }.joined(separator: "  ")
    }
}

extension CalendarDate {
    static func monthKey(_ year: Int, _ month: Int) -> String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)"
    }
}

extension Message {
    static let lastVisitTitle = Message(en: "Last visit", ja: "前回訪問")
    static let nextActionTitle = Message(en: "Open next action", ja: "未完了の次回アクション")
    static let nextVisitTitle = Message(en: "Next planned visit", ja: "次回訪問予定")
    static let openDealsTitle = Message(en: "Open deals", ja: "進行中の商談")
    static let salesTitle = Message(en: "Sales, last 12 months, and latest orders", ja: "直近12か月の売上と最近の受注")
    static let recentNotesTitle = Message(en: "Recent notes", ja: "最近のメモ")
    static let competitorTitle = Message(en: "Competitor mentions", ja: "競合情報")
    static let noneYet = Message(en: "—", ja: "—")
    static let dueLabel = Message(en: "due", ja: "期限")
    static let dealLabel = Message(en: "deal", ja: "商談")
    static func twelveMonthTotal(_ total: String) -> Message { Message(en: "total \(total)", ja: "合計 \(total)") }
}
