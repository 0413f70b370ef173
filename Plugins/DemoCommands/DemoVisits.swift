import RoundsDomain
import RoundsStorage

/// A customer's visits: done ones on its rhythm (monthly for a focus customer, twice a year for
/// an unranked one), one on every day one of its deals moved, a price-revision talk some
/// springs, and for many a visit planned in the next two weeks. Each carries its purpose, what
/// to find out and the next action with its due day; most add a report, some a proposal.
///
/// ```swift
/// let visits = DemoVisits.make(account, deals: deals)
/// // 2026-11-20 done 定期訪問（在庫と次回発注の確認）… 次回アクション: 見積書を送付 (2026-11-24)
/// ```
enum DemoVisits {
    static func make(_ account: DemoAccount, deals: [TrackedDeal]) -> [Visit] {
        var random = account.random(.visits)
        var visits: [Visit] = []
        for tracked in deals {
            for change in tracked.stages {
                visits.append(dealVisit(account, tracked.deal, stage: change.to, day: DemoClock.day(of: change.at), &random))
            }
        }
        let dealDays = Set(visits.map(\.date))
        let rhythm = switch account.customer.rank {
        case .focus: 25...40
        case .develop: 40...70
        case .maintain: 80...120
        case nil: 150...240
        }
        var day = account.openDay(onOrAfter: account.since.adding(days: random.below(rhythm.lowerBound)))
        var priceTalkYear = 0
        while day <= account.activeUntil {
            if !dealDays.contains(day) {
                // Once in some springs, the first visit of February or March brings the new prices.
                let springTalk = (2...3).contains(day.month) && priceTalkYear < day.year && random.chance(0.6)
                if (2...3).contains(day.month) { priceTalkYear = day.year }
                visits.append(springTalk ? priceVisit(account, day: day, &random) : routineVisit(account, day: day, &random))
            }
            day = account.openDay(onOrAfter: day.adding(days: random.int(in: rhythm)))
        }
        if let planned = plannedVisit(account, deals: deals, &random) { visits.append(planned) }
        return visits.sorted { $0.date < $1.date }
    }

    /// A done visit; `planned` says whether it was planned for its day first (routine calls and
    /// appointments are, a first hearing or a closing call made at short notice is not).
    private static func done(_ account: DemoAccount, day: CalendarDate, purpose: String, obtain: String, proposal: String?,
                             report: String?, outcomes: [VisitOutcome], next: (text: String, days: ClosedRange<Int>),
                             planned: Bool = true, _ random: inout DemoRandom) -> Visit {
        let written = DemoClock.time(day, minute: random.int(in: 17 * 60...19 * 60))
        return Visit(customer: account.customer.code, status: .done, date: day, purpose: purpose, proposal: proposal,
                     informationToObtain: obtain, nextAction: next.text, nextActionDue: day.adding(days: random.int(in: next.days)),
                     outcomes: outcomes, report: report, plannedFor: planned ? day : nil, createdAt: written, updatedAt: written)
    }

    private static func routineVisit(_ account: DemoAccount, day: CalendarDate, _ random: inout DemoRandom) -> Visit {
        // Most routine calls are logged in a line, as reps do when nothing happened.
        if random.chance(0.65) {
            return done(account, day: day, purpose: "定期訪問", obtain: "次回の発注時期", proposal: nil,
                        report: nil, outcomes: [], next: ("次回定期訪問", 25...60), &random)
        }
        let slots = Slots.make(account, day: day, &random)
        let proposal = random.chance(0.4) ? random.pick(DemoPhrases.routineProposals)(slots) : nil
        let report = random.pick(DemoPhrases.findings)(slots)
            + (proposal.map { "\($0)を提案。" + random.pick(DemoPhrases.reactions)(slots) } ?? "")
        return done(account, day: day, purpose: random.pick(DemoPhrases.routinePurposes)(slots),
                    obtain: random.pick(DemoPhrases.toObtain)(slots), proposal: proposal, report: report,
                    outcomes: proposal == nil ? [] : [.proposal], next: random.pick(DemoPhrases.nextActions), &random)
    }

    /// Spring is when suppliers raise prices for the new fiscal year.
    private static func priceVisit(_ account: DemoAccount, day: CalendarDate, _ random: inout DemoRandom) -> Visit {
        let answer = random.chance(0.5) ? "据え置きを強く求められた。" : "やむを得ないと了承いただいた。"
        return done(account, day: day, purpose: "価格改定のご説明", obtain: "値上げへの反応と発注量の見通し",
                    proposal: "4月出荷分からの新価格と、まとめ発注で単価を据え置く案",
                    report: "4月からの値上げ（価格改定）を説明。\(account.contactName)からは" + answer,
                    outcomes: [.proposal], next: ("改定後の見積書を提出", 3...7), &random)
    }

    private static func dealVisit(_ account: DemoAccount, _ deal: Deal, stage: String, day: CalendarDate,
                                  _ random: inout DemoRandom) -> Visit {
        let person = account.contactName
        switch stage {
        case "hearing":
            return done(account, day: day, purpose: "\(deal.title)のヒアリング", obtain: "現状の使用量・予算・決裁の流れ", proposal: nil,
                        report: "\(person)より現状の課題を伺う。使用量と予算を確認し、提案の方向性をすり合わせた。",
                        outcomes: [.dealCreated], next: ("提案書を作成して持参", 5...14), planned: false, &random)
        case "proposal":
            return done(account, day: day, purpose: "\(deal.title)のご提案", obtain: "提案への評価と予算感", proposal: deal.proposal,
                        report: "\(deal.proposal ?? deal.title)ことを提案。" + random.pick(DemoPhrases.reactions)(
                            Slots.make(account, day: day, &random)),
                        outcomes: [.proposal, .dealAdvanced], next: ("見積書を送付", 2...5), &random)
        case "quote":
            return done(account, day: day, purpose: "\(deal.title)の見積提示", obtain: "稟議の時期と決裁者", proposal: nil,
                        report: "見積（\(Yen.format(deal.amountYen ?? 0))）を提示。\(person)が社内で稟議にかけるとのこと。",
                        outcomes: [.dealAdvanced], next: ("稟議の結果を確認", 7...14), &random)
        case "won":
            return done(account, day: day, purpose: "\(deal.title)の受注御礼", obtain: "初回納品の日程と納品場所", proposal: nil,
                        report: "正式にご発注いただいた。初回納品の日程を調整する。", outcomes: [.order],
                        next: ("初回納品に立ち会う", 7...14), planned: false, &random)
        default:
            return done(account, day: day, purpose: "\(deal.title)の結果確認", obtain: "見送りの理由", proposal: nil,
                        report: "今回は見送りとの連絡。理由は「\(deal.lostReason ?? "")」。", outcomes: [],
                        next: ("半年後に状況を再確認", 150...200), planned: false, &random)
        }
    }

    /// Most focus customers, and fewer of the others, have a visit planned in the next two
    /// weeks; a dormant customer marked for follow-up gets a call to win it back.
    private static func plannedVisit(_ account: DemoAccount, deals: [TrackedDeal], _ random: inout DemoRandom) -> Visit? {
        let dormant = account.customer.status == .dormant
        let chance: Double = if dormant {
            account.customer.tags.contains(DemoData.tags.followUp) ? 0.5 : 0
        } else {
            switch account.customer.rank {
            case .focus: 0.8
            case .develop: 0.5
            case .maintain: 0.2
            case nil: 0.05
            }
        }
        guard random.chance(chance) else { return nil }
        let day = account.openDay(onOrAfter: account.until.adding(days: random.int(in: 1...14)))
        guard day <= account.until.adding(days: 14) else { return nil }
        let slots = Slots.make(account, day: day, &random)
        let open = deals.last { SalesFlow.standard.openCodes.contains($0.deal.stage) }
        let purpose = dormant ? "取引再開の打診（休眠顧客の状況確認）"
            : open.map { "\($0.deal.title)の進捗確認" } ?? random.pick(DemoPhrases.routinePurposes)(slots)
        return Visit(customer: account.customer.code, status: .planned, date: day, purpose: purpose,
                     informationToObtain: random.pick(DemoPhrases.toObtain)(slots),
                     createdAt: DemoClock.time(account.until, minute: random.int(in: 17 * 60...19 * 60)))
    }
}
