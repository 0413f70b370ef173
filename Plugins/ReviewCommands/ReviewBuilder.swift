import Foundation
import RoundsDomain
import RoundsExchange
import RoundsStorage

/// Fills the monthly review from the store: what went well and why, what was proposed and what
/// came of it, what customers asked for, who is slipping. A review, not a status report: every
/// row names a customer and a reason, never only a count.
///
/// ```swift
/// let review = try ReviewBuilder(store: store, rules: rules, month: try KPIPeriod(parsing: "2026-11"),
///                                language: .ja, today: .today()).build(at: Date())
/// print(MarkdownReport.render(review))   // # 月次振り返り …
/// ```
struct ReviewBuilder {
    let store: any Store
    let rules: CompanyRules
    let month: KPIPeriod
    let language: Language
    /// Overdue next actions are judged at the month's end, or today while the month runs.
    let today: CalendarDate
    /// Runs the rules of `next` as of a day; nil leaves their section out. Called once the
    /// month is known to have history, as a company's worth of facts takes a moment.
    var runRules: ((CalendarDate) throws -> RuleRun)?

    /// The weeks before a win whose visits and notes tell how it was won.
    static let leadUpDays = 56
    static let leadUpSteps = 5
    static let wonDealsTold = 10
    /// Rows a list shows at most; its lead gives the full count.
    static let listLimit = 30
    /// How long after a proposal a new deal still counts as what came of it.
    static let followUpDays = 30

    var days: ReviewWindow { ReviewWindow(first: month.first, last: month.last) }

    func build(at now: Date) throws -> MonthReport {
        guard try store.hasHistory(in: days) else { throw RoundsError(.notFound, .reviewNoHistory(month.description)) }
        var sections = [try successSection(), try proposalSection(), try requestSection(), try riskSection()]
        if let runRules {
            let asOf = min(month.last, today)
            if let rules = rulesSection(RulesAtMonthEnd(asOf: asOf, try runRules(asOf))) { sections.append(rules) }
        }
        return MonthReport(title: text(.reviewTitle), company: MonthReport.company(fromLocation: store.location), month: month.description,
                           generatedAt: MonthReport.stamp(now), language: language, sections: sections)
    }

    private func successSection() throws -> MonthReport.Section {
        let won = try store.dealsEntering(stages: stages(.won), in: days, limit: Self.listLimit)
        let told = won.items.prefix(Self.wonDealsTold)
        guard !won.items.isEmpty else {
            return MonthReport.Section(heading: text(.reviewSuccessHeading), lead: text(.reviewWonLead(0, shown: 0)))
        }
        let deals = ReportTable(
            columns: [.init(text(.reviewDealColumn)), .init(text(.reviewCustomerColumn)), .init(text(.reviewRepColumn)),
                      .init(text(.reviewAmountColumn), alignment: .right), .init(text(.reviewWonOnColumn))],
            rows: won.items.map { [dealLabel($0.deal), customerLabel($0.deal.customer, $0.customerName), $0.deal.rep ?? "–",
                                   ReportFormat.yen($0.deal.amountYen), $0.enteredOn.description] })
        let leadUps = try told.map { won in
            let steps = try store.leadUp(customer: won.deal.customer, from: won.enteredOn.adding(days: -Self.leadUpDays),
                                         through: won.enteredOn, limit: Self.leadUpSteps)
            return ReportTable(
                caption: text(.reviewLeadUpCaption(dealLabel(won.deal), customerLabel(won.deal.customer, won.customerName))),
                columns: [.init(text(.reviewDateColumn)), .init(text(.reviewWhatColumn)), .init(text(.reviewDetailColumn))],
                rows: steps.isEmpty ? [["–", "", text(.reviewNothingBefore)]] : steps.map(stepCells))
        }
        return MonthReport.Section(heading: text(.reviewSuccessHeading),
                                   lead: text(.reviewWonLead(won.total, shown: told.count)), tables: [deals] + leadUps)
    }

    private func proposalSection() throws -> MonthReport.Section {
        let visits = try store.proposalVisits(in: days, followUpDays: Self.followUpDays, limit: Self.listLimit)
        // A stage that requires a proposal is where a deal is proposed or quoted, whatever the company calls it.
        let proposing = rules.salesFlow.stages.filter { $0.outcome == .open && $0.requires.contains(.proposal) }.map(\.code)
        let deals = try store.dealsEntering(stages: proposing, in: days, limit: Self.listLimit)
        var tables: [ReportTable] = []
        if !visits.items.isEmpty {
            tables.append(ReportTable(
                caption: text(.reviewProposalVisits),
                columns: [.init(text(.reviewDateColumn)), .init(text(.reviewCustomerColumn)), .init(text(.reviewRepColumn)),
                          .init(text(.reviewProposalColumn)), .init(text(.reviewOutcomeColumn))],
                rows: visits.items.map { proposal in
                    [proposal.visit.date.description, customerLabel(proposal.visit.customer, proposal.customerName),
                     proposal.visit.rep ?? "–", proposal.visit.proposal ?? "", proposal.deal.map(outcome) ?? text(.reviewNoDeal)]
                }))
        }
        if !deals.items.isEmpty {
            tables.append(ReportTable(
                caption: text(.reviewProposedDeals),
                columns: [.init(text(.reviewDealColumn)), .init(text(.reviewCustomerColumn)), .init(text(.reviewRepColumn)),
                          .init(text(.reviewAmountColumn), alignment: .right), .init(text(.reviewReachedColumn)),
                          .init(text(.reviewOutcomeColumn))],
                rows: deals.items.map { [dealLabel($0.deal), customerLabel($0.deal.customer, $0.customerName), $0.deal.rep ?? "–",
                                         ReportFormat.yen($0.deal.amountYen), $0.enteredOn.description, outcome($0.deal)] }))
        }
        return MonthReport.Section(heading: text(.reviewProposalHeading),
                                   lead: text(.reviewProposalLead(visits: visits.total, deals: deals.total)), tables: tables)
    }

    /// Where a deal ended up: won with its amount, lost with its reason, or the stage it waits at.
    func outcome(_ deal: Deal) -> String {
        let stage = rules.salesFlow.stage(code: deal.stage)
        switch stage?.outcome {
        case .won: return text(.reviewWon(dealLabel(deal), ReportFormat.yen(deal.amountYen)))
        case .lost: return text(.reviewLost(dealLabel(deal), deal.lostReason ?? "–"))
        case .open, nil: return text(.reviewOpen(dealLabel(deal), stage.map { $0.label.text(in: language) } ?? deal.stage))
        }
    }

    private func stepCells(_ step: ReviewStep) -> [String] {
        switch step {
        case .visit(let visit):
            let detail = [visit.purpose, visit.proposal, visit.outcomes.isEmpty ? nil
                          : visit.outcomes.map { $0.label.text(in: language) }.joined(separator: ", "), visit.report]
            return [visit.date.description, text(.reviewVisit), detail.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")]
        case .note(let note):
            return [note.date.description, "\(text(.reviewNote)) (\(note.kind.label.text(in: language)))", note.text]
        }
    }

    func stages(_ outcome: DealStage.Outcome) -> [String] {
        rules.salesFlow.stages.filter { $0.outcome == outcome }.map(\.code)
    }

    /// `deal 12 冷蔵ケース更新`, as `customer show` names deals (the id is what `deal show` takes).
    func dealLabel(_ deal: Deal) -> String { "\(text(.reviewDeal)) \(deal.id ?? 0) \(deal.title)" }

    func customerLabel(_ code: String, _ name: String) -> String { "\(code) \(name)" }

    func text(_ message: Message) -> String { message.text(in: language) }
}

/// What the rules of `next` found on the month's last day (today while the month runs): how
/// many customers each rule fired for, and how many had any reason at all.
struct RulesAtMonthEnd: Sendable, Equatable {
    struct Fired: Sendable, Equatable {
        var name: String
        var customers: Int
        var purpose: String?
    }

    var asOf: CalendarDate
    var customers: Int
    /// Every rule that fired, the most customers first.
    var rules: [Fired]

    init(asOf: CalendarDate, _ run: RuleRun) {
        self.asOf = asOf
        customers = run.toDos.count
        var fired: [String: Fired] = [:]
        for reason in run.toDos.lazy.flatMap(\.reasons) {
            fired[reason.rule, default: Fired(name: reason.rule, customers: 0, purpose: reason.purpose)].customers += 1
        }
        rules = fired.values.sorted { ($0.customers, $1.name) > ($1.customers, $0.name) }
    }
}
