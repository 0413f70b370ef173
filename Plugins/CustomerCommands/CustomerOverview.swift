import Foundation
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `customer show`: the whole customer on one screen — profile, visits, next actions, open deals,
/// orders with a 12-month sales sparkline, recent notes and competitor mentions. The history comes
/// from one `digest` read; `json(profile:)` gives the same sections to scripts.
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
    let competitorNotes: [Note]
    /// The latest deals that name a competitor.
    let competitorDeals: [Deal]

    init(customer: Customer, store: any Store, flow: SalesFlow, today: CalendarDate = .today()) throws {
        self.customer = customer
        self.flow = flow
        let firstMonth = try CalendarDate(year: today.year - (today.month == 12 ? 0 : 1), month: today.month % 12 + 1, day: 1)
        let digest = try store.digest(DigestRequest(customer: customer.code, today: today, openStages: flow.openCodes,
                                                    salesFrom: firstMonth))
        lastVisit = digest.lastVisit
        nextVisit = digest.nextVisit
        openDeals = digest.openDeals
        recentOrders = digest.recentOrders
        monthlySales = (0..<12).map { offset in
            let index = firstMonth.month - 1 + offset
            let key = CalendarDate.monthKey(firstMonth.year + index / 12, index % 12 + 1)
            return (key, digest.monthlySales[key] ?? 0)
        }
        recentNotes = digest.recentNotes
        competitorNotes = digest.competitorNotes
        competitorDeals = digest.recentDeals.filter { $0.competitor != nil }
    }

    /// The competitor notes, then the deals that name a competitor, one line each.
    var competitorMentions: [String] {
        competitorNotes.map { "\($0.date) \($0.text)" }
            + competitorDeals.map { "\(Message.dealLabel.text()) \($0.id ?? 0) \($0.title): \($0.competitor ?? "")" }
    }

    /// The last visit's next action, with its due day, while there is one.
    var openNextAction: (action: String, due: CalendarDate?)? {
        lastVisit.flatMap { visit in visit.nextAction.map { ($0, visit.nextActionDue) } }
    }

    /// Sales over the twelve months.
    var salesTotal: Int { monthlySales.reduce(0) { $0 + $1.yen } }

    /// The screen: the profile record, then one section per kind of history.
    func render(profile: String) -> String {
        var lines = [profile.trimmingCharacters(in: .newlines)]
        func section(_ title: Message, _ body: [String]) {
            lines.append("")
            lines.append("■ " + title.text())
            lines += body.isEmpty ? ["  " + Message.noneYet.text()] : body.map { "  " + $0 }
        }
        section(.lastVisitTitle, lastVisit.map { [Self.line($0)] } ?? [])
        section(.nextActionTitle, openNextAction.map { next in
            [next.action + (next.due.map { " (\(Message.dueLabel.text()) \($0))" } ?? "")]
        } ?? [])
        section(.nextVisitTitle, nextVisit.map { [Self.line($0)] } ?? [])
        section(.openDealsTitle, openDeals.map { deal in
            "#\(deal.id ?? 0) \(deal.title) · \(deal.stage)" + (deal.amountYen.map { " · \(Yen.format($0))" } ?? "")
                + (deal.expectedClose.map { " · \($0)" } ?? "")
        })
        section(.salesTitle, [
            "\(Sparkline.render(monthlySales.map(\.yen)))  \(monthlySales.first?.month ?? "")…\(monthlySales.last?.month ?? "")  "
                + Message.twelveMonthTotal(Yen.format(salesTotal)).text(),
        ] + recentOrders.map { order in
            "\(order.date)  \(Yen.format(order.amountYen))" + (order.product.map { "  \($0)" } ?? "")
                + (order.quantity.map { " ×\($0)" } ?? "")
        })
        section(.recentNotesTitle, recentNotes.map { "\($0.date) [\($0.kind.label.text())] \($0.text)" })
        section(.competitorTitle, competitorMentions)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ visit: Visit) -> String {
        [visit.date.description, visit.appointment?.description, visit.purpose, visit.report].compactMap { $0 }.joined(separator: "  ")
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
