import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// What the digest picks for `customer show` and `brief`: the latest done visit, the earliest
/// planned one from today, deals at the open stages, the latest of each list, sums by month.
@Suite struct DigestTests {
    private func day(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text, field: "date")
    }

    @Test(arguments: Backend.all) func picksTheRightRowOfEachKind(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let rules = VisitRequirements(planning: [], logging: [])
        for (status, date) in [(VisitStatus.done, "2026-10-01"), (.done, "2026-11-01"), (.planned, "2026-11-20"),
                               (.planned, "2026-12-20"), (.planned, "2026-12-10")] {
            _ = try store.addVisit(Visit(customer: "C1", status: status, date: day(date), purpose: date), requirements: rules,
                                   author: "t")
        }
        _ = try store.addVisit(Visit(customer: "C2", status: .done, date: day("2026-11-30")), requirements: rules, author: "t")
        let open = try store.addDeal(Deal(customer: "C1", title: "空調更新", stage: "", competitor: "東和冷機"), flow: .standard,
                                     author: "t")
        let lost = try store.addDeal(Deal(customer: "C1", title: "照明", stage: "lost", lostReason: "価格"), flow: .standard,
                                     author: "t")
        for (date, yen) in [("2026-10-31", 1_000), ("2026-11-01", 20_000), ("2026-11-30", 300_000), ("2026-12-01", 4_000)] {
            _ = try store.addOrder(Order(customer: "C1", date: day(date), amountYen: yen), author: "t")
        }
        _ = try store.addNote(Note(customer: "C1", kind: .competitor, date: day("2026-11-02"), text: "値引き提示", author: "t"),
                              author: "t")
        _ = try store.addNote(Note(customer: "C1", kind: .general, date: day("2026-11-03"), text: "棚替え", author: "t"),
                              author: "t")

        let digest = try store.digest(DigestRequest(customer: "C1", today: day("2026-12-01"),
                                                    openStages: SalesFlow.standard.openCodes, salesFrom: day("2026-11-01"),
                                                    recent: 2))
        #expect(digest.lastVisit?.purpose == "2026-11-01", "the latest done visit, not a later planned one")
        #expect(digest.nextVisit?.purpose == "2026-12-10", "the earliest planned visit from today")
        #expect(digest.openDeals.map(\.id) == [open.id])
        #expect(digest.recentDeals.map(\.id) == [lost.id, open.id])
        #expect(digest.recentOrders.map(\.amountYen) == [4_000, 300_000])
        #expect(digest.monthlySales == ["2026-11": 320_000, "2026-12": 4_000], "October is before salesFrom")
        #expect(digest.recentNotes.map(\.text) == ["棚替え", "値引き提示"])
        #expect(digest.competitorNotes.map(\.text) == ["値引き提示"])
        #expect(throws: RoundsError.self) {
            try store.digest(DigestRequest(customer: "C9", today: day("2026-12-01"), openStages: []))
        }
    }
}
