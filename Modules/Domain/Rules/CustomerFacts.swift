/// What the rules know of one customer on a day: how long since it was visited and ordered,
/// when it should order again, how its sales go, its open deals and next action, whether the
/// visit policy calls for a visit, and what it could still buy. The store computes these; rules
/// read them by name through `FieldCatalog.facts`.
///
/// ```swift
/// var facts = CustomerFacts(code: "C1", name: "山田商店", asOf: november30)
/// facts.lastOrder = november1
/// facts.orderIntervalDays = 30
/// facts.daysToNextOrder        // 1: the next order is expected on 2026-12-01
/// facts.value(of: "days_to_next_order")   // .integer(1)
/// ```
public struct CustomerFacts: Sendable, Equatable {
    public var code: String
    public var name: String
    public var rep: String?
    public var rank: Rank?
    /// The day the facts are counted to (included).
    public var asOf: CalendarDate

    public var lastVisit: CalendarDate?
    /// Done visits in the 90 days up to as-of.
    public var recentVisits = 0
    /// Days between visits under the visit policy (the rank's or the customer's own).
    public var visitIntervalDays: Double = .infinity
    /// The share of the interval after which a visit counts as due (the policy's `due_at`).
    public var visitDueShare = 0.7

    public var lastOrder: CalendarDate?
    /// Average days between the orders of the last 12 months; nil with fewer than two.
    public var orderIntervalDays: Double?
    /// Sales of the 12 months up to as-of.
    public var salesYen = 0
    /// Sales of the last 3 months, and of the same 3 months a year before.
    public var recentYen = 0
    public var yearEarlierYen = 0

    public var openDeals = 0
    /// The latest stage move or edit of an open deal.
    public var lastDealActivity: CalendarDate?
    /// The due day of the next action the latest done visit left.
    public var nextActionDue: CalendarDate?

    public var potentialYen = 0
    /// Facts a plugin adds, by name.
    public var extra: [String: FilterValue] = [:]

    public init(code: String, name: String, rep: String? = nil, rank: Rank? = nil, asOf: CalendarDate) {
        self.code = code
        self.name = name
        self.rep = rep
        self.rank = rank
        self.asOf = asOf
    }

    public var daysSinceVisit: Int? { lastVisit.map { asOf.days(since: $0) } }
    public var daysSinceOrder: Int? { lastOrder.map { asOf.days(since: $0) } }

    /// The last order plus the average interval: when the customer should order again.
    public var nextOrder: CalendarDate? {
        guard let lastOrder, let orderIntervalDays else { return nil }
        return lastOrder.adding(days: Int(orderIntervalDays.rounded()))
    }

    /// Days until the expected next order; negative once it is late.
    public var daysToNextOrder: Int? { nextOrder.map { $0.days(since: asOf) } }

    /// Recent sales against the same months a year before, in whole percent (-35: 35 % down);
    /// nil when there were none a year before.
    public var trendPercent: Int? {
        yearEarlierYen > 0 ? Int(((Double(recentYen) / Double(yearEarlierYen) - 1) * 100).rounded()) : nil
    }

    public var daysSinceDealActivity: Int? { lastDealActivity.map { asOf.days(since: $0) } }
    public var daysToNextAction: Int? { nextActionDue.map { $0.days(since: asOf) } }

    /// Days past the whole visit interval since the last visit (negative: not yet); nil when
    /// never visited or the policy asks no visits.
    public var visitOverdueDays: Int? {
        guard let days = daysSinceVisit, visitIntervalDays.isFinite else { return nil }
        return days - Int(visitIntervalDays.rounded())
    }

    /// Days until the policy calls the visit due (`due_at` of the interval); 0 or less: due.
    /// A customer never visited is due now.
    public var visitDueInDays: Int? {
        guard visitIntervalDays.isFinite else { return nil }
        guard let days = daysSinceVisit else { return 0 }
        return Int((visitDueShare * visitIntervalDays).rounded(.up)) - days
    }

    /// Potential not yet bought in the last 12 months; never negative.
    public var untappedYen: Int { max(0, potentialYen - salesYen) }

    /// A fact by its name in `FieldCatalog.facts` (or a plugin's); nil for a name it does not know.
    public func value(of fact: String) -> FilterValue? {
        Self.reader(fact)(self)
    }

    /// How to read a fact by its name, resolved once for many customers (a rule's condition
    /// over a whole company); a name it does not know reads the plugins' facts.
    public static func reader(_ fact: String) -> @Sendable (CustomerFacts) -> FilterValue? {
        @Sendable func integer(_ number: Int?) -> FilterValue { number.map(FilterValue.integer) ?? .null }
        @Sendable func date(_ day: CalendarDate?) -> FilterValue { day.map { .date($0.description) } ?? .null }
        switch fact {
        case "code": return { .text($0.code) }
        case "name": return { .text($0.name) }
        case "rep": return { $0.rep.map(FilterValue.text) ?? .null }
        case "rank": return { $0.rank.map { .text($0.rawValue) } ?? .null }
        case "days_since_visit": return { integer($0.daysSinceVisit) }
        case "visits_90d": return { .integer($0.recentVisits) }
        case "visit_interval_days": return { $0.visitIntervalDays.isFinite ? .integer(Int($0.visitIntervalDays.rounded())) : .null }
        case "visit_overdue_days": return { integer($0.visitOverdueDays) }
        case "visit_due_in_days": return { integer($0.visitDueInDays) }
        case "days_since_order": return { integer($0.daysSinceOrder) }
        case "order_interval_days": return { integer($0.orderIntervalDays.map { Int($0.rounded()) }) }
        case "next_order_date": return { date($0.nextOrder) }
        case "days_to_next_order": return { integer($0.daysToNextOrder) }
        case "sales_12m": return { .integer($0.salesYen) }
        case "sales_3m": return { .integer($0.recentYen) }
        case "sales_3m_year_before": return { .integer($0.yearEarlierYen) }
        case "trend_percent": return { integer($0.trendPercent) }
        case "open_deals": return { .integer($0.openDeals) }
        case "days_since_deal_activity": return { integer($0.daysSinceDealActivity) }
        case "next_action_due": return { date($0.nextActionDue) }
        case "days_to_next_action": return { integer($0.daysToNextAction) }
        case "potential": return { .integer($0.potentialYen) }
        case "untapped": return { .integer($0.untappedYen) }
        default: return { $0.extra[fact] }
        }
    }
}
