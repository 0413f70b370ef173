import Foundation
import RoundsDomain
import RoundsShell
import RoundsStorage

/// What a rep reads in the car before a visit: what happened since the last one, what is open,
/// the customer's order rhythm, competitors, and a suggested purpose for this visit.
struct Brief {
    let overview: CustomerOverview
    let sinceLastVisit: [String]
    /// Average days between orders over the last year's orders, when there are at least three.
    let rhythmDays: Int?
    let lastOrder: CalendarDate?
    let suggestedPurpose: Message

    /// How many orders and notes the brief lists before it sums up or points to the full list.
    static let latest = 5

    init(overview: CustomerOverview, store: any Store, today: CalendarDate = .today()) throws {
        self.overview = overview
        let code = overview.customer.code
        let yearAgo = today.adding(days: -365)
        let since = overview.lastVisit?.date.adding(days: 1) ?? yearAgo
        // A brief is read in the car: the orders as one sum and the latest few, not a year of lines.
        let span = try store.orderSpan(customer: code, from: since)
        let orders = try store.orders(HistoryQuery(customer: code, from: since, limit: Self.latest))
        let notes = try store.notes(HistoryQuery(customer: code, from: since, limit: Self.latest + 1), kind: nil)
        var lines: [String] = []
        if span.count > orders.count { lines.append(Message.ordersSince(span.count, Yen.format(span.totalYen)).text()) }
        lines += orders.map { "\($0.date) \(Message.orderWord.text()) \(Yen.format($0.amountYen))" + ($0.product.map { " \($0)" } ?? "") }
        lines += notes.prefix(Self.latest).map { "\($0.date) [\($0.kind.label.text())] \($0.text)" }
        if notes.count > Self.latest { lines.append(Message.olderNotes("note list --customer \(code) --from \(since)").text()) }
        sinceLastVisit = lines
        // The rhythm needs only the count and the first and last day: the database counts them on its index.
        let year = try store.orderSpan(customer: code, from: yearAgo)
        lastOrder = year.last
        if year.count >= 3, let first = year.first, let last = year.last {
            rhythmDays = last.days(since: first) / (year.count - 1)
        } else {
            rhythmDays = nil
        }
        suggestedPurpose = Self.suggest(overview: overview, rhythmDays: rhythmDays, lastOrder: lastOrder, today: today)
    }

    /// The first of: an overdue next action, a deal waiting to advance, a reorder due, a competitor to
    /// answer; else a needs hearing.
    static func suggest(overview: CustomerOverview, rhythmDays: Int?, lastOrder: CalendarDate?, today: CalendarDate) -> Message {
        if let visit = overview.lastVisit, let action = visit.nextAction {
            if let due = visit.nextActionDue, due <= today { return .suggestOverdueAction(action, due.description) }
        }
        if let deal = overview.openDeals.first(where: { $0.stage != overview.flow.first.code }) ?? overview.openDeals.first {
            return .suggestAdvanceDeal(deal.id ?? 0, deal.title, deal.stage)
        }
        if let rhythmDays, let lastOrder, today.days(since: lastOrder) >= rhythmDays * 8 / 10 {
            return .suggestReorder(rhythmDays, lastOrder.description)
        }
        if let mention = overview.competitorMentions.first { return .suggestCompetitor(mention) }
        return .suggestHearing
    }

    func markdown() -> String {
        let customer = overview.customer
        var lines = ["# \(Message.briefTitle.text()): \(customer.name) (\(customer.code))", ""]
        lines.append("- \(Message.rankWord.text()): \(customer.rank?.label.text() ?? "—") · \(Message.repWord.text()): \(customer.rep ?? "—")")
        if let address = customer.address { lines.append("- \(address)") }
        lines.append("- **\(Message.suggestedPurposeTitle.text())**: \(suggestedPurpose.text())")
        func section(_ title: Message, _ items: [String]) {
            lines += ["", "## \(title.text())", ""] + (items.isEmpty ? ["- —"] : items.map { "- \($0)" })
        }
        section(.lastVisitTitle, overview.lastVisit.map { visit in
            ["\(visit.date) \(visit.purpose ?? "")" + (visit.nextAction.map { " → \($0)" } ?? "")]
        } ?? [])
        section(.sinceLastVisitTitle, sinceLastVisit)
        section(.openDealsTitle, overview.openDeals.map { "#\($0.id ?? 0) \($0.title) (\($0.stage))" + ($0.amountYen.map { " \(Yen.format($0))" } ?? "") })
        section(.orderRhythmTitle, [
            Sparkline.render(overview.monthlySales.map(\.yen)) + " " + Message.twelveMonthTotal(Yen.format(overview.monthlySales.reduce(0) { $0 + $1.yen })).text(),
            rhythmDays.map { Message.rhythm($0, lastOrder?.description ?? "—").text() } ?? Message.noRhythm.text(),
        ])
        section(.competitorTitle, overview.competitorMentions)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same brief as one self-contained HTML page (opens offline, prints on one sheet).
    func html() -> String {
        var body = ""
        var inList = false
        for line in markdown().split(separator: "\n", omittingEmptySubsequences: true) {
            let text = String(line)
            if text.hasPrefix("- ") {
                if !inList { body += "<ul>\n"; inList = true }
                body += "<li>\(Self.inline(String(text.dropFirst(2))))</li>\n"
                continue
            }
            if inList { body += "</ul>\n"; inList = false }
            if text.hasPrefix("## ") { body += "<h2>\(Self.escape(String(text.dropFirst(3))))</h2>\n" }
            else if text.hasPrefix("# ") { body += "<h1>\(Self.escape(String(text.dropFirst(2))))</h1>\n" }
        }
        if inList { body += "</ul>\n" }
        return """
            <!DOCTYPE html>
            <html lang="\(Language.current.rawValue)"><head><meta charset="utf-8"><title>\(Self.escape(overview.customer.name))</title>
            <style>body{font-family:sans-serif;max-width:42em;margin:2em auto;line-height:1.5}h2{border-bottom:1px solid #ccc}</style>
            </head><body>
            \(body)</body></html>

            """
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func inline(_ text: String) -> String {
        let parts = escape(text).components(separatedBy: "**")
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<strong>\($0.element)</strong>" : $0.element }.joined()
    }
}
