import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

/// 10:00 in Tokyo on `text`'s day.
private func at(_ text: String) throws -> Date {
    Date(timeIntervalSince1970: Double(try day(text).daysSinceEpoch * 86_400 + 3_600))
}

/// The review's reads on a November 2026 small enough to follow by hand, through the store's API.
@Suite struct ReviewStoreTests {
    let november = ReviewWindow(first: try! day("2026-11-01"), last: try! day("2026-11-30"))

    /// C1 won two deals in November after a proposal visit and notes; C2 lost one; C3's sales fell
    /// exactly 30 %, C4's 29 %; C5's next action is overdue, C6's was overtaken by a later visit.
    func company(_ backend: Backend) throws -> SQLStore {
        let store = try backend.makeStore()
        let customers = ["C1", "C2", "C3", "C4", "C5", "C6"].map { Customer(code: $0, name: "顧客\($0)", rep: "R01") }
        var history = CompanyHistory()
        history.visits = [
            Visit(customer: "C1", status: .done, date: try day("2026-08-01"), purpose: "挨拶", nextAction: "再訪"),
            Visit(customer: "C1", status: .done, date: try day("2026-10-20"), purpose: "定期", nextAction: "電話"),
            Visit(customer: "C1", status: .done, date: try day("2026-11-02"), purpose: "提案", proposal: "省エネ機",
                  nextAction: "見積"),
            Visit(customer: "C2", status: .done, date: try day("2026-11-03"), purpose: "提案", proposal: "配送見直し",
                  nextAction: "電話"),
            Visit(customer: "C4", status: .done, date: try day("2026-11-04"), purpose: "提案", proposal: " 　", nextAction: "電話"),
            Visit(customer: "C5", status: .done, date: try day("2026-11-05"), purpose: "定期", nextAction: "見本", nextActionDue: try day("2026-11-20")),
            Visit(customer: "C6", status: .done, date: try day("2026-11-06"), purpose: "定期", nextAction: "見本", nextActionDue: try day("2026-11-10")),
            Visit(customer: "C6", status: .done, date: try day("2026-11-09"), purpose: "定期", nextAction: "電話"),
        ]
        history.notes = [
            Note(customer: "C1", kind: .general, date: try day("2026-11-01"), text: "店長交代"),
            Note(customer: "C1", kind: .request, date: try day("2026-10-25"), text: "電気代を下げたい", tags: ["省エネ"]),
            Note(customer: "C3", kind: .request, date: try day("2026-11-15"), text: "午前配送"),
            Note(customer: "C3", kind: .competitor, date: try day("2026-11-16"), text: "東和冷機"),
        ]
        history.deals = [
            try deal("C1", "冷蔵ケース", 1_200_000, [("hearing", "2026-10-01"), ("proposal", "2026-11-02"), ("won", "2026-11-20")]),
            try deal("C1", "保守契約", 300_000, [("hearing", "2026-11-01"), ("won", "2026-11-10")]),
            try deal("C2", "配送契約", nil, [("hearing", "2026-11-12"), ("proposal", "2026-11-13"), ("quote", "2026-11-14"), ("lost", "2026-11-25")]),
            try deal("C2", "先月の受注", 50_000, [("hearing", "2026-09-01"), ("won", "2026-10-31")]),
        ]
        history.orders = [
            Order(customer: "C3", date: try day("2025-10-10"), amountYen: 100_000),
            Order(customer: "C3", date: try day("2026-10-10"), amountYen: 70_000),
            Order(customer: "C4", date: try day("2025-09-10"), amountYen: 100_000),
            Order(customer: "C4", date: try day("2026-11-10"), amountYen: 71_000),
        ]
        try store.addCompany(reps: [Rep(code: "R01", name: "佐藤")], customers: customers, history: [history], author: "test") { _ in }
        return store
    }

    private func deal(_ customer: String, _ title: String, _ amount: Int?, _ stages: [(String, String)]) throws -> TrackedDeal {
        var changes: [DealStageChange] = []
        for (index, stage) in stages.enumerated() {
            changes.append(DealStageChange(from: index == 0 ? nil : stages[index - 1].0, to: stage.0, author: "test", at: try at(stage.1)))
        }
        let last = stages.last!.0
        return TrackedDeal(deal: Deal(customer: customer, title: title, amountYen: amount, stage: last, proposal: "提案書",
                                      lostReason: last == "lost" ? "価格" : nil, createdAt: try at(stages[0].1),
                                      updatedAt: try at(stages.last!.1)), stages: changes)
    }

    @Test(arguments: Backend.all) func dealsEnteringAStageAreTheMonthsLargestFirstEachOnce(backend: Backend) throws {
        let store = try company(backend)
        let won = try store.dealsEntering(stages: ["won"], in: november, limit: 1)
        #expect(won.total == 2)
        #expect(won.items.map(\.deal.title) == ["冷蔵ケース"])
        #expect(won.items.first?.enteredOn == (try day("2026-11-20")))
        #expect(won.items.first?.customerName == "顧客C1")
        let proposed = try store.dealsEntering(stages: ["proposal", "quote"], in: november, limit: 10)
        #expect(proposed.items.map(\.deal.title) == ["冷蔵ケース", "配送契約"], "the amount first; a deal passing both stages once")
        #expect(proposed.items.last?.enteredOn == (try day("2026-11-13")))
        #expect(try store.dealsEntering(stages: [], in: november, limit: 10).total == 0)
    }

    @Test(arguments: Backend.all) func theLeadUpPutsProposalsFirstThenRequestsWithinItsDays(backend: Backend) throws {
        let store = try company(backend)
        let steps = try store.leadUp(customer: "C1", from: try day("2026-09-25"), through: try day("2026-11-20"), limit: 10)
        #expect(steps.map(\.date.description) == ["2026-11-02", "2026-10-25", "2026-11-01", "2026-10-20"])
        guard case .visit(let visit) = steps.first else { Issue.record("a visit first"); return }
        #expect(visit.proposal == "省エネ機")
        #expect(try store.leadUp(customer: "C1", from: try day("2026-09-25"), through: try day("2026-11-20"), limit: 2).count == 2)
    }

    @Test(arguments: Backend.all) func proposalVisitsNameTheDealThatFollowed(backend: Backend) throws {
        let store = try company(backend)
        let proposals = try store.proposalVisits(in: november, followUpDays: 30, limit: 10)
        #expect(proposals.total == 2, "a blank proposal is none")
        #expect(proposals.items.map(\.visit.customer) == ["C2", "C1"])
        #expect(proposals.items.map { $0.deal?.title } == ["配送契約", "保守契約"],
                "C2's deal opened after the visit, not last month's closed one; C1's deal opened nearest the visit")
        let soon = try store.proposalVisits(in: november, followUpDays: 5, limit: 10)
        #expect(soon.items.map { $0.deal?.title } == [nil, "保守契約"], "C2's deal opened nine days after the visit")
    }

    @Test(arguments: Backend.all) func requestsAreTheMonthsRequestNotes(backend: Backend) throws {
        let requests = try company(backend).requestNotes(in: november, limit: 10)
        #expect(requests.total == 1)
        #expect(requests.items.map(\.note.text) == ["午前配送"])
        #expect(requests.items.first?.customerName == "顧客C3")
    }

    @Test(arguments: Backend.all) func aSalesDropCountsFromExactlyTheLine(backend: Backend) throws {
        let store = try company(backend)
        let drops = try store.salesDrops(recent: ReviewWindow(first: try day("2026-09-01"), last: try day("2026-11-30")),
                                         yearEarlier: ReviewWindow(first: try day("2025-09-01"), last: try day("2025-11-30")),
                                         percent: 30, limit: 10)
        #expect(drops.items.map(\.customer) == ["C3"], "70,000 against 100,000 is 30 %; 71,000 is 29 %")
        #expect(abs((drops.items.first?.fall ?? 0) - 0.3) < 1e-9)
    }

    @Test(arguments: Backend.all) func anOverdueNextActionIsTheLatestVisitsOnly(backend: Backend) throws {
        let store = try company(backend)
        let overdue = try store.overdueNextActions(asOf: try day("2026-11-30"), limit: 10)
        #expect(overdue.items.map(\.customer) == ["C5"], "C6 visited again after its due day without a due")
        #expect(overdue.items.first?.due == (try day("2026-11-20")))
        #expect(try store.overdueNextActions(asOf: try day("2026-11-20"), limit: 10).total == 0, "due that day is not overdue yet")
    }

    @Test(arguments: Backend.all) func aMonthHasHistoryWhenAnythingHappened(backend: Backend) throws {
        let store = try company(backend)
        #expect(try store.hasHistory(in: november))
        #expect(try store.hasHistory(in: ReviewWindow(first: try day("2025-09-01"), last: try day("2025-09-30"))), "an order alone")
        #expect(try !store.hasHistory(in: ReviewWindow(first: try day("2026-12-01"), last: try day("2026-12-31"))))
    }
}
