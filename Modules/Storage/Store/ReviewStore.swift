import RoundsDomain

/// What the monthly review reads: the month's story told by the history itself. Every read is an
/// aggregate or a list cut at `limit` with the full count beside it, so a large company's month
/// is never loaded whole. Part of `Store`.
///
/// ```swift
/// let month = ReviewWindow(first: november1, last: november30)
/// let won = try store.dealsEntering(stages: ["won"], in: month, limit: 10)      // largest first
/// let path = try store.leadUp(customer: "C0001", from: won.items[0].enteredOn.adding(days: -56),
///                             through: won.items[0].enteredOn, limit: 5)
/// let drops = try store.salesDrops(recent: sep1...nov30, yearEarlier: sep1a...nov30a, percent: 30, limit: 20)
/// ```
public protocol ReviewStore: AnyObject, Sendable {
    /// Whether anything happened in the days: a done visit, a note, a deal stage move or an order.
    func hasHistory(in days: ReviewWindow) throws -> Bool
    /// Deals that entered one of `stages` in the days, each once (its first such move there),
    /// largest amount first, then by that day.
    func dealsEntering(stages: [String], in days: ReviewWindow, limit: Int) throws -> ReviewList<ReviewDeal>
    /// The customer's done visits and notes in the days, most telling first: visits with a
    /// proposal or a deal outcome, then request and competitor notes and other outcomes, then the
    /// rest; the latest first within each.
    func leadUp(customer: String, from: CalendarDate, through: CalendarDate, limit: Int) throws -> [ReviewStep]
    /// Done visits in the days that recorded a proposal (blank text is none, as in `kpi`), each
    /// with the customer's deal it most likely fed: the one open on the visit's day or opened
    /// within `followUpDays` after it, created nearest to the visit.
    func proposalVisits(in days: ReviewWindow, followUpDays: Int, limit: Int) throws -> ReviewList<ReviewProposal>
    /// Notes of kind request (要望) dated in the days, latest first.
    func requestNotes(in days: ReviewWindow, limit: Int) throws -> ReviewList<ReviewNote>
    /// Customers not archived whose sales over `recent` are at least `percent` % below those over
    /// `yearEarlier`, which must be above zero; the largest fall in yen first.
    func salesDrops(recent: ReviewWindow, yearEarlier: ReviewWindow, percent: Int, limit: Int) throws -> ReviewList<SalesDrop>
    /// Customers not archived whose latest done visit up to `asOf` set a next action due before
    /// `asOf`: the longest overdue first.
    func overdueNextActions(asOf: CalendarDate, limit: Int) throws -> ReviewList<OverdueAction>
}

/// A span of calendar days, both ends included.
public struct ReviewWindow: Sendable, Equatable {
    public var first: CalendarDate
    public var last: CalendarDate

    public init(first: CalendarDate, last: CalendarDate) {
        self.first = first
        self.last = last
    }
}

/// The first `limit` items of a list and how many there are in all.
public struct ReviewList<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int

    public init(items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}

/// A deal as the review tells it: where it stands now and the day it entered the stage asked for.
public struct ReviewDeal: Sendable, Equatable {
    public var deal: Deal
    public var customerName: String
    public var enteredOn: CalendarDate

    public init(deal: Deal, customerName: String, enteredOn: CalendarDate) {
        self.deal = deal
        self.customerName = customerName
        self.enteredOn = enteredOn
    }
}

/// One thing that happened at a customer before a win: a done visit or a note.
public enum ReviewStep: Sendable, Equatable {
    case visit(Visit)
    case note(Note)

    public var date: CalendarDate {
        switch self {
        case .visit(let visit): visit.date
        case .note(let note): note.date
        }
    }
}

/// A done visit with a proposal and the deal that followed it, if any.
public struct ReviewProposal: Sendable, Equatable {
    public var visit: Visit
    public var customerName: String
    public var deal: Deal?

    public init(visit: Visit, customerName: String, deal: Deal?) {
        self.visit = visit
        self.customerName = customerName
        self.deal = deal
    }
}

/// A note with the name of its customer.
public struct ReviewNote: Sendable, Equatable {
    public var note: Note
    public var customerName: String

    public init(note: Note, customerName: String) {
        self.note = note
        self.customerName = customerName
    }
}

/// A customer whose sales fell against the same months a year before.
public struct SalesDrop: Sendable, Equatable {
    public var customer: String
    public var name: String
    public var rep: String?
    public var recentYen: Int
    public var yearEarlierYen: Int

    public init(customer: String, name: String, rep: String?, recentYen: Int, yearEarlierYen: Int) {
        self.customer = customer
        self.name = name
        self.rep = rep
        self.recentYen = recentYen
        self.yearEarlierYen = yearEarlierYen
    }

    /// How much of the year-earlier sales is gone: 0.45 for a 45 % fall.
    public var fall: Double { 1 - Double(recentYen) / Double(yearEarlierYen) }
}

/// A customer whose last next action is past its due day.
public struct OverdueAction: Sendable, Equatable {
    public var customer: String
    public var name: String
    public var rep: String?
    public var action: String
    public var due: CalendarDate

    public init(customer: String, name: String, rep: String?, action: String, due: CalendarDate) {
        self.customer = customer
        self.name = name
        self.rep = rep
        self.action = action
        self.due = due
    }
}
