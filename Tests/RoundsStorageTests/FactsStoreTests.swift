import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

/// The rules' facts computed by SQLite from orders, visits and deals.
@Suite struct FactsStoreTests {
    private let free = VisitRequirements(planning: [], logging: [])

    @Test(arguments: Backend.all) func ordersVisitsAndPolicyOfEachActiveCustomer(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        for (customer, date, yen) in [
            ("C1", "2025-09-10", 400_000),      // a year before the last 3 months
            ("C1", "2026-02-01", 100_000),      // first order of the 12 months
            ("C1", "2026-08-01", 150_000),
            ("C1", "2026-11-01", 150_000),      // last order: 3 orders in 273 days, every 136.5
            ("C1", "2026-12-05", 999),          // after as-of
            ("C2", "2025-01-10", 70_000),       // long before: only the last order
            ("C4", "2026-11-01", 80_000),       // archived
        ] { _ = try store.addOrder(Order(customer: customer, date: try day(date), amountYen: yen), author: "test") }
        for (date, status, due) in [("2026-11-20", VisitStatus.done, "2026-12-02"), ("2026-08-01", .done, nil),
                                    ("2026-12-10", .planned, nil)] {
            _ = try store.addVisit(Visit(customer: "C1", status: status, date: try day(date), nextAction: due.map { _ in "見積提出" },
                                         nextActionDue: try due.map(day)), requirements: free, author: "test")
        }

        let facts = try store.customerFacts(FactsQuery(asOf: day("2026-11-30")))
        #expect(facts.map(\.code) == ["C1", "C2", "C3"], "archived customers have no facts")
        let c1 = facts[0]
        #expect(c1.rep == "R01" && c1.rank == .focus)
        #expect(c1.salesYen == 400_000 && c1.recentYen == 150_000 && c1.yearEarlierYen == 400_000)
        #expect(c1.trendPercent == -63)
        #expect(c1.lastOrder == (try day("2026-11-01")))
        #expect(c1.orderIntervalDays == 136.5)
        #expect(c1.lastVisit == (try day("2026-11-20")))
        #expect(c1.daysSinceVisit == 10)
        #expect(c1.recentVisits == 1, "the August visit is over 90 days back; planned visits do not count")
        #expect(c1.nextActionDue == (try day("2026-12-02")))
        #expect(c1.visitIntervalDays == VisitPolicy.standard.intervalDays(rank: .focus, own: nil))
        #expect(c1.untappedYen == 4_600_000)
        #expect(c1.openDeals == 0 && c1.lastDealActivity == nil)

        let c2 = facts[1]
        let longAgo = try day("2025-01-10")
        #expect(c2.salesYen == 0 && c2.lastOrder == longAgo && c2.orderIntervalDays == nil)
        #expect(c2.lastVisit == nil && c2.visitDueInDays == 0, "never visited: due now")
        let r02 = try store.customerFacts(FactsQuery(asOf: day("2026-11-30"), rep: "R02"))
        #expect(r02.map(\.code) == ["C3"])
    }

    @Test(arguments: Backend.all) func openDealsAndTheirLastActivity(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let flow = SalesFlow.standard
        _ = try store.addDeal(Deal(customer: "C1", title: "冷蔵庫の入替", stage: "hearing"), flow: flow, author: "test")
        _ = try store.addDeal(Deal(customer: "C1", title: "空調", stage: "proposal", proposal: "省エネ提案"), flow: flow, author: "test")
        let won = try store.addDeal(Deal(customer: "C2", title: "照明", amountYen: 100_000, stage: "quote", proposal: "LED化"), flow: flow, author: "test")
        _ = try store.moveDeal(id: won.id!, to: flow.stage(code: "won")!, flow: flow, author: "test") { _ in }

        let later = CalendarDate.today().adding(days: 25)
        let facts = try store.customerFacts(FactsQuery(asOf: later))
        #expect(facts[0].openDeals == 2 && facts[0].daysSinceDealActivity == 25)
        #expect(facts[1].openDeals == 0 && facts[1].lastDealActivity == nil, "a won deal is not open")
    }

    @Test(arguments: Backend.all) func dealsCountInTheStageTheyHadOnTheAsOfDay(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let flow = SalesFlow.standard
        let deal = try store.addDeal(Deal(customer: "C1", title: "冷蔵庫の入替", amountYen: 500_000, stage: "quote", proposal: "省エネ機"),
                                     flow: flow, author: "test")
        _ = try store.moveDeal(id: deal.id!, to: flow.stage(code: "won")!, flow: flow, author: "test") { _ in }
        // Opened on 1 October, won on 10 November.
        try store.backend.write { db in
            try db.execute("UPDATE deal SET created_at = '2026-10-01 09:00:00', updated_at = '2026-11-10 15:00:00'")
            try db.execute("""
                UPDATE deal_stage_history SET at = CASE WHEN from_stage IS NULL THEN '2026-10-01 09:00:00' ELSE '2026-11-10 15:00:00' END
                """)
        }
        func facts(_ asOf: String) throws -> CustomerFacts {
            try store.customerFacts(FactsQuery(asOf: day(asOf)))[0]
        }
        #expect(try facts("2026-09-30").openDeals == 0, "not opened yet")
        let open = try facts("2026-10-20")
        #expect(open.openDeals == 1 && open.daysSinceDealActivity == 19, "open then; the win came later")
        #expect(try facts("2026-11-09").openDeals == 1)
        #expect(try facts("2026-11-10").openDeals == 0, "won that day")

        // Three moves written newest first (a bulk load, a back-dated move): times decide, not ids.
        try store.backend.write { db in
            let id = try db.value(Int64.self, "SELECT id FROM deal")!
            try db.execute("DELETE FROM deal_stage_history")
            for (from, to, at) in [("quote", "won", "2026-11-10 15:00:00"), ("hearing", "quote", "2026-10-15 10:00:00"),
                                   (nil, "hearing", "2026-10-01 09:00:00")] {
                try db.execute("INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, author, at) VALUES (?, ?, ?, 'test', ?)",
                               [id, from, to, at])
            }
        }
        let moved = try facts("2026-10-20")
        #expect(moved.openDeals == 1 && moved.daysSinceDealActivity == 5, "the move of 15 October is the latest by then")
        #expect(try facts("2026-10-10").daysSinceDealActivity == 9)
        #expect(try facts("2026-11-10").openDeals == 0)
    }
}
