import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// A store with reps R01, R02 and customers C1 (R01), C2 (R01), C3 (R02), C4 (archived).
private func storeWithCustomers(_ backend: Backend) throws -> SQLStore {
    let store = try backend.makeStore()
    try sampleCompany(store)
    return store
}

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

@Suite struct HistoryStoreTests {
    let flow = SalesFlow.standard

    @Test(arguments: Backend.all) func ordersRoundTripAndFilter(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        let first = try store.addOrder(Order(customer: "C1", date: day("2026-11-01"), amountYen: 120_000, product: "洗剤",
                                             category: "消耗品", quantity: 20), author: "sato")
        #expect(first.id != nil)
        #expect(first.rep == "R01", "the customer's rep by default")
        #expect(first.createdAt != nil)
        _ = try store.addOrder(Order(customer: "C1", rep: "R02", date: day("2026-11-15"), amountYen: 5_000), author: "sato")
        _ = try store.addOrder(Order(customer: "C3", date: day("2026-12-01"), amountYen: 80_000), author: "suzuki")

        let all = try store.orders(HistoryQuery())
        #expect(all.map(\.date.description) == ["2026-12-01", "2026-11-15", "2026-11-01"], "newest first")
        #expect(all.last == first)
        #expect(try store.orders(HistoryQuery(customer: "C1")).count == 2)
        #expect(try store.orders(HistoryQuery(rep: "R02")).map(\.customer) == ["C3", "C1"])
        #expect(try store.orders(HistoryQuery(from: day("2026-11-15"), to: day("2026-11-30"))).map(\.amountYen) == [5_000])
        #expect(try store.orders(HistoryQuery(limit: 1)).map(\.customer) == ["C3"])
        func sales(_ customer: String, from: String) throws -> [String: Int] {
            try store.digest(DigestRequest(customer: customer, today: day("2026-12-31"), openStages: [], salesFrom: day(from)))
                .monthlySales
        }
        #expect(try sales("C1", from: "2026-11-01") == ["2026-11": 125_000])
        #expect(try sales("C1", from: "2026-11-02") == ["2026-11": 5_000])
        #expect(try sales("C3", from: "2026-01-01") == ["2026-12": 80_000])
        #expect(try store.orderSpan(customer: "C1", from: day("2026-01-01"))
                == OrderSpan(count: 2, totalYen: 125_000, first: day("2026-11-01"), last: day("2026-11-15")))
        #expect(try store.orderSpan(customer: "C2", from: day("2026-01-01")) == OrderSpan(count: 0, totalYen: 0, first: nil, last: nil))

        let unknown = #expect(throws: RoundsError.self) { try store.orders(HistoryQuery(customer: "C9")) }
        #expect(unknown?.code == .notFound)
        #expect(throws: RoundsError.self) { try store.orders(HistoryQuery(rep: "R9")) }
    }

    @Test(arguments: Backend.all) func dealFlowRecordsEveryMove(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        let added = try store.addDeal(Deal(customer: "C2", title: "冷蔵ケース更新", stage: "", competitor: "東和冷機"),
                                      flow: flow, author: "sato")
        let id = try #require(added.id)
        #expect(added.stage == "hearing")
        #expect(added.rep == "R01")

        // Missing field: nothing changes, no history row, no log row.
        let logged = try store.changes(code: "C2", entities: ["deal"]).count
        let missing = #expect(throws: RoundsError.self) {
            try store.moveDeal(id: id, to: flow.stage(parsing: "proposal"), flow: flow, author: "sato") { _ in }
        }
        #expect(missing?.message.en == "stage proposal requires proposal")
        #expect(try store.deal(id: id)?.stage == "hearing")
        #expect(try store.stageChanges(dealID: id).count == 1)
        #expect(try store.changes(code: "C2", entities: ["deal"]).count == logged)

        _ = try store.moveDeal(id: id, to: flow.stage(parsing: "proposal"), flow: flow, author: "sato") {
            $0.proposal = "省エネ機種"
        }
        _ = try store.moveDeal(id: id, to: flow.stage(parsing: "quote"), flow: flow, author: "tanaka") { $0.amountYen = 1_200_000 }
        let won = try store.moveDeal(id: id, to: flow.stage(parsing: "won"), flow: flow, author: "sato") { _ in }
        #expect(won.stage == "won")
        #expect(won.amountYen == 1_200_000)
        #expect(won.proposal == "省エネ機種")

        let moves = try store.stageChanges(dealID: id)
        #expect(moves.map(\.to) == ["hearing", "proposal", "quote", "won"])
        #expect(moves.map(\.from) == [nil, "hearing", "proposal", "quote"])
        #expect(moves.map(\.author) == ["sato", "sato", "tanaka", "sato"])

        let closed = #expect(throws: RoundsError.self) {
            try store.moveDeal(id: id, to: flow.stage(parsing: "lost"), flow: flow, author: "sato") { $0.lostReason = "価格" }
        }
        #expect(closed?.message.en == "deal \(id) is closed (won) and cannot move")
        #expect(try store.deal(id: id)?.lostReason == nil)
        let unknown = #expect(throws: RoundsError.self) {
            try store.moveDeal(id: 999, to: flow.stage(parsing: "quote"), flow: flow, author: "sato") { _ in }
        }
        #expect(unknown?.code == .notFound)
    }

    @Test(arguments: Backend.all) func dealListingsAndCompletion(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        let open = try store.addDeal(Deal(customer: "C1", title: "a", stage: "hearing", expectedClose: day("2026-12-20")),
                                     flow: flow, author: "t")
        let closed = try store.addDeal(Deal(customer: "C3", title: "b", stage: "lost", lostReason: "価格"), flow: flow, author: "t")
        #expect(try store.deals(HistoryQuery(), stages: nil).map(\.id) == [closed.id, open.id])
        #expect(try store.deals(HistoryQuery(), stages: flow.openCodes).map(\.id) == [open.id])
        #expect(try store.deals(HistoryQuery(to: day("2026-12-31")), stages: nil).map(\.id) == [open.id], "by expected close")
        #expect(try store.deals(HistoryQuery(rep: "R02"), stages: nil).map(\.id) == [closed.id])
        #expect(try store.dealIDs(prefix: "", stages: flow.openCodes, limit: 10) == ["\(open.id!)"])
        #expect(try store.dealIDs(prefix: "x", stages: flow.openCodes, limit: 10).isEmpty)
        #expect(throws: RoundsError.self) {
            try store.addDeal(Deal(customer: "C1", title: "c", stage: "quote"), flow: flow, author: "t")
        }
        #expect(try store.deals(HistoryQuery(customer: "C1"), stages: nil).count == 1)
    }

    @Test(arguments: Backend.all) func visitsArePlannedThenLogged(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        let rules = VisitRequirements.standard
        #expect(throws: RoundsError.self) {
            try store.addVisit(Visit(customer: "C1", status: .planned, date: day("2026-12-01")), requirements: rules, author: "sato")
        }
        #expect(try store.visits(HistoryQuery(), status: nil).isEmpty)

        let planned = try store.addVisit(Visit(customer: "C1", status: .planned, date: day("2026-12-01"), purpose: "発注量の確認",
                                               informationToObtain: "決裁者"), requirements: rules, author: "sato")
        let id = try #require(planned.id)
        #expect(planned.rep == "R01")
        #expect(try store.plannedVisitIDs(prefix: "", limit: 10) == ["\(id)"])

        // Logging without the next action fails whole: the visit stays planned.
        let missing = #expect(throws: RoundsError.self) {
            try store.logVisit(id: id, requirements: rules, author: "sato") { $0.outcomes = [.proposal] }
        }
        #expect(missing?.message.en == "logging a visit requires next-action")
        #expect(try store.visit(id: id)?.status == .planned)

        let done = try store.logVisit(id: id, requirements: rules, author: "sato") { visit in
            visit.date = try day("2026-12-02")
            visit.outcomes = [.proposal, .dealCreated]
            visit.nextAction = "見積送付"
            visit.nextActionDue = try day("2026-12-05")
            visit.report = "好感触"
        }
        #expect(done.status == .done)
        #expect(done.purpose == "発注量の確認", "the plan's fields stay")
        #expect(try store.visit(id: id) == done)
        #expect(try store.plannedVisitIDs(prefix: "", limit: 10).isEmpty)
        let again = #expect(throws: RoundsError.self) { try store.logVisit(id: id, requirements: rules, author: "sato") { _ in } }
        #expect(again?.message.en == "visit \(id) is logged as done already")

        let unplanned = try store.addVisit(Visit(customer: "C3", status: .done, date: day("2026-12-03"), purpose: "挨拶",
                                                 nextAction: "資料送付"), requirements: rules, author: "suzuki")
        #expect(try store.visits(HistoryQuery(), status: .done).map(\.id) == [unplanned.id, id])
        #expect(try store.visits(HistoryQuery(rep: "R01"), status: nil).map(\.id) == [id])
        #expect(try store.visits(HistoryQuery(from: day("2026-12-03")), status: nil).map(\.id) == [unplanned.id])
    }

    @Test(arguments: Backend.all) func notesAndContactsRoundTrip(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        let note = try store.addNote(Note(customer: "C1", kind: .competitor, date: day("2026-11-20"), text: "東和冷機が見積提出",
                                          tags: ["冷蔵", "価格"], author: "ignored"), author: "sato")
        #expect(note.author == "sato", "the writing user, whatever the value said")
        #expect(note.tags == ["冷蔵", "価格"])
        _ = try store.addNote(Note(customer: "C1", kind: .request, date: day("2026-11-25"), text: "納品時間を早めたい"),
                              author: "sato")
        #expect(try store.notes(HistoryQuery(customer: "C1"), kind: nil).map(\.kind) == [.request, .competitor])
        #expect(try store.notes(HistoryQuery(), kind: .competitor) == [note])
        #expect(throws: RoundsError.self) { try store.addNote(Note(customer: "C9", date: day("2026-11-20"), text: "x"), author: "t") }

        let contact = try store.addContact(Contact(customer: "C2", name: "田中 一郎", role: "購買課長", phone: "03-1111-2222",
                                                   email: "tanaka@example.jp"), author: "sato")
        _ = try store.addContact(Contact(customer: "C1", name: "山田 花子"), author: "sato")
        #expect(try store.contacts(HistoryQuery(customer: "C2")) == [contact])
        #expect(try store.contacts(HistoryQuery()).map(\.customer) == ["C1", "C2"])
        #expect(throws: RoundsError.self) { try store.addContact(Contact(customer: "C2", name: "x", email: "bad"), author: "t") }
    }

    @Test(arguments: Backend.all) func failedWritesLeaveNothing(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        let before = try store.info().rowCounts
        #expect(throws: RoundsError.self) {
            try store.addOrder(Order(customer: "C9", date: day("2026-11-01"), amountYen: 1), author: "t")
        }
        #expect(throws: RoundsError.self) {
            try store.addOrder(Order(customer: "C1", rep: "R9", date: day("2026-11-01"), amountYen: 1), author: "t")
        }
        #expect(throws: RoundsError.self) {
            try store.addDeal(Deal(customer: "C9", title: "x", stage: "hearing"), flow: flow, author: "t")
        }
        #expect(throws: RoundsError.self) {
            try store.addVisit(Visit(customer: "C1", rep: "R9", status: .planned, date: day("2026-12-01"), purpose: "p"),
                               requirements: .standard, author: "t")
        }
        // Both unknown: the customer is said first.
        let both = #expect(throws: RoundsError.self) {
            try store.addVisit(Visit(customer: "C9", rep: "R9", status: .planned, date: day("2026-12-01"), purpose: "p"),
                               requirements: .standard, author: "t")
        }
        #expect(both?.message.text().contains("C9") == true, "\(String(describing: both))")
        // A failure after the change closure ran (here: inside it) rolls the whole move back.
        let deal = try store.addDeal(Deal(customer: "C1", title: "x", stage: "hearing"), flow: flow, author: "t")
        let counts = try store.info().rowCounts
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try store.moveDeal(id: deal.id!, to: flow.stage(parsing: "proposal"), flow: flow, author: "t") { deal in
                deal.proposal = "p"
                throw Interrupted()
            }
        }
        #expect(try store.deal(id: deal.id!) == deal)
        #expect(try store.info().rowCounts.map(\.rows) == counts.map(\.rows))
        #expect(counts.first { $0.table == "deal" }?.rows == 1)
        #expect(before.map(\.table) == counts.map(\.table))
        #expect(try store.check().isEmpty)
    }

    /// A statement sent without waiting (a search entry, a change-log row) that fails fails its
    /// transaction with its own error, even when statements were run after it.
    @Test(arguments: Backend.all) func aSentStatementThatFailsRollsItsTransactionBack(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        let counts = try store.info().rowCounts
        let insert = "INSERT INTO change_log (at, author, entity, code, action, data) VALUES (?, 't', 'note', 'C1', 'add', '{}')"
        let error = #expect(throws: (any Error).self) {
            try store.backend.append { db in
                try db.send(insert, ["2026-11-30T00:00:00Z"])
                try db.send(insert, [nil])
                _ = try db.value(Int.self, "SELECT count(*) FROM change_log")
            }
        }
        #expect(String(describing: error).lowercased().contains("null"), "the NOT NULL failure itself: \(String(describing: error))")
        #expect(try store.info().rowCounts.map(\.rows) == counts.map(\.rows))
        try store.backend.append { db in try db.send(insert, ["2026-11-30T00:00:01Z"]) }
        #expect(try store.info().rowCounts.first { $0.table == "change_log" }?.rows
                == counts.first { $0.table == "change_log" }.map { $0.rows + 1 })
    }

    @Test(arguments: Backend.all) func changeLogKeepsBeforeAndAfter(backend: Backend) throws {
        let store = try storeWithCustomers(backend)
        _ = try store.updateCustomer(code: "C1", author: "sato") { customer in
            customer.rank = .develop
            customer.phone = "03-1234-5678"
        }
        let deal = try store.addDeal(Deal(customer: "C1", title: "空調更新", stage: "hearing"), flow: flow, author: "tanaka")
        _ = try store.moveDeal(id: deal.id!, to: flow.stage(parsing: "proposal"), flow: flow, author: "tanaka") {
            $0.proposal = "高効率機"
        }
        _ = try store.addNote(Note(customer: "C2", date: day("2026-11-20"), text: "other customer"), author: "sato")

        let changes = try store.changes(code: "C1", entities: Change.customerEntities)
        #expect(changes.map(\.action) == ["edit", "add", "move"])
        #expect(changes.map(\.author) == ["sato", "tanaka", "tanaka"])
        #expect(changes[0].entity == "customer")
        #expect(changes[0].edits.filter { $0.name != "updated_at" } == [
            FieldEdit(name: "phone", old: nil, new: "03-1234-5678"),
            FieldEdit(name: "rank", old: "focus", new: "develop"),
        ])
        #expect(changes[1].fields["title"] == "空調更新")
        #expect(changes[1].fields["id"] == "\(deal.id!)")
        #expect(changes[1].edits.isEmpty)
        #expect(changes[2].edits.filter { $0.name != "updated_at" } == [
            FieldEdit(name: "proposal", old: nil, new: "高効率機"),
            FieldEdit(name: "stage", old: "hearing", new: "proposal"),
        ])
        #expect(try store.changes(code: "C1", entities: ["note"]).isEmpty)
    }
}
