import Foundation
import RoundsDomain
import RoundsStorage

/// A customer's deals, each walked through the standard flow (hearing → proposal → quote →
/// won or lost) with the fields every stage requires filled in on the day it is entered. About
/// four in ten deals are won; the rest are lost at some stage with a reason, sometimes to a
/// rival. A step that would fall after `until` has not happened yet: the deal is still open.
///
/// ```swift
/// let deals = DemoDeals.make(account)   // 工業用ウエスの定期配送化: hearing 2025-02-03 → proposal → quote → won
/// ```
enum DemoDeals {
    static func make(_ account: DemoAccount) -> [TrackedDeal] {
        var random = account.random(.deals)
        let count = switch account.customer.rank {
        case .focus: random.int(in: 2...5)
        case .develop: random.int(in: 1...3)
        case .maintain: random.int(in: 0...2)
        case nil: random.int(in: 0...1)
        }
        let last = account.activeUntil.adding(days: -10)
        guard count > 0, account.since < last else { return [] }
        // Most customers worth the effort have something in the pipeline now: one deal opened lately.
        let recent = account.customer.status == .active && random.chance(account.customer.rank == .focus ? 0.7 : 0.35)
        return (0..<count).map { number in
            let first = number == count - 1 && recent ? max(account.since, last.adding(days: -60)) : account.since
            let opened = account.openDay(onOrAfter: first.adding(days: random.below(max(1, last.days(since: first)))))
            return deal(account, opened: opened, &random)
        }.sorted { $0.stages[0].at < $1.stages[0].at }
    }

    private static func deal(_ account: DemoAccount, opened: CalendarDate, _ random: inout DemoRandom) -> TrackedDeal {
        let product = random.pick(account.products)
        let theme = random.pick(DemoPhrases.dealThemes)(product, account.sector)
        var deal = Deal(customer: account.customer.code, title: theme.title, stage: "hearing")
        // Rivals show up in about half the deals of a customer they call on, now and then elsewhere.
        if let rival = account.competitor, random.chance(0.5) {
            deal.competitor = rival
        } else if random.chance(0.1) {
            deal.competitor = random.pick(DemoCatalog.competitors)
        }
        var stages = [DealStageChange(from: nil, to: "hearing", author: account.rep, at: time(opened, &random))]
        var day = opened
        func enter(_ stage: String, after days: ClosedRange<Int>) -> Bool {
            let next = account.openDay(onOrAfter: day.adding(days: random.int(in: days)))
            guard next <= account.until else { return false }
            stages.append(DealStageChange(from: deal.stage, to: stage, author: account.rep, at: time(next, &random)))
            deal.stage = stage
            day = next
            return true
        }
        func lose(after days: ClosedRange<Int>, reasons: [@Sendable (String?) -> String]) {
            let reason = random.pick(reasons)
            // A reason naming a rival needs one to name.
            if deal.competitor == nil, random.chance(0.3) { deal.competitor = random.pick(DemoCatalog.competitors) }
            deal.lostReason = reason(deal.competitor)
            if !enter("lost", after: days) { deal.lostReason = nil }
        }
        let amount = max(50_000, Int((account.yearlyYen * random.uniform(0.1, 0.5) / 10_000).rounded()) * 10_000)
        // Hearing: a quarter go no further.
        guard random.chance(0.75) else {
            lose(after: 7...30, reasons: DemoPhrases.lostEarly)
            return finish(deal, stages)
        }
        deal.proposal = theme.proposal
        deal.expectedClose = day.adding(days: random.int(in: 45...90))
        guard enter("proposal", after: 7...30) else {
            deal.proposal = nil
            deal.expectedClose = nil
            return finish(deal, stages)
        }
        guard random.chance(0.85) else {
            lose(after: 10...40, reasons: DemoPhrases.lostLate)
            return finish(deal, stages)
        }
        deal.amountYen = amount
        guard enter("quote", after: 5...21) else {
            deal.amountYen = nil
            return finish(deal, stages)
        }
        if random.chance(0.6) {
            _ = enter("won", after: 7...40)
        } else {
            lose(after: 7...40, reasons: DemoPhrases.lostLate)
        }
        return finish(deal, stages)
    }

    private static func finish(_ deal: Deal, _ stages: [DealStageChange]) -> TrackedDeal {
        var deal = deal
        deal.createdAt = stages.first?.at
        deal.updatedAt = stages.last?.at
        return TrackedDeal(deal: deal, stages: stages)
    }

    /// A time in office hours on `day`: when the rep updated the deal after the visit.
    private static func time(_ day: CalendarDate, _ random: inout DemoRandom) -> Date {
        DemoClock.time(day, minute: random.int(in: 10 * 60...19 * 60))
    }
}
