import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

/// `importRows`: rows written while a file is read, upserted by id, all or nothing.
@Suite struct ImportWriterTests {
    func store(_ backend: Backend) throws -> SQLStore {
        let store = try backend.makeStore()
        try sampleCompany(store)
        return store
    }

    @Test(arguments: Backend.all) func rowsCommitWhenBodyReturns(backend: Backend) throws {
        let store = try store(backend)
        let summary = try store.importRows(author: "sato", dryRun: false) { writer in
            try writer.addOrder(Order(customer: "C1", date: day("2026-11-01"), amountYen: 1_000))
            #expect(try writer.putNote(Note(customer: "C2", kind: .competitor, date: day("2026-11-02"), text: "東和冷機が見積提出")) == 1)
            #expect(try writer.putNote(Note(id: 40, customer: "C2", date: day("2026-11-03"), text: "納期の要望", author: "suzuki")) == 40)
            #expect(try writer.putDeal(Deal(id: 7, customer: "C1", title: "空調更新", stage: "proposal", proposal: "高効率機"),
                                       flow: .standard) == 7)
            _ = try writer.putVisit(Visit(customer: "C3", status: .planned, date: day("2026-12-01"), purpose: "発注量の確認"),
                                    requirements: .standard)
        }
        #expect(summary.added == 5)
        #expect(try store.orders(HistoryQuery()).first?.rep == "R01", "the customer's rep")
        let notes = try store.notes(HistoryQuery(), kind: nil)
        #expect(notes.map(\.id) == [40, 1])
        #expect(notes.map(\.author) == ["suzuki", "sato"], "a note without an author is the importer's")
        #expect(try store.deal(id: 7)?.rep == "R01")
        #expect(try store.stageChanges(dealID: 7).map(\.to) == ["proposal"])
        #expect(try store.search(SearchQuery(text: "東和冷機")).map(\.id) == [1], "imported notes are searchable")
        #expect(try store.search(SearchQuery(text: "空調", kinds: [.deal])).map(\.id) == [7])
        #expect(try store.search(SearchQuery(text: "発注量", kinds: [.visit])).count == 1)
        #expect(try store.changes(code: "C1", entities: ["deal"]).map(\.action) == ["import"])
        let orders = try store.changes(code: "C1", entities: ["order"])
        #expect(orders.map(\.action) == ["bulk-import"] && orders.map(\.addedCount) == [1] && orders.first?.author == "sato")
    }

    @Test(arguments: Backend.all) func anIDThatExistsUpdatesItsRecord(backend: Backend) throws {
        let store = try store(backend)
        let deal = try store.addDeal(Deal(customer: "C1", title: "空調更新", stage: "hearing"), flow: .standard, author: "sato")
        let id = try #require(deal.id)
        let summary = try store.importRows(author: "tanaka", dryRun: false) { writer in
            _ = try writer.putDeal(Deal(id: id, customer: "C1", title: "空調更新", stage: "hearing"), flow: .standard)
            _ = try writer.putDeal(Deal(id: id, customer: "C1", title: "空調更新", amountYen: 900_000, stage: "quote",
                                        proposal: "高効率機"), flow: .standard)
        }
        #expect((summary.added, summary.updated, summary.unchanged) == (0, 1, 1))
        #expect(try store.deal(id: id)?.stage == "quote")
        #expect(try store.stageChanges(dealID: id).map(\.to) == ["hearing", "quote"])
        #expect(try store.search(SearchQuery(text: "高効率", kinds: [.deal])).map(\.id) == [id], "the index follows the update")
    }

    @Test(arguments: Backend.all) func aRecordCannotMoveToAnotherCustomer(backend: Backend) throws {
        let store = try store(backend)
        let note = try store.addNote(Note(customer: "C1", date: day("2026-11-01"), text: "初回訪問"), author: "sato")
        #expect(throws: RoundsError.self) {
            _ = try store.importRows(author: "sato", dryRun: false) { writer in
                _ = try writer.putNote(Note(id: note.id, customer: "C2", date: day("2026-11-01"), text: "初回訪問"))
            }
        }
        #expect(try store.notes(HistoryQuery(), kind: nil) == [note])
    }

    @Test(arguments: Backend.all) func aFailedOrDryImportLeavesTheStoreUnchanged(backend: Backend) throws {
        let store = try store(backend)
        for (dryRun, fails) in [(true, false), (false, true)] {
            let summary = try store.importRows(author: "sato", dryRun: dryRun) { writer in
                try writer.addOrder(Order(customer: "C1", date: day("2026-11-01"), amountYen: 1_000))
                _ = try writer.putNote(Note(customer: "C1", date: day("2026-11-01"), text: "メモ"))
                if fails { writer.fail() }
                // Once failed, rows are still checked but not written.
                #expect(try writer.putNote(Note(customer: "C1", date: day("2026-11-02"), text: "後のメモ")) == (fails ? nil : 2))
                #expect(throws: RoundsError.self) {
                    _ = try writer.putDeal(Deal(customer: "C1", title: "更新", stage: "won"), flow: .standard)
                }
            }
            #expect(summary.added == (fails ? 2 : 3))
            #expect(try store.orders(HistoryQuery()).isEmpty)
            #expect(try store.notes(HistoryQuery(), kind: nil).isEmpty)
            #expect(try store.search(SearchQuery(text: "メモ")).isEmpty)
        }
    }

    /// A large import puts the order indexes (and on PostgreSQL the foreign keys) aside while
    /// it appends; they are back afterwards, whether it committed or rolled back.
    @Test(arguments: Backend.all) func aLargeImportRebuildsTheOrderIndexes(backend: Backend) throws {
        let store = try store(backend)
        let expected = try OrderTableShape(store)
        #expect(expected.indexes == ["sales_order_customer_sums", "sales_order_rep_sums"])
        #expect(expected.foreignKeys.count == (backend == .postgres ? 2 : 0))
        let order = Order(customer: "C1", date: try day("2026-11-01"), amountYen: 1_000)
        for fails in [true, false] {
            _ = try store.importRows(author: "sato", dryRun: false) { writer in
                for _ in 0..<100_001 { try writer.addOrder(order) }
                if fails { writer.fail() }
            }
            #expect(try OrderTableShape(store) == expected)
        }
        #expect(try store.orders(HistoryQuery()).count == 100_001, "every batch and the last partial one")
        #expect(try store.check().isEmpty)
    }

    @Test(arguments: Backend.all) func throwingFromTheBodyRollsBack(backend: Backend) throws {
        let store = try store(backend)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            _ = try store.importRows(author: "sato", dryRun: false) { writer in
                try writer.addOrder(Order(customer: "C1", date: day("2026-11-01"), amountYen: 1_000))
                throw Interrupted()
            }
        }
        #expect(try store.orders(HistoryQuery()).isEmpty)
    }
}

/// The order table's indexes and foreign keys, as the database lists them.
struct OrderTableShape: Equatable {
    let indexes: [String]
    let foreignKeys: [String]

    init(_ store: SQLStore) throws {
        (indexes, foreignKeys) = try store.backend.read { db in
            switch db.dialect {
            case .sqlite:
                (try db.values(String.self, """
                    SELECT name FROM sqlite_master WHERE tbl_name = 'sales_order' AND type = 'index' ORDER BY name
                    """), [])
            case .postgres:
                (try db.values(String.self, """
                    SELECT indexrelid::regclass::text FROM pg_index
                    WHERE indrelid = 'sales_order'::regclass AND NOT indisprimary ORDER BY 1
                    """),
                 try db.values(String.self, """
                    SELECT pg_get_constraintdef(oid) FROM pg_constraint
                    WHERE conrelid = 'sales_order'::regclass AND contype = 'f' AND convalidated ORDER BY 1
                    """))
            }
        }
    }
}
