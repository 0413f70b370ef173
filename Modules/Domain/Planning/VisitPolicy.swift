/// How often each rank is visited, and how far apart: the rule that replaces "Tuesday means
/// customer B". A customer may carry its own interval instead of its rank's.
///
/// ```swift
/// let policy = VisitPolicy.standard
/// policy.rule(for: .focus).visitsPerMonth          // 4
/// policy.intervalDays(rank: .develop, own: nil)    // 15.2: a month of 30.44 days ÷ 2
/// policy.isDue(daysSinceLastVisit: 11, rank: .develop, own: nil)   // true: 70 % of 15.2 has passed
/// ```
public struct VisitPolicy: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public var visitsPerMonth: Int
        /// Two visits to one customer are at least this many days apart.
        public var minimumGapDays: Int
        /// …and at most this many, when set.
        public var maximumGapDays: Int?

        public init(visitsPerMonth: Int, minimumGapDays: Int = 1, maximumGapDays: Int? = nil) {
            self.visitsPerMonth = visitsPerMonth
            self.minimumGapDays = minimumGapDays
            self.maximumGapDays = maximumGapDays
        }
    }

    /// The average month: 365.25 days ÷ 12.
    public static let daysPerMonth = 30.4375

    public var rules: [Rank: Rule]
    /// A visit counts as due once this share of its interval has passed since the last one.
    public var dueShare: Double
    /// A customer whose rules' score reaches this gets a visit in every planned period, even when
    /// its rank asks none then. 80 by default: the sales-drop or next-action-due rule alone, or two
    /// lesser rules together (visit-overdue 50 with high-potential 40).
    public var mustVisitScore: Int

    public init(rules: [Rank: Rule] = VisitPolicy.standardRules, dueShare: Double = 0.7, mustVisitScore: Int = 80) {
        self.rules = rules
        self.dueShare = dueShare
        self.mustVisitScore = mustVisitScore
    }

    /// focus 4 a month at least 4 days apart, develop 2 at least 10 apart, maintain 1.
    public static let standardRules: [Rank: Rule] = [
        .focus: Rule(visitsPerMonth: 4, minimumGapDays: 4),
        .develop: Rule(visitsPerMonth: 2, minimumGapDays: 10),
        .maintain: Rule(visitsPerMonth: 1, minimumGapDays: 14),
    ]

    public static let standard = VisitPolicy()

    /// The rule for a rank; customers without a rank are treated as maintain.
    public func rule(for rank: Rank?) -> Rule {
        rules[rank ?? .maintain] ?? Self.standardRules[rank ?? .maintain]!
    }

    /// Days between visits: the customer's own interval, else a month shared by the rank's visits.
    public func intervalDays(rank: Rank?, own: Int?) -> Double {
        if let own { return Double(own) }
        let visits = rule(for: rank).visitsPerMonth
        return visits > 0 ? Self.daysPerMonth / Double(visits) : .infinity
    }

    /// Due once `dueShare` of the interval has passed; a customer never visited is due.
    public func isDue(daysSinceLastVisit days: Int?, rank: Rank?, own: Int?) -> Bool {
        guard let days else { return true }
        return Double(days) >= dueShare * intervalDays(rank: rank, own: own)
    }

    /// Visits a customer needs between `from` and `to` (both included): the rank's monthly count
    /// (or the own interval) spread over the period's length, and one when the period would
    /// otherwise ask none but the visit falls due inside it.
    ///
    /// ```swift
    /// VisitPolicy.standard.visitsNeeded(rank: .focus, own: nil, lastVisit: nil, from: december1, to: december31)  // 4
    /// VisitPolicy.standard.visitsNeeded(rank: .develop, own: nil, lastVisit: november20, from: december7, to: december13)  // 1: due
    /// ```
    public func visitsNeeded(rank: Rank?, own: Int?, lastVisit: CalendarDate?, from: CalendarDate, to: CalendarDate) -> Int {
        let interval = intervalDays(rank: rank, own: own)
        guard interval.isFinite else { return 0 }
        let length = Double(to.days(since: from) + 1)
        let spread = Int((length / interval).rounded())
        if spread > 0 { return spread }
        guard let lastVisit else { return 1 }
        return Double(to.days(since: lastVisit)) >= dueShare * interval ? 1 : 0
    }

    /// Whether the rules' findings ask a visit whatever the rank's policy says.
    public func isMustVisit(_ urgency: Urgency?) -> Bool {
        urgency.map { $0.score >= mustVisitScore } ?? false
    }

    /// The visits a customer gets in the period: the policy's (`visitsNeeded`), else one when
    /// the rules' score reaches the must-visit score (`rulesOnly`).
    public func visitsAsked(rank: Rank?, own: Int?, lastVisit: CalendarDate?, from: CalendarDate, to: CalendarDate,
                            urgency: Urgency?) -> (visits: Int, rulesOnly: Bool) {
        let asked = visitsNeeded(rank: rank, own: own, lastVisit: lastVisit, from: from, to: to)
        let rulesOnly = asked == 0 && isMustVisit(urgency)
        return (rulesOnly ? 1 : asked, rulesOnly)
    }

    /// Checks the must-visit score: 1 or more (a rule's priority is at least 1).
    public static func checkMustVisitScore(_ score: Int) throws(RoundsError) {
        guard score >= 1 else { throw RoundsError.invalid("must_visit_score", String(score), .mustVisitScoreRange) }
    }

    /// Checks a customer's own interval: 7 to 730 days.
    public static func checkOwnInterval(_ days: Int, field: String = "visit_interval_days") throws(RoundsError) {
        guard (7...730).contains(days) else { throw RoundsError.invalid(field, String(days), .ownIntervalRange) }
    }

    /// Checks one rank's rule: visits 0–31 a month, gaps of 1–365 days, the maximum not below the minimum.
    public static func check(_ rule: Rule, rank: Rank) throws(RoundsError) {
        guard (0...31).contains(rule.visitsPerMonth) else {
            throw RoundsError.invalid("visits_per_month", String(rule.visitsPerMonth), .visitsPerMonthRange)
        }
        guard (1...365).contains(rule.minimumGapDays) else {
            throw RoundsError.invalid("min_gap_days", String(rule.minimumGapDays), .gapDaysRange)
        }
        if let maximum = rule.maximumGapDays, !(rule.minimumGapDays...365).contains(maximum) {
            throw RoundsError.invalid("max_gap_days", String(maximum), .maximumGapBelowMinimum(rule.minimumGapDays))
        }
    }
}

extension Message {
    static let ownIntervalRange = Message(en: "give an interval from 7 to 730 days", ja: "訪問間隔は 7〜730 日で指定してください")
    static let visitsPerMonthRange = Message(en: "give 0 to 31 visits a month", ja: "月の訪問回数は 0〜31 で指定してください")
    static let mustVisitScoreRange = Message(en: "give a score of 1 or more, such as 80", ja: "1 以上のスコア（例 80）で指定してください")
    static let gapDaysRange = Message(en: "give 1 to 365 days", ja: "1〜365 日で指定してください")
    static func maximumGapBelowMinimum(_ minimum: Int) -> Message {
        Message(en: "give from \(minimum) (the minimum gap) to 365 days", ja: "最小間隔 \(minimum) 日以上 365 日以下で指定してください")
    }
}
