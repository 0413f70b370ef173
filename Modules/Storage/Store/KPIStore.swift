import RoundsDomain

/// KPI figures summed by the database, and the monthly targets they are held against. Every
/// figure is an SQL aggregate over an index: a month of a large company is never read row by row.
///
/// ```swift
/// let period = try KPIPeriod(parsing: "2026-11")
/// let rows = try store.kpiFigures(KPIQuery(period: period, by: .rep, flow: .standard))
/// rows.first?.figures.planAdherence   // 0.85
/// try store.setTarget(SalesTarget(rep: "R01", month: "2026-12", salesYen: 5_000_000, visits: 60), author: "sato")
/// ```
public protocol KPIStore {
    /// One row per rep (every rep, by code; then orders and visits without a rep, if any) or per
    /// customer rank (focus, develop, maintain, then unranked customers, when they have figures).
    func kpiFigures(_ query: KPIQuery) throws -> [KPIRow]
    /// Sets (or replaces) a rep's targets for a month, logging the change. An unknown rep throws.
    @discardableResult
    func setTarget(_ target: SalesTarget, author: String) throws -> SalesTarget
    /// Targets by month, then rep: one month's (`YYYY-MM`) or all.
    func targets(month: String?) throws -> [SalesTarget]
}

/// What `kpiFigures` sums: the period's days and months, how rows are grouped, and which stages
/// close a deal as won or lost in the company's sales flow.
public struct KPIQuery: Sendable {
    public enum Grouping: String, Sendable, CaseIterable {
        /// The rep of the visit, the deal, the order.
        case rep
        /// The customer's current rank.
        case rank
    }

    public var period: KPIPeriod
    public var grouping: Grouping
    public var wonStages: [String]
    public var lostStages: [String]

    public init(period: KPIPeriod, by grouping: Grouping, flow: SalesFlow) {
        self.period = period
        self.grouping = grouping
        wonStages = flow.stages.filter { $0.outcome == .won }.map(\.code)
        lostStages = flow.stages.filter { $0.outcome == .lost }.map(\.code)
    }
}

/// One group's figures: `key` is the rep code or the rank code, `nil` for no rep or no rank.
public struct KPIRow: Sendable, Equatable {
    public var key: String?
    public var figures: KPIFigures

    public init(key: String?, figures: KPIFigures) {
        self.key = key
        self.figures = figures
    }
}
