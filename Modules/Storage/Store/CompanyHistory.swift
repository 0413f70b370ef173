import Foundation
import RoundsDomain

/// A piece of a company's past for a bulk load: orders, deals with the stages they went
/// through, notes, visits and contacts. A load takes a sequence of pieces, so a generator can
/// hand over a thousand customers at a time instead of holding years of a large company at once.
///
/// The records carry their own timestamps (`createdAt`, `updatedAt`, each stage change's `at`):
/// history is loaded after the fact, and a deal opened two years ago should say so. A record
/// without one gets the time of the load.
///
/// ```swift
/// var part = CompanyHistory()
/// part.orders.append(Order(customer: "C00001", date: try CalendarDate(parsing: "2026-03-02", field: "date"), amountYen: 48_000))
/// try store.addCompany(reps: reps, customers: customers, history: [part], author: "demo") { _ in }
/// ```
public struct CompanyHistory: Sendable, Equatable {
    public var orders: [Order]
    public var deals: [TrackedDeal]
    public var notes: [Note]
    public var visits: [Visit]
    public var contacts: [Contact]

    public init(orders: [Order] = [], deals: [TrackedDeal] = [], notes: [Note] = [], visits: [Visit] = [],
                contacts: [Contact] = []) {
        self.orders = orders
        self.deals = deals
        self.notes = notes
        self.visits = visits
        self.contacts = contacts
    }

    /// Appends another piece's records after this one's.
    public mutating func append(_ other: CompanyHistory) {
        orders += other.orders
        deals += other.deals
        notes += other.notes
        visits += other.visits
        contacts += other.contacts
    }
}

/// A deal with the stages it entered, in order, the first being the stage it was opened at.
/// `deal.stage` is the last one's `to`.
public struct TrackedDeal: Sendable, Equatable {
    public var deal: Deal
    public var stages: [DealStageChange]

    public init(deal: Deal, stages: [DealStageChange]) {
        self.deal = deal
        self.stages = stages
    }
}

/// How far a bulk load has got, every thousand: customers first, then history rows (stage
/// changes count as rows), then the notes, visits and deals indexed for search.
public enum BulkProgress: Sendable, Equatable {
    case customers(Int)
    case historyRows(Int)
    case searchIndex(Int)
}
