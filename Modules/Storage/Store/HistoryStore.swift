import Foundation
import RoundsDomain

/// Everything that happened with a customer: orders, deals and their stage moves, notes, visits
/// and contacts, plus the change log that `customer log` reads. Part of `Store`.
///
/// Rules that companies configure (the sales flow, what a visit needs) come in as values, so the
/// store enforces them inside the write's transaction without knowing where they were defined.
///
/// ```swift
/// let deal = try store.addDeal(Deal(customer: "C1", title: "空調更新", stage: "hearing"), flow: .standard, author: "sato")
/// _ = try store.moveDeal(id: deal.id!, to: try SalesFlow.standard.stage(parsing: "proposal"), flow: .standard,
///                        author: "sato") { $0.proposal = "高効率機への更新" }
/// ```
public protocol HistoryStore: AnyObject, Sendable {
    func addOrder(_ order: Order, author: String) throws -> Order
    /// Newest first.
    func orders(_ query: HistoryQuery) throws -> [Order]
    /// How many orders the customer placed from `from` on, their total and their first and last day, counted by the database.
    func orderSpan(customer: String, from: CalendarDate) throws -> OrderSpan
    /// The customer's latest visits, deals, orders, notes and monthly sales, read together for one screen.
    func digest(_ request: DigestRequest) throws -> CustomerDigest

    /// Adds a deal at its stage (the flow's first when the deal names none) and records that stage.
    func addDeal(_ deal: Deal, flow: SalesFlow, author: String) throws -> Deal
    /// Lets `change` fill in fields the move brings (an amount, a lost reason), then moves the deal
    /// into `stage` under the flow's rules and records the move, in one transaction.
    func moveDeal(id: Int, to stage: DealStage, flow: SalesFlow, author: String,
                  _ change: (inout Deal) throws -> Void) throws -> Deal
    func deal(id: Int) throws -> Deal?
    /// Filters `from`/`to` on the expected close date; `stages` (nil for all) keeps deals at those stages. Newest first.
    func deals(_ query: HistoryQuery, stages: [String]?) throws -> [Deal]
    /// The deal's stages in the order it entered them, first the one it was opened at.
    func stageChanges(dealID: Int) throws -> [DealStageChange]
    /// IDs of deals at `stages` whose digits start with `prefix`, for completion.
    func dealIDs(prefix: String, stages: [String], limit: Int) throws -> [String]

    func addNote(_ note: Note, author: String) throws -> Note
    /// Newest first; `kind` nil for every kind.
    func notes(_ query: HistoryQuery, kind: NoteKind?) throws -> [Note]

    /// Adds a planned or a done visit, checked against `requirements` for its status.
    func addVisit(_ visit: Visit, requirements: VisitRequirements, author: String) throws -> Visit
    /// Marks a planned visit done: `change` adds what happened, then `requirements` are checked.
    func logVisit(id: Int, requirements: VisitRequirements, author: String,
                  _ change: (inout Visit) throws -> Void) throws -> Visit
    /// Changes a visit, planned or done, without changing its status: `change` edits it, then
    /// `requirements` are checked for its status, in one transaction.
    ///
    /// ```swift
    /// _ = try store.updateVisit(id: 5, requirements: .standard, author: "sato") { $0.appointment = TimeOfDay(hour: 10) }
    /// ```
    func updateVisit(id: Int, requirements: VisitRequirements, author: String,
                     _ change: (inout Visit) throws -> Void) throws -> Visit
    func visit(id: Int) throws -> Visit?
    /// Newest first; `status` nil for both.
    func visits(_ query: HistoryQuery, status: VisitStatus?) throws -> [Visit]
    /// IDs of planned visits whose digits start with `prefix`, for completion.
    func plannedVisitIDs(prefix: String, limit: Int) throws -> [String]
    /// The day of each customer's latest done visit on or before `date`, by customer code
    /// (customers never visited are absent); one grouped query.
    func lastVisits(through date: CalendarDate) throws -> [String: CalendarDate]

    func addContact(_ contact: Contact, author: String) throws -> Contact
    /// By customer, then name; `from`, `to` and `rep` do not apply.
    func contacts(_ query: HistoryQuery) throws -> [Contact]

    /// The change log rows written for `code` by any of `entities`, oldest first.
    /// `Change.customerEntities` gives a customer's whole story.
    func changes(code: String, entities: [String]) throws -> [Change]
}

/// Which history rows to list: per customer or rep, between two days (both included), how many.
public struct HistoryQuery: Sendable, Equatable {
    public var customer: String?
    public var rep: String?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var limit: Int?

    public init(customer: String? = nil, rep: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
                limit: Int? = nil) {
        self.customer = customer
        self.rep = rep
        self.from = from
        self.to = to
        self.limit = limit
    }
}
