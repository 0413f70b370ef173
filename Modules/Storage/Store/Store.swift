import Foundation
import RoundsDomain

/// Everything the commands need from a database. SQLite implements it today; a PostgreSQL
/// backend implements the same protocol, so no SQL dialect leaks out of this module.
///
/// Every method that writes runs in one transaction: it succeeds whole or changes nothing.
///
/// ```swift
/// let store = try SQLStore(path: "rounds.sqlite")
/// try store.addCustomer(Customer(code: "C1", name: "山田商店"), author: "sato")
/// let focus = try store.customers(CustomerQuery(filter: try FilterExpression(parsing: "rank = focus", fields: .customer)))
/// ```
public protocol Store: HistoryStore, SearchStore, ImportStore, ExportStore, PlanStore, KPIStore, RankStore, ReportStore, ReviewStore, RuleStore, AnyObject, Sendable {
    /// Where the data lives, as the user named it (a path or a URL without its password).
    var location: String { get }

    func addCustomer(_ customer: Customer, author: String) throws -> Customer
    /// Loads the customer, lets `change` edit it, validates and saves it, in one transaction.
    func updateCustomer(code: String, author: String, _ change: (inout Customer) throws -> Void) throws -> Customer
    func customer(code: String) throws -> Customer?
    func customers(_ query: CustomerQuery) throws -> [Customer]
    /// How many customers `customers(query)` would return (ignoring its limit), counted by the database.
    func countCustomers(_ query: CustomerQuery) throws -> Int
    func customerCodes(prefix: String, limit: Int) throws -> [String]

    func addRep(_ rep: Rep, author: String) throws -> Rep
    func updateRep(code: String, author: String, _ change: (inout Rep) throws -> Void) throws -> Rep
    func rep(code: String) throws -> Rep?
    func reps() throws -> [Rep]
    func repCodes(prefix: String, limit: Int) throws -> [String]

    /// Marks `dates` as days off of rep `rep` (休暇). A day off already keeps its row; `note`, when
    /// given, replaces its note. Returns how many of the days were not off before. An unknown rep
    /// throws and stores nothing.
    ///
    /// ```swift
    /// try store.addDaysOff(rep: "R01", dates: [try CalendarDate(parsing: "2026-12-24", field: "date")], note: "有給", author: "sato")
    /// ```
    @discardableResult
    func addDaysOff(rep: String, dates: [CalendarDate], note: String?, author: String) throws -> Int
    /// Takes `dates` off the rep's days off; days that were not off are passed over. Returns how many were removed.
    @discardableResult
    func removeDaysOff(rep: String, dates: [CalendarDate], author: String) throws -> Int
    /// Days off by rep, then date: one rep's (`rep`) or everyone's, from `from` through `to` when given.
    func daysOff(rep: String?, from: CalendarDate?, to: CalendarDate?) throws -> [RepDayOff]

    /// Adds reps and customers together (a demo company, a first import): all or nothing.
    /// `progress` is called with the number of customers written so far; throwing from it
    /// (Ctrl-C) rolls the whole load back.
    func addCompany(reps: [Rep], customers: [Customer], author: String, progress: (Int) throws -> Void) throws
    /// The same with the company's past: `history` is read piece by piece inside the one
    /// transaction, so a generator can make each piece as it is needed.
    func addCompany(reps: [Rep], customers: [Customer], history: some Sequence<CompanyHistory>, author: String,
                    progress: (BulkProgress) throws -> Void) throws

    func info() throws -> StoreInfo
    /// Copies the whole database to `path` while others may keep using it.
    func backup(to path: String) throws
    /// Problems found by the integrity and foreign-key checks; empty when the database is sound.
    func check() throws -> [String]
    /// Stops the statement running now (Ctrl-C); it fails with a `cancelled` error.
    func interrupt()
}

/// What `db info` shows.
public struct StoreInfo: Sendable {
    public var location: String
    public var backend: String
    public var schemaVersion: String
    public var rowCounts: [(table: String, rows: Int)]
    public var bytes: Int?

}

/// Which customers to list, in which order, how many.
public struct CustomerQuery: Sendable {
    public var filter: FilterExpression?
    public var sort: [SortKey]
    public var limit: Int?
    /// Archived customers are left out unless asked for or named by the filter.
    public var includeArchived: Bool

    public init(filter: FilterExpression? = nil, sort: [SortKey] = [], limit: Int? = nil, includeArchived: Bool = false) {
        self.filter = filter
        self.sort = sort
        self.limit = limit
        self.includeArchived = includeArchived
    }
}
