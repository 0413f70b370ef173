import RoundsDomain
import RoundsExchange
import RoundsStorage

/// The review's last parts: what customers asked for, who is slipping, and which rules fired.
extension ReviewBuilder {
    /// The churn-risk window: the last months against the same months a year before.
    static let dropMonths = 3
    static let dropPercent = 30

    func requestSection() throws -> MonthReport.Section {
        let requests = try store.requestNotes(in: days, limit: Self.listLimit)
        let table = ReportTable(
            columns: [.init(text(.reviewDateColumn)), .init(text(.reviewCustomerColumn)), .init(text(.reviewRequestColumn)),
                      .init(text(.reviewTagsColumn))],
            rows: requests.items.map { [$0.note.date.description, customerLabel($0.note.customer, $0.customerName), $0.note.text,
                                        $0.note.tags.joined(separator: ", ")] })
        return MonthReport.Section(heading: text(.reviewRequestHeading), lead: text(.reviewRequestLead(requests.total)),
                                   tables: requests.items.isEmpty ? [] : [table])
    }

    func riskSection() throws -> MonthReport.Section {
        let recentFirst = month.first.adding(months: 1 - Self.dropMonths)
        let drops = try store.salesDrops(
            recent: ReviewWindow(first: recentFirst, last: month.last),
            yearEarlier: ReviewWindow(first: recentFirst.adding(months: -12), last: KPIPeriod(monthOf: month.first.adding(months: -12)).last),
            percent: Self.dropPercent, limit: Self.listLimit)
        let lost = try store.dealsEntering(stages: stages(.lost), in: days, limit: Self.listLimit)
        let asOf = min(month.last, today)
        let overdue = try store.overdueNextActions(asOf: asOf, limit: Self.listLimit)

        var risks = CustomerRisks()
        for drop in drops.items {
            risks.add(customerLabel(drop.customer, drop.name), rep: drop.rep, text(.reviewSalesDrop(
                ReportFormat.percent(drop.fall), recent: ReportFormat.yen(drop.recentYen), before: ReportFormat.yen(drop.yearEarlierYen))))
        }
        for deal in lost.items {
            risks.add(customerLabel(deal.deal.customer, deal.customerName), rep: deal.deal.rep, outcome(deal.deal))
        }
        for action in overdue.items {
            risks.add(customerLabel(action.customer, action.name), rep: action.rep,
                      text(.reviewOverdue(action.action, due: action.due.description)))
        }
        let table = ReportTable(
            columns: [.init(text(.reviewCustomerColumn)), .init(text(.reviewRepColumn)), .init(text(.reviewWhyColumn))],
            rows: risks.ranked.map { [$0.customer, $0.rep ?? "–", $0.reasons.joined(separator: "; ")] })
        return MonthReport.Section(
            heading: text(.reviewRiskHeading),
            lead: text(.reviewRiskLead(drops: drops.total, months: Self.dropMonths, percent: Self.dropPercent, lost: lost.total,
                                       overdue: overdue.total, asOf: asOf.description)),
            tables: risks.ranked.isEmpty ? [] : [table])
    }

    /// Only when rules fired: the rules with the most customers first.
    func rulesSection(_ firedRules: RulesAtMonthEnd) -> MonthReport.Section? {
        guard !firedRules.rules.isEmpty else { return nil }
        let table = ReportTable(
            columns: [.init(text(.reviewRuleColumn)), .init(text(.reviewCustomersColumn), alignment: .right),
                      .init(text(.reviewPurposeColumn))],
            rows: firedRules.rules.map { [$0.name, ReportFormat.count($0.customers), $0.purpose ?? "–"] })
        return MonthReport.Section(heading: text(.reviewRulesHeading),
                                   lead: text(.reviewRulesLead(asOf: firedRules.asOf.description, customers: firedRules.customers)),
                                   tables: [table])
    }
}

/// Customers at risk, each once with every reason, those with most reasons first and otherwise
/// in the order found (the largest sales fall first).
private struct CustomerRisks {
    struct Risk {
        var customer: String
        var rep: String?
        var reasons: [String]
    }

    private var risks: [Risk] = []
    private var index: [String: Int] = [:]

    mutating func add(_ customer: String, rep: String?, _ reason: String) {
        if let at = index[customer] {
            risks[at].reasons.append(reason)
        } else {
            index[customer] = risks.count
            risks.append(Risk(customer: customer, rep: rep, reasons: [reason]))
        }
    }

    var ranked: [Risk] {
        risks.enumerated().sorted { ($0.element.reasons.count, $1.offset) > ($1.element.reasons.count, $0.offset) }.map(\.element)
    }
}
