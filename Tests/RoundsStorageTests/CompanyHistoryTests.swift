import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// The bulk load of a company with its past (`demo create`'s writer).
@Suite struct CompanyHistoryTests {
    let reps = [Rep(code: "R01", name: "佐藤 健"), Rep(code: "R02", name: "鈴木 花子")]
    let customers = [Customer(code: "C1", name: "山田商店", rep: "R01"), Customer(code: "C2", name: "丸栄食品", rep: "R02")]

    func day(_ text: String) throws -> CalendarDate { try CalendarDate(parsing: text, field: "date") }

    /// `2025-03-04 10:30` in the company's time zone.
    func time(_ text: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .company
        let parts = text.split(whereSeparator: { "- :".contains($0) }).map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
    }

    func sample() throws -> CompanyHistory {
        var deal = Deal(customer: "C1", title: "梱包資材の一括見直し", amountYen: 300_000, stage: "won", proposal: "仕入先を当社にまとめる",
                        createdAt: time("2025-03-04 10:30"), updatedAt: time("2025-04-20 16:05"))
        deal.competitor = "ミナト資材"
        return CompanyHistory(
            orders: [Order(customer: "C1", date: try day("2025-03-03"), amountYen: 48_000, product: "段ボール箱", quantity: 400,
                           createdAt: time("2025-03-03 11:00")),
                     Order(customer: "C2", rep: "R01", date: try day("2025-03-05"), amountYen: 9_600)],
            deals: [TrackedDeal(deal: deal, stages: [
                DealStageChange(from: nil, to: "hearing", author: "R01", at: time("2025-03-04 10:30")),
                DealStageChange(from: "hearing", to: "proposal", author: "R01", at: time("2025-03-18 15:00")),
                DealStageChange(from: "proposal", to: "quote", author: "R01", at: time("2025-04-02 11:45")),
                DealStageChange(from: "quote", to: "won", author: "R01", at: time("2025-04-20 16:05")),
            ])],
            notes: [Note(customer: "C2", kind: .request, date: try day("2025-02-10"), text: "4月からの値上げは据え置きを希望",
                         tags: ["値上げ"], author: "R02")],
            visits: [Visit(customer: "C1", status: .done, date: try day("2025-03-18"), purpose: "梱包資材のご提案",
                           nextAction: "見積書を送付", report: "競合の見積より安くできるか検討する")],
            contacts: [Contact(customer: "C1", name: "山田 太郎", role: "店主", phone: "03-1234-5678")])
    }

    @Test(arguments: Backend.all) func writesEveryTableWithTheRecordsOwnDatesAndIndexesThem(backend: Backend) throws {
        let store = try backend.makeStore()
        var steps: [BulkProgress] = []
        try store.addCompany(reps: reps, customers: customers, history: [try sample()], author: "demo") { steps.append($0) }
        #expect(steps == [.customers(2), .historyRows(10), .searchIndex(3)])
        let counts = Dictionary(uniqueKeysWithValues: try store.info().rowCounts.map { ($0.table, $0.rows) })
        #expect(counts["sales_order"] == 2 && counts["deal"] == 1 && counts["deal_stage_history"] == 4)
        #expect(counts["note"] == 1 && counts["visit"] == 1 && counts["contact"] == 1)
        let orders = try store.orders(HistoryQuery())
        #expect(orders.map(\.rep) == ["R01", "R01"])
        #expect(orders.last?.createdAt == time("2025-03-03 11:00"))
        let deal = try #require(try store.deals(HistoryQuery(), stages: nil).first)
        #expect(deal.createdAt == time("2025-03-04 10:30") && deal.rep == "R01")
        let stages = try store.stageChanges(dealID: try #require(deal.id))
        #expect(stages.map(\.to) == ["hearing", "proposal", "quote", "won"])
        #expect(stages.map(\.at) == [time("2025-03-04 10:30"), time("2025-03-18 15:00"), time("2025-04-02 11:45"), time("2025-04-20 16:05")])
        #expect(try store.notes(HistoryQuery(), kind: nil).first?.author == "R02")
        #expect(try store.search(SearchQuery(text: "値上げ")).map(\.kind) == [.note])
        #expect(try store.search(SearchQuery(text: "ミナト")).map(\.kind) == [.deal])
        #expect(try store.search(SearchQuery(text: "見積")).map(\.kind) == [.visit])
        #expect(try store.changes(code: "*", entities: ["order", "deal", "note", "visit", "contact"]).map(\.action)
            == Array(repeating: "bulk-add", count: 5))
        // Each customer's own trace: a counted row per table that got records for it.
        let c1 = try store.changes(code: "C1", entities: Change.customerEntities)
        #expect(c1.map(\.entity) == ["order", "deal", "visit", "contact"])
        #expect(c1.map(\.addedCount) == [1, 1, 1, 1] && c1.allSatisfy { $0.action == "bulk-add" && $0.author == "demo" })
        #expect(try store.changes(code: "C2", entities: Change.customerEntities).map(\.entity) == ["order", "note"])
    }

    @Test(arguments: Backend.all) func throwingFromProgressRollsEverythingBack(backend: Backend) throws {
        let store = try backend.makeStore()
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try store.addCompany(reps: reps, customers: customers, history: [try sample()], author: "demo") { step in
                if case .historyRows = step { throw Stop() }
            }
        }
        #expect(try store.reps().isEmpty)
        #expect(try store.info().rowCounts.allSatisfy { $0.rows == 0 })
    }

    @Test(arguments: Backend.all) func aDealMustEndWhereItsStagesEnd(backend: Backend) throws {
        let store = try backend.makeStore()
        var history = try sample()
        history.deals[0].stages.removeLast()
        #expect(throws: RoundsError.self) {
            try store.addCompany(reps: reps, customers: customers, history: [history], author: "demo") { _ in }
        }
        #expect(try store.customers(CustomerQuery()).isEmpty)
    }
}
