/// What ranking knows of one customer: its sales over the trailing 12 months, over the growth
/// window and the same months a year before, and what it could buy in a year.
///
/// ```swift
/// let figures = CustomerFigures(code: "C1", name: "山田商店", salesYen: 2_000_000, recentYen: 600_000,
///                               yearEarlierYen: 400_000, potentialYen: 12_000_000)
/// figures.untappedYen      // 10_000_000
/// figures.shareOfWallet    // 0.1666…
/// figures.growth           // 0.5: +50 %
/// ```
public struct CustomerFigures: Sendable, Equatable {
    public var code: String
    public var name: String
    public var rep: String?
    public var currentRank: Rank?
    /// Trailing-12-month sales.
    public var salesYen: Int
    /// Sales over the growth window (the last 3 months by default).
    public var recentYen: Int
    /// Sales over the same months a year before.
    public var yearEarlierYen: Int
    /// What the customer could buy in a year.
    public var potentialYen: Int

    public init(code: String, name: String, rep: String? = nil, currentRank: Rank? = nil, salesYen: Int,
                recentYen: Int = 0, yearEarlierYen: Int = 0, potentialYen: Int = 0) {
        self.code = code
        self.name = name
        self.rep = rep
        self.currentRank = currentRank
        self.salesYen = salesYen
        self.recentYen = recentYen
        self.yearEarlierYen = yearEarlierYen
        self.potentialYen = potentialYen
    }

    /// Potential not yet bought; never negative (a customer may outgrow its potential).
    public var untappedYen: Int { max(0, potentialYen - salesYen) }

    /// Sales over potential; nil without a potential.
    public var shareOfWallet: Double? {
        potentialYen > 0 ? Double(salesYen) / Double(potentialYen) : nil
    }

    /// Recent sales against the same months a year before (0.35 is +35 %); nil when there were none then.
    public var growth: Double? {
        yearEarlierYen > 0 ? Double(recentYen) / Double(yearEarlierYen) - 1 : nil
    }
}

/// The days ranking sums sales over, counted back from the as-of day (included). On a month's
/// last day every window is whole months: as of 2026-10-31, sales are 2025-11-01…2026-10-31,
/// recent 2026-08-01…2026-10-31 and a year earlier 2025-08-01…2025-10-31.
///
/// ```swift
/// let period = RankingPeriod(asOf: october31, growthMonths: 3)
/// period.sales.lowerBound          // 2025-11-01
/// RankingPeriod.defaultAsOf(today: december15)   // 2026-11-30: the last whole month
/// ```
public struct RankingPeriod: Sendable, Equatable {
    public let asOf: CalendarDate
    public let sales: ClosedRange<CalendarDate>
    public let recent: ClosedRange<CalendarDate>
    public let yearEarlier: ClosedRange<CalendarDate>

    public init(asOf: CalendarDate, growthMonths: Int) {
        self.asOf = asOf
        sales = Self.months(12, endingOn: asOf)
        recent = Self.months(growthMonths, endingOn: asOf)
        yearEarlier = Self.months(growthMonths, endingOn: asOf.adding(months: -12))
    }

    /// The last day of the month before `today`'s: the last month whose sales are complete.
    public static func defaultAsOf(today: CalendarDate) -> CalendarDate {
        today.adding(days: 1 - today.day).adding(days: -1)
    }

    /// `count` months back from `end`: from a month's first day when `end` is a month's last.
    private static func months(_ count: Int, endingOn end: CalendarDate) -> ClosedRange<CalendarDate> {
        let next = end.adding(days: 1)
        let start = next.day == 1 ? next.adding(months: -count) : end.adding(months: -count).adding(days: 1)
        return start...end
    }
}
