import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

/// `ExportStore`: the records a listing returns, oldest first, one at a time.
@Suite struct ExportStoreTests {
    func store(_ backend: Backend) throws -> SQLStore {
        let store = try backend.makeStore()
        try sampleCompany(store)
        return store
    }

    /// Walks `query` and gives the total announced and the records handed over.
    func orders(_ store: SQLStore, _ query: HistoryQuery) throws -> (total: Int?, orders: [Order]) {
        var total: Int?
        var orders: [Order] = []
        try store.forEachOrder(query, total: { total = $0 }) { orders.append($0) }
        return (total, orders)
    }

    @Test(arguments: Backend.all) func ordersComeOldestFirstAsTheListingReversed(backend: Backend) throws {
        let store = try store(backend)
        // Added out of date order, two on one day: the day sorts first, then the id.
        for (customer, date, amount) in [("C1", "2026-11-15", 2), ("C3", "2026-11-01", 1), ("C1", "2026-12-01", 4),
                                         ("C2", "2026-11-15", 3)] {
            _ = try store.addOrder(Order(customer: customer, date: day(date), amountYen: amount), author: "sato")
        }
        let walked = try orders(store, HistoryQuery())
        #expect(walked.orders.map(\.amountYen) == [1, 2, 3, 4])
        #expect(try walked.orders == Array(store.orders(HistoryQuery()).reversed()))
        #expect(walked.total == 4)

        let c1 = try orders(store, HistoryQuery(customer: "C1"))
        #expect(c1.orders.map(\.amountYen) == [2, 4])
        #expect(c1.total == 2)
        #expect(try orders(store, HistoryQuery(rep: "R02")).orders.map(\.customer) == ["C3"])
        #expect(try orders(store, HistoryQuery(from: day("2026-11-15"), to: day("2026-11-30"))).orders.map(\.amountYen) == [2, 3])
        let limited = try orders(store, HistoryQuery(limit: 1))
        #expect(limited.orders.map(\.amountYen) == [1])
        #expect(limited.total == 1, "the total counts what the walk hands over")
        #expect(throws: RoundsError.self) { try orders(store, HistoryQuery(customer: "C9")) }
    }

    @Test(arguments: Backend.all) func dealsNotesVisitsAndContactsComeInTheirOwnOrder(backend: Backend) throws {
        let store = try store(backend)
        _ = try store.addDeal(Deal(customer: "C1", title: "空調更新", stage: "hearing"), flow: .standard, author: "sato")
        _ = try store.addDeal(Deal(customer: "C2", title: "冷蔵ケース", stage: "hearing"), flow: .standard, author: "sato")
        _ = try store.addNote(Note(customer: "C1", date: day("2026-11-02"), text: "後"), author: "sato")
        _ = try store.addNote(Note(customer: "C1", date: day("2026-11-01"), text: "先"), author: "sato")
        _ = try store.addVisit(Visit(customer: "C3", status: .planned, date: day("2026-12-01"), purpose: "下見"),
                               requirements: .standard, author: "sato")
        _ = try store.addContact(Contact(customer: "C2", name: "鈴木"), author: "sato")
        _ = try store.addContact(Contact(customer: "C1", name: "田中"), author: "sato")

        var titles: [String] = []
        try store.forEachDeal(HistoryQuery(), total: { _ in }) { titles.append($0.title) }
        #expect(titles == ["空調更新", "冷蔵ケース"], "deals by id, as the listing reversed")
        var texts: [String] = []
        try store.forEachNote(HistoryQuery(), total: { _ in }) { texts.append($0.text) }
        #expect(texts == ["先", "後"])
        var visits = 0
        try store.forEachVisit(HistoryQuery(rep: "R02"), total: { _ in }) { _ in visits += 1 }
        #expect(visits == 1)
        var names: [String] = []
        try store.forEachContact(HistoryQuery(), total: { _ in }) { names.append($0.name) }
        #expect(names == ["鈴木", "田中"], "contacts by id, not by customer as listed")
    }

    @Test(arguments: Backend.all) func throwingFromTheBodyEndsTheWalk(backend: Backend) throws {
        let store = try store(backend)
        for date in ["2026-11-01", "2026-11-02", "2026-11-03"] {
            _ = try store.addOrder(Order(customer: "C1", date: day(date), amountYen: 1), author: "sato")
        }
        var seen = 0
        #expect(throws: CancellationError.self) {
            try store.forEachOrder(HistoryQuery(), total: { _ in }) { _ in
                seen += 1
                throw CancellationError()
            }
        }
        #expect(seen == 1)
        _ = try store.addOrder(Order(customer: "C1", date: day("2026-11-04"), amountYen: 1), author: "sato")
    }

    @Test(arguments: Backend.all) func contactsUpsertByID(backend: Backend) throws {
        let store = try store(backend)
        let summary = try store.importRows(author: "sato", dryRun: false) { writer in
            let given = try writer.putContact(Contact(id: 5, customer: "C1", name: "田中 一郎", role: "購買課長"))
            let chosen = try writer.putContact(Contact(customer: "C2", name: "鈴木", email: "suzuki@example.jp"))
            #expect((given, chosen) == (5, 6), "an id given is kept; SQLite chooses the next")
        }
        #expect((summary.added, summary.updated) == (2, 0))
        let again = try store.importRows(author: "sato", dryRun: false) { writer in
            _ = try writer.putContact(Contact(id: 5, customer: "C1", name: "田中 一郎", role: "部長"))
            _ = try writer.putContact(Contact(id: 6, customer: "C2", name: "鈴木", email: "suzuki@example.jp"))
        }
        #expect((again.added, again.updated, again.unchanged) == (0, 1, 1))
        #expect(try store.contacts(HistoryQuery(customer: "C1")).map(\.role) == ["部長"])
        #expect(try store.changes(code: "C1", entities: ["contact"]).map(\.action) == ["import", "import"])
        let moved = #expect(throws: RoundsError.self) {
            _ = try store.importRows(author: "sato", dryRun: false) { writer in
                _ = try writer.putContact(Contact(id: 5, customer: "C2", name: "田中 一郎"))
            }
        }
        #expect(moved?.code == .invalidValue)
    }
}
