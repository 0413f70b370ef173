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

/// KPI sums on a company small enough to count by hand, through the store's API.
@Suite struct KPIStoreTests {
    /// R01 (team 東京) has C1 (focus) and C2 (develop); R02 (team 横浜) has C3 (no rank).
    func company(_ backend: Backend) throws -> SQLStore {
        let store = try backend.makeStore()
        let reps = [Rep(code: "R01", name: "佐藤", team: "東京"), Rep(code: "R02", name: "鈴木", team: "横浜")]
        let customers = [
            Customer(code: "C1", name: "山田商店", rep: "R01", rank: .focus),
            Customer(code: "C2", name: "丸栄食品", rep: "R01", rank: .develop),
            Customer(code: "C3", name: "東和電機", rep: "R02"),
        ]
        var history = CompanyHistory()
        history.visits = [
            // Planned for 11/4, done a day later, with everything recorded.
            Visit(customer: "C1", status: .done, date: try day("2026-11-05"), purpose: "確認", proposal: "新商品",
                  nextAction: "見積", plannedFor: try day("2026-11-04")),
            // Never planned; a blank proposal records none.
            Visit(customer: "C2", status: .done, date: try day("2026-11-10"), purpose: "定期", proposal: " 　"),
            // Planned and not done (the store sets its planned day).
            Visit(customer: "C1", status: .planned, date: try day("2026-11-20"), purpose: "確認"),
            // Planned for November, done in December: planned and done, but no November visit.
            Visit(customer: "C1", status: .done, date: try day("2026-12-01"), purpose: "確認", plannedFor: try day("2026-11-30")),
            Visit(customer: "C3", status: .done, date: try day("2026-11-12"), plannedFor: try day("2026-11-12")),
        ]
        history.deals = [
            try deal("C1", "新ライン", created: "2026-11-03", stages: [("hearing", "2026-11-03"), ("won", "2026-11-25")]),
            try deal("C2", "更新", created: "2026-10-01", stages: [("hearing", "2026-10-01"), ("lost", "2026-11-15")]),
            try deal("C3", "増設", created: "2026-11-20", stages: [("hearing", "2026-11-20")]),
            try deal("C3", "保守", created: "2026-09-01", stages: [("hearing", "2026-09-01"), ("won", "2026-12-02")]),
        ]
        history.orders = [
            Order(customer: "C1", date: try day("2026-11-01"), amountYen: 100_000),
            Order(customer: "C2", date: try day("2026-11-30"), amountYen: 50_000),
            Order(customer: "C1", date: try day("2026-12-01"), amountYen: 999),
            Order(customer: "C3", date: try day("2026-11-15"), amountYen: 30_000),
        ]
        try store.addCompany(reps: reps, customers: customers, history: [history], author: "test") { _ in }
        return store
    }

    private func deal(_ customer: String, _ title: String, created: String, stages: [(String, String)]) throws -> TrackedDeal {
        var changes: [DealStageChange] = []
        for (index, stage) in stages.enumerated() {
            changes.append(DealStageChange(from: index == 0 ? nil : stages[index - 1].0, to: stage.0, author: "test", at: try at(stage.1)))
        }
        let last = stages.last!.0
        return TrackedDeal(deal: Deal(customer: customer, title: title, amountYen: last == "won" ? 1_000 : nil, stage: last,
                                      lostReason: last == "lost" ? "価格" : nil, createdAt: try at(created)), stages: changes)
    }

    func november(_ store: SQLStore, by grouping: KPIQuery.Grouping) throws -> [String?: KPIFigures] {
        let rows = try store.kpiFigures(KPIQuery(period: try KPIPeriod(parsing: "2026-11"), by: grouping, flow: .standard))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.figures) })
    }

    @Test(arguments: Backend.all) func eachRepsMonthIsSummedByTheDefinitions(backend: Backend) throws {
        let store = try company(backend)
        _ = try store.setTarget(SalesTarget(rep: "R01", month: "2026-11", salesYen: 200_000, visits: 4), author: "sato")
        _ = try store.setTarget(SalesTarget(rep: "R01", month: "2026-12", salesYen: 900_000, visits: 9), author: "sato")
        let rows = try november(store, by: .rep)
        #expect(rows.keys.sorted { ($0 ?? "") < ($1 ?? "") } == ["R01", "R02"])

        let r01 = try #require(rows["R01"])
        #expect(r01.visitsPlanned == 3 && r01.plannedDone == 2)
        #expect(r01.visitsDone == 2 && r01.proposals == 1 && r01.withPurpose == 2 && r01.withNextAction == 1)
        #expect(r01.visitsDoneByRank == [.focus: 1, .develop: 1])
        #expect(r01.dealsCreated == 1 && r01.dealsWon == 1 && r01.dealsLost == 1)
        #expect(r01.salesYen == 150_000)
        #expect(r01.targetSalesYen == 200_000 && r01.targetVisits == 4)
        #expect(r01.planAdherence == 2.0 / 3.0 && r01.winRate == 0.5 && r01.salesAgainstTarget == 0.75)

        let r02 = try #require(rows["R02"])
        #expect(r02.visitsPlanned == 1 && r02.plannedDone == 1 && r02.visitsDone == 1 && r02.visitsDoneByRank.isEmpty)
        #expect(r02.dealsCreated == 1 && r02.dealsWon == 0 && r02.dealsLost == 0 && r02.winRate == nil)
        #expect(r02.salesYen == 30_000 && r02.targetSalesYen == nil && r02.salesAgainstTarget == nil)
    }

    @Test(arguments: Backend.all) func byRankTheCustomersRankGroupsAndEmptyRanksAreLeftOut(backend: Backend) throws {
        let rows = try november(try company(backend), by: .rank)
        #expect(Set(rows.keys) == ["focus", "develop", nil])
        #expect(rows["focus"]?.visitsDone == 1 && rows["focus"]?.salesYen == 100_000 && rows["focus"]?.dealsWon == 1)
        #expect(rows["develop"]?.salesYen == 50_000 && rows["develop"]?.dealsLost == 1)
        #expect(rows[nil]?.visitsDone == 1 && rows[nil]?.dealsCreated == 1 && rows[nil]?.salesYen == 30_000)
        #expect(rows["focus"]?.targetSalesYen == nil, "targets are per rep")
    }

    @Test(arguments: Backend.all) func aPlannedVisitsDayMovesWithItAndStaysWhenItIsDone(backend: Backend) throws {
        let store = try company(backend)
        let rules = VisitRequirements.standard
        let planned = try #require(try store.visits(HistoryQuery(customer: "C1"), status: .planned).first)
        #expect(planned.plannedFor == planned.date)
        let moved = try store.updateVisit(id: planned.id!, requirements: rules, author: "sato") { $0.date = try day("2026-11-24") }
        #expect(moved.plannedFor?.description == "2026-11-24")
        let done = try store.logVisit(id: planned.id!, requirements: rules, author: "sato") {
            $0.date = try day("2026-11-26")
            $0.nextAction = "見積"
        }
        #expect(done.plannedFor?.description == "2026-11-24")
        let logged = try store.addVisit(Visit(customer: "C2", status: .done, date: try day("2026-11-27"), purpose: "飛込", nextAction: "電話"),
                                        requirements: rules, author: "sato")
        #expect(logged.plannedFor == nil)
        #expect(try november(store, by: .rep)["R01"]?.plannedDone == 3)
    }

    @Test(arguments: Backend.all) func targetsUpsertAreLoggedAndKnowTheirReps(backend: Backend) throws {
        let store = try company(backend)
        _ = try store.setTarget(SalesTarget(rep: "R01", month: "2026-11", salesYen: 200_000, visits: 4), author: "sato")
        _ = try store.setTarget(SalesTarget(rep: "R01", month: "2026-11", salesYen: 300_000, visits: 5), author: "ito")
        _ = try store.setTarget(SalesTarget(rep: "R02", month: "2026-10", salesYen: 10, visits: 1), author: "ito")
        #expect(try store.targets(month: nil).map(\.rep) == ["R02", "R01"])
        #expect(try store.targets(month: "2026-11") == [SalesTarget(rep: "R01", month: "2026-11", salesYen: 300_000, visits: 5, setBy: "ito")])
        #expect(try store.changes(code: "R01", entities: ["target"]).count == 2)
        #expect { try store.setTarget(SalesTarget(rep: "R99", month: "2026-11", salesYen: 1, visits: 1), author: "ito") } throws: {
            ($0 as? RoundsError)?.code == .notFound
        }
        #expect(throws: RoundsError.self) { try store.setTarget(SalesTarget(rep: "R01", month: "2026-11", salesYen: -1, visits: 1), author: "ito") }
    }
}
