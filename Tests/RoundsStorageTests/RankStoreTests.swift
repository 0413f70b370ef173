import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

private func order(_ customer: String, _ date: String, _ yen: Int) throws -> Order {
    Order(customer: customer, date: try day(date), amountYen: yen)
}

private func historyRows(_ store: SQLStore) throws -> Int {
    try store.info().rowCounts.first { $0.table == "rank_history" }?.rows ?? -1
}

/// Ranking figures summed from orders, and monthly ranks applied with their history.
@Suite struct RankStoreTests {
    @Test(arguments: Backend.all) func figuresSumEachWindowOfActiveCustomers(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        for order in [
            try order("C1", "2025-07-31", 999),         // before every window
            try order("C1", "2025-08-15", 100_000),     // a year before the growth window
            try order("C1", "2025-11-01", 200_000),     // first day of the 12 months
            try order("C1", "2026-08-01", 300_000),     // first day of the growth window
            try order("C1", "2026-10-31", 400_000),     // the as-of day
            try order("C1", "2026-11-01", 5_000),       // after it
            try order("C2", "2025-10-31", 50_000),      // a year before, not in the 12 months
            try order("C4", "2026-10-01", 70_000),      // archived: not ranked
        ] { _ = try store.addOrder(order, author: "test") }

        let figures = try store.rankingFigures(RankingPeriod(asOf: day("2026-10-31"), growthMonths: 3))
        #expect(figures.customers == [
            CustomerFigures(code: "C1", name: "山田商店", rep: "R01", currentRank: .focus, salesYen: 900_000, recentYen: 700_000,
                            yearEarlierYen: 100_000, potentialYen: 5_000_000),
            CustomerFigures(code: "C2", name: "丸栄食品", rep: "R01", currentRank: .develop, salesYen: 0, recentYen: 0,
                            yearEarlierYen: 50_000, potentialYen: 800_000),
            CustomerFigures(code: "C3", name: "東和電機", rep: "R02", salesYen: 0, potentialYen: 2_000_000),
        ])
        #expect(figures.lastOrder == (try day("2026-10-31")))
        #expect(try store.rankingFigures(RankingPeriod(asOf: day("2025-07-30"), growthMonths: 3)).lastOrder == nil)
        let later = try store.rankingFigures(RankingPeriod(asOf: day("2028-01-31"), growthMonths: 3))
        #expect(later.lastOrder == (try day("2026-11-01")), "the last order before as-of, however old")
        #expect(later.customers.allSatisfy { $0.salesYen == 0 })
        let muchLater = try store.rankingFigures(RankingPeriod(asOf: day("2029-01-31"), growthMonths: 3))
        #expect(muchLater.lastOrder == (try day("2026-11-01")), "older than every window")
        // Mid-month: the as-of month's part is summed from the orders up to the day.
        _ = try store.addOrder(try order("C3", "2026-10-15", 1), author: "test")
        let midMonth = try store.rankingFigures(RankingPeriod(asOf: day("2026-10-30"), growthMonths: 3))
        #expect(midMonth.lastOrder == (try day("2026-10-15")), "from the part-month; the archived customer's 2026-10-01 does not count")
        #expect(midMonth.customers.first { $0.code == "C1" }.map { [$0.salesYen, $0.recentYen, $0.yearEarlierYen] }
                == [500_000, 300_000, 100_999])
    }

    /// Over 20,000 customers the sums run in two halves of the codes: the result is the same.
    @Test(arguments: Backend.all) func aBigCompanyIsSummedInHalvesWithTheSameResult(backend: Backend) throws {
        let store = try backend.makeStore()
        let customers = (0...20_000).map { Customer(code: "C" + String($0, zeroPaddedTo: 5), name: "顧客\($0)") }
        try store.addCompany(reps: [], customers: customers, author: "test", progress: { _ in })
        for order in [try order("C00001", "2026-10-30", 100), try order("C00001", "2026-05-01", 20),
                      try order("C19999", "2026-10-01", 300), try order("C19999", "2025-09-01", 7)] {
            _ = try store.addOrder(order, author: "test")
        }
        let figures = try store.rankingFigures(RankingPeriod(asOf: day("2026-10-31"), growthMonths: 3))
        #expect(figures.customers.map(\.code) == customers.map(\.code))
        let sums = figures.customers.filter { $0.salesYen > 0 }.map { [$0.salesYen, $0.recentYen, $0.yearEarlierYen] }
        #expect(sums == [[120, 100, 0], [300, 300, 7]])
        #expect(figures.lastOrder == (try day("2026-10-30")), "the later of the two halves' last orders")
    }

    @Test(arguments: Backend.all) func applyingAMonthAgainReplacesIt(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let november = [RankAssignment(code: "C1", rank: .develop, reasons: [.noSales]),
                        RankAssignment(code: "C2", rank: .develop, reasons: [.abcClass(.b, fromShare: 0.7, toShare: 0.9)]),
                        RankAssignment(code: "C3", rank: .focus, reasons: [.potential(potentialYen: 2_000_000, salesYen: 0)])]
        #expect(try store.applyRanks(november, month: "2026-11", author: "sato") == 2)
        #expect(try store.applyRanks(november, month: "2026-11", author: "suzuki") == 0)
        #expect(try historyRows(store) == 3, "one row per customer and month")
        let c1 = try store.rankHistory(code: "C1")
        #expect(c1.map(\.month) == ["2026-11"])
        #expect(c1[0].previous == .focus, "a re-run keeps the rank the month started from")
        #expect(c1[0].reasons == [.noSales])
        #expect(c1[0].appliedBy == "suzuki")
        #expect(try store.customer(code: "C1")?.rank == .develop)
        #expect(try store.customer(code: "C3")?.rank == .focus)

        try store.applyRanks([RankAssignment(code: "C1", rank: .maintain, reasons: [.noSales])], month: "2026-12", author: "sato")
        #expect(try store.rankHistory(code: "C1").map { "\($0.month) \($0.previous?.rawValue ?? "-")→\($0.rank.rawValue)" }
            == ["2026-11 focus→develop", "2026-12 develop→maintain"])
        #expect(try store.rankHistory(code: "C3").map(\.previous) == [nil])
        #expect(try historyRows(store) == 4)
    }

    @Test(arguments: Backend.all) func changedRanksGoThroughTheChangeLog(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        try store.applyRanks([RankAssignment(code: "C1", rank: .develop, reasons: [.noSales]),
                              RankAssignment(code: "C2", rank: .develop, reasons: [.noSales])], month: "2026-11", author: "sato")
        let edits = try store.changes(code: "C1", entities: ["customer"]).filter { $0.action == "edit" }
        #expect(edits.count == 1)
        #expect(edits[0].author == "sato")
        #expect(edits[0].edits.map(\.name).contains("rank"))
        #expect(try store.changes(code: "C2", entities: ["customer"]).filter { $0.action == "edit" }.isEmpty, "unchanged: no entry")
    }

    @Test(arguments: Backend.all) func anUnknownCustomerChangesNothing(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        try store.applyRanks([RankAssignment(code: "C2", rank: .develop, reasons: [.noSales])], month: "2026-11", author: "sato")
        #expect(throws: RoundsError.self) {
            try store.applyRanks([RankAssignment(code: "C1", rank: .maintain, reasons: [.noSales]),
                                  RankAssignment(code: "C99", rank: .focus, reasons: [.noSales])], month: "2026-11", author: "sato")
        }
        #expect(try store.customer(code: "C1")?.rank == .focus)
        #expect(try store.rankHistory(code: "C2").count == 1, "the month's rows survive the failed re-run")
        #expect(throws: RoundsError.self) { try store.rankHistory(code: "C99") }
    }
}
