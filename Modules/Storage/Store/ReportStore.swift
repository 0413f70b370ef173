import RoundsDomain

/// What the monthly report reads besides KPIs: how each rep's customers divide into ranks today,
/// how a month's re-ranking moved them, and where the month's done visits took place. Part of `Store`.
///
/// ```swift
/// let mix = try store.rankMix()                       // R01: 12 focus, 30 develop, 58 maintain
/// let points = try store.visitPoints(from: first, through: last)
/// let moves = try store.rankMovements(month: "2026-12")   // develop → focus: 4, …
/// ```
public protocol ReportStore: AnyObject, Sendable {
    /// Active customers per rep and current rank, counted by the database; customers without a
    /// rep have `rep == nil`, unranked ones `rank == nil`.
    func rankMix() throws -> [RankCount]
    /// Every done visit dated `from...through` whose customer has a position, ordered by rep,
    /// date and id.
    func visitPoints(from: CalendarDate, through: CalendarDate) throws -> [VisitPoint]
    /// How many customers `rank apply` moved from each rank to each rank for `month`
    /// (`YYYY-MM`); `from == nil` counts customers that had no rank before.
    func rankMovements(month: String) throws -> [RankMove]
}

/// How many customers went from one rank to another in one month's re-ranking.
public struct RankMove: Sendable, Equatable {
    public var from: Rank?
    public var to: Rank
    public var customers: Int

    public init(from: Rank?, to: Rank, customers: Int) {
        self.from = from
        self.to = to
        self.customers = customers
    }
}

/// How many active customers of one rep carry one rank.
public struct RankCount: Sendable, Equatable {
    public var rep: String?
    public var rank: Rank?
    public var customers: Int

    public init(rep: String?, rank: Rank?, customers: Int) {
        self.rep = rep
        self.rank = rank
        self.customers = customers
    }
}

/// One done visit where it took place: enough to draw it on a map.
public struct VisitPoint: Sendable, Equatable {
    public var rep: String?
    public var customer: String
    public var name: String
    public var date: CalendarDate
    public var position: Coordinate

    public init(rep: String?, customer: String, name: String, date: CalendarDate, position: Coordinate) {
        self.rep = rep
        self.customer = customer
        self.name = name
        self.date = date
        self.position = position
    }
}
