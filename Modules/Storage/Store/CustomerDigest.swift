import RoundsDomain

/// The latest of every kind of one customer's history, read by `HistoryStore.digest(_:)` in one
/// transaction: what `customer show` and `brief` put on one screen.
///
/// ```swift
/// let digest = try store.digest(DigestRequest(customer: "C1", today: .today(), openStages: SalesFlow.standard.openCodes))
/// print(digest.lastVisit?.nextAction ?? "—", digest.monthlySales["2026-11"] ?? 0)
/// ```
public struct CustomerDigest: Sendable, Equatable {
    /// The latest done visit.
    public var lastVisit: Visit?
    /// The latest planned visit on or after the request's day.
    public var nextVisit: Visit?
    /// Every deal at one of the open stages, newest first.
    public var openDeals: [Deal]
    /// The latest deals at any stage, newest first.
    public var recentDeals: [Deal]
    /// The latest orders, newest first.
    public var recentOrders: [Order]
    /// Sales per month (`YYYY-MM` → yen) from `salesFrom` to the end of the request's month;
    /// months without orders are absent.
    public var monthlySales: [String: Int]
    /// The latest notes of any kind, newest first.
    public var recentNotes: [Note]
    /// The latest competitor notes, newest first.
    public var competitorNotes: [Note]

    public init(lastVisit: Visit? = nil, nextVisit: Visit? = nil, openDeals: [Deal] = [], recentDeals: [Deal] = [],
                recentOrders: [Order] = [], monthlySales: [String: Int] = [:], recentNotes: [Note] = [],
                competitorNotes: [Note] = []) {
        self.lastVisit = lastVisit
        self.nextVisit = nextVisit
        self.openDeals = openDeals
        self.recentDeals = recentDeals
        self.recentOrders = recentOrders
        self.monthlySales = monthlySales
        self.recentNotes = recentNotes
        self.competitorNotes = competitorNotes
    }
}

/// Which customer's digest, as of which day, and how much of each list.
public struct DigestRequest: Sendable, Equatable {
    public var customer: String
    public var today: CalendarDate
    /// The sales flow's open stage codes (the flow is configurable, so the caller names them).
    public var openStages: [String]
    /// The first day whose orders count in `monthlySales`.
    public var salesFrom: CalendarDate
    /// How many of the latest orders, notes and competitor notes.
    public var recent: Int
    /// How many of the latest deals (any stage).
    public var recentDeals: Int

    public init(customer: String, today: CalendarDate, openStages: [String], salesFrom: CalendarDate? = nil,
                recent: Int = 5, recentDeals: Int = 20) {
        self.customer = customer
        self.today = today
        self.openStages = openStages
        self.salesFrom = salesFrom ?? today.adding(days: -365)
        self.recent = recent
        self.recentDeals = recentDeals
    }
}

/// A customer's order rhythm over a period: how many orders, the first and the last day.
public struct OrderSpan: Sendable, Equatable {
    public var count: Int
    public var totalYen: Int
    public var first: CalendarDate?
    public var last: CalendarDate?

    public init(count: Int, totalYen: Int, first: CalendarDate?, last: CalendarDate?) {
        self.count = count
        self.totalYen = totalYen
        self.first = first
        self.last = last
    }
}
