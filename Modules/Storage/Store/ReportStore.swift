import RoundsDomain

/// What the monthly report reads besides KPIs and rank history: how each rep's customers divide
/// into ranks today, and where the month's done visits took place. Part of `Store`.
///
/// ```swift
/// let mix = try store.rankMix()                       // R01: 12 focus, 30 develop, 58 maintain
/// let points = try store.visitPoints(from: first, through: last)
/// ```
public protocol ReportStore: AnyObject, Sendable {
    /// Active customers per rep and current rank, counted by the database; customers without a
    /// rep have `rep == nil`, unranked ones `rank == nil`.
    func rankMix() throws -> [RankCount]
    /// Every done visit dated `from...through` whose customer has a position, ordered by rep,
    /// date and id.
    func visitPoints(from: CalendarDate, through: CalendarDate) throws -> [VisitPoint]
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
