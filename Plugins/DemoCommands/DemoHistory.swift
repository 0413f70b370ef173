import RoundsDomain
import RoundsStorage

/// The demo company's past: `years` years up to `until` of orders, deals through the sales
/// flow, notes, visits (and a few planned ones after `until`) and contacts. Pure and
/// reproducible like `DemoCompany`: each customer's history comes from its own random streams
/// and the day it ends, so customer 42's past is the same in a company of any size (only the
/// rep who signs it follows the territories), and the same `until` gives the same rows.
///
/// ```swift
/// let company = DemoCompany(customers: 300, reps: 8, seed: 1)
/// let made = company.generate()
/// let history = DemoHistory(seed: 1, until: try CalendarDate(parsing: "2026-11-30", field: "until"), years: 3)
/// let first = history.make(for: made.customers[0], index: 1, sector: made.sectors[0])
/// ```
public struct DemoHistory: Sendable {
    public static let defaultYears = 3
    public static let yearRange = 0...10
    /// Customers per piece handed to the store: small enough to keep a million-customer past out of memory.
    public static let partSize = 500

    public let seed: UInt64
    public let until: CalendarDate
    public let years: Int

    public init(seed: UInt64, until: CalendarDate, years: Int = defaultYears) {
        precondition(Self.yearRange.contains(years), "demo history years out of range")
        self.seed = seed
        self.until = until
        self.years = years
    }

    /// One customer's past; `index` is its number in the company (1 for C00001).
    public func make(for customer: Customer, index: Int, sector: SectorKind) -> CompanyHistory {
        guard years > 0 else { return CompanyHistory() }
        let account = DemoAccount(customer: customer, sector: sector, index: index, seed: seed, until: until, years: years)
        let deals = DemoDeals.make(account)
        return CompanyHistory(orders: DemoOrders.make(account) + wonOrders(deals, account), deals: deals,
                              notes: DemoNotes.make(account), visits: DemoVisits.make(account, deals: deals),
                              contacts: DemoContacts.make(account))
    }

    /// The whole company's past in pieces of `partSize` customers, each made when the store
    /// reads it; `made` hears how many customers are done.
    public func parts(of generated: DemoCompany.Generated, made: @escaping (Int) -> Void) -> some Sequence<CompanyHistory> {
        let count = years > 0 ? generated.customers.count : 0
        return stride(from: 0, to: count, by: Self.partSize).lazy.map { start in
            var part = CompanyHistory()
            let end = min(start + Self.partSize, count)
            for offset in start..<end {
                part.append(make(for: generated.customers[offset], index: offset + 1, sector: generated.sectors[offset]))
            }
            made(end)
            return part
        }
    }

    /// A won deal is an order on the day it was won, for what was quoted, under the deal's title.
    private func wonOrders(_ deals: [TrackedDeal], _ account: DemoAccount) -> [Order] {
        deals.compactMap { tracked in
            guard tracked.deal.stage == "won", let amount = tracked.deal.amountYen, let won = tracked.stages.last else { return nil }
            return Order(customer: account.customer.code, date: DemoClock.day(of: won.at), amountYen: amount,
                         product: tracked.deal.title, createdAt: won.at)
        }
    }
}

/// How many records of each kind a history holds, for the summary `demo create` prints.
struct HistoryCounts {
    var orders = 0
    var deals = 0
    var notes = 0
    var visits = 0
    var contacts = 0

    /// The records `search` finds, which the load indexes last.
    var searchable: Int { deals + notes + visits }

    mutating func add(_ part: CompanyHistory) {
        orders += part.orders.count
        deals += part.deals.count
        notes += part.notes.count
        visits += part.visits.count
        contacts += part.contacts.count
    }
}
