import Foundation
import RoundsDomain

/// What customer ranking reads and keeps: every customer's sales figures for a period, summed
/// by the database in one pass, and the monthly ranks with their history. Part of `Store`.
///
/// ```swift
/// let period = RankingPeriod(asOf: october31, growthMonths: 3)
/// let figures = try store.rankingFigures(period)
/// let proposals = RankingRules.standard.propose(figures.customers)
/// try store.applyRanks(proposals.map { RankAssignment(code: $0.figures.code, rank: $0.rank, reasons: $0.reasons) },
///                      month: "2026-11", author: "sato")
/// ```
public protocol RankStore: AnyObject, Sendable {
    /// Every customer not archived, by code, with its sales over the period's windows.
    func rankingFigures(_ period: RankingPeriod) throws -> RankingFigures
    /// Gives each customer its rank for `month` (`YYYY-MM`) in one transaction: changed ranks
    /// go to the customer (and the change log), and the month's history is replaced by these
    /// rows, so applying a month again never adds a second row. Returns how many ranks changed.
    /// An unknown customer throws and changes nothing; so does `progress` (called with the number
    /// of customers done, every thousand) when it throws, which is how Ctrl-C stops a long apply.
    @discardableResult
    func applyRanks(_ ranks: [RankAssignment], month: String, author: String, progress: (Int) throws -> Void) throws -> Int
    /// The customer's ranks month by month, oldest first; an unknown customer throws.
    func rankHistory(code: String) throws -> [RankHistoryEntry]
}

extension RankStore {
    @discardableResult
    public func applyRanks(_ ranks: [RankAssignment], month: String, author: String) throws -> Int {
        try applyRanks(ranks, month: month, author: author, progress: { _ in })
    }
}

/// The customers' figures and the day of the last order up to as-of (nil: no orders at all by then).
public struct RankingFigures: Sendable {
    public var customers: [CustomerFigures]
    public var lastOrder: CalendarDate?

    public init(customers: [CustomerFigures], lastOrder: CalendarDate?) {
        self.customers = customers
        self.lastOrder = lastOrder
    }
}

/// One customer's new rank and why.
public struct RankAssignment: Sendable, Equatable {
    public var code: String
    public var rank: Rank
    public var reasons: [RankReason]

    public init(code: String, rank: Rank, reasons: [RankReason]) {
        self.code = code
        self.rank = rank
        self.reasons = reasons
    }
}

/// One month of a customer's rank history: the rank, the one it replaced, why, who and when.
public struct RankHistoryEntry: Sendable, Equatable {
    public var month: String
    public var rank: Rank
    public var previous: Rank?
    public var reasons: [RankReason]
    public var appliedBy: String
    public var appliedAt: Date

    public init(month: String, rank: Rank, previous: Rank?, reasons: [RankReason], appliedBy: String, appliedAt: Date) {
        self.month = month
        self.rank = rank
        self.previous = previous
        self.reasons = reasons
        self.appliedBy = appliedBy
        self.appliedAt = appliedAt
    }
}
