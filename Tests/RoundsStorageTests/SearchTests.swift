import RoundsDomain
import RoundsStorage
import Testing

@Suite struct SearchTests {
    func storeWithHistory(_ backend: Backend) throws -> SQLStore {
        let store = try backend.makeStore()
        _ = try store.addCustomer(Customer(code: "C1", name: "山田商店"), author: "t")
        _ = try store.addCustomer(Customer(code: "C2", name: "丸栄食品"), author: "t")
        _ = try store.addNote(Note(customer: "C1", kind: .request, date: .today(), text: "来月から値上げを検討。東京都千代田区の新店舗",
                                   tags: ["要フォロー"]), author: "t")
        _ = try store.addNote(Note(customer: "C2", kind: .competitor, date: .today(), text: "競合の東和冷機が港区で値引き攻勢", tags: []),
                              author: "t")
        _ = try store.addDeal(Deal(customer: "C2", title: "冷蔵ケース更新", stage: "", competitor: "東和冷機"), flow: .standard, author: "t")
        return store
    }

    func found(_ store: SQLStore, _ text: String, kinds: [SearchKind] = [], noteKinds: [NoteKind] = []) throws -> [String] {
        try store.search(SearchQuery(text: text, kinds: kinds, noteKinds: noteKinds)).map { "\($0.kind.rawValue)\($0.id)" }.sorted()
    }

    @Test(arguments: Backend.all) func japaneseSubstringsOfTwoCharactersOrMore(backend: Backend) throws {
        let store = try storeWithHistory(backend)
        #expect(try found(store, "千代田") == ["note1"])
        #expect(try found(store, "値上") == ["note1"])
        #expect(try found(store, "港区") == ["note2"])
        #expect(try found(store, "東和") == ["deal1", "note2"])
        #expect(try found(store, "値上げ 新店舗") == ["note1"])
        #expect(try found(store, "値上げ 港区").isEmpty)
        #expect(try found(store, "要フォロー") == ["note1"])
        #expect(try found(store, "ACME").isEmpty)
        // One character has no index entry and is found by a scan.
        #expect(try found(store, "冷") == ["deal1", "note2"])
    }

    @Test(arguments: Backend.all) func kindsNarrowTheSearch(backend: Backend) throws {
        let store = try storeWithHistory(backend)
        #expect(try found(store, "東和", kinds: [.deal]) == ["deal1"])
        #expect(try found(store, "東和", kinds: [.note], noteKinds: [.competitor]) == ["note2"])
        #expect(try found(store, "東和", kinds: [.note], noteKinds: [.request]).isEmpty)
        #expect(try found(store, "冷", kinds: [.deal]) == ["deal1"])
    }

    @Test(arguments: Backend.all) func theIndexFollowsEdits(backend: Backend) throws {
        let store = try storeWithHistory(backend)
        _ = try store.moveDeal(id: 1, to: SalesFlow.standard.stage(code: "proposal")!, flow: .standard, author: "t") { deal in
            deal.proposal = "省エネ型ケースへの入替"
        }
        #expect(try found(store, "省エネ") == ["deal1"])
        let hit = try #require(try store.search(SearchQuery(text: "省エネ")).first)
        #expect(hit.customer == "C2")
        #expect(hit.customerName == "丸栄食品")
        #expect(hit.text.contains("省エネ型ケース"))
    }

    @Test(arguments: Backend.all) func aWordInMoreThanAThousandRecordsListsTheNewestFirst(backend: Backend) throws {
        let store = try backend.makeStore()
        _ = try store.addCustomer(Customer(code: "C1", name: "山田商店"), author: "t")
        for index in 1...1001 {
            _ = try store.addNote(Note(customer: "C1", date: .today(), text: "港区 第\(index)報", tags: []), author: "t")
        }
        #expect(try store.search(SearchQuery(text: "港区", limit: 3)).map(\.id) == [1001, 1000, 999])
        #expect(try store.search(SearchQuery(text: "第1001報")).map(\.id) == [1001])
    }
    /// Best first by FTS5's BM25 on both backends: two occurrences in a short text before one,
    /// a short text before a long one, equal scores by record id (the index row id), highest first.
    @Test(arguments: Backend.all) func hitsComeBestFirst(backend: Backend) throws {
        let store = try backend.makeStore()
        _ = try store.addCustomer(Customer(code: "C1", name: "山田商店"), author: "t")
        for text in ["来月から値上げを検討。東京都千代田区の新店舗の開店準備と棚割りの見直しも", "値上げの件",
                     "値上げ交渉。値上げ幅は5%", "値上げの件", "港区"] {
            _ = try store.addNote(Note(customer: "C1", date: .today(), text: text, tags: []), author: "t")
        }
        _ = try store.addDeal(Deal(customer: "C1", title: "値上げ対応", stage: ""), flow: .standard, author: "t")
        #expect(try store.search(SearchQuery(text: "値上げ")).map { "\($0.kind.rawValue)\($0.id)" }
            == ["note3", "note4", "note2", "deal1", "note1"])
        #expect(try store.search(SearchQuery(text: "値上げ", kinds: [.note], limit: 2)).map(\.id) == [3, 4])
        #expect(try store.search(SearchQuery(text: "値上げ 千代田")).map(\.id) == [1])
        if backend == .postgres {
            // Totals gone: the search counts the index itself and ranks the same.
            _ = try store.backend.write { db in try db.execute("DELETE FROM search_totals") }
            #expect(try store.search(SearchQuery(text: "値上げ")).map(\.id) == [3, 4, 2, 1, 1])
        }
    }

    /// The same notes on every backend list the same hits in the same order, whatever the words
    /// (with a test server; `SearchRelevanceTests` holds the ranking to SQLite's without one).
    @Test func everyBackendRanksAlike() throws {
        var generator = SplitMix(seed: 11)
        let alphabet = Array("値上げ港区冷東和 、")
        let texts = (0..<300).map { _ in
            // A note needs a letter.
            String((0..<Int.random(in: 1...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) + "和"
        }
        let stores = try Backend.all.map { backend in
            let store = try backend.makeStore()
            _ = try store.addCustomer(Customer(code: "C1", name: "山田商店"), author: "t")
            for (index, text) in texts.enumerated() {
                let kind: NoteKind = index % 3 == 0 ? .competitor : .general
                _ = try store.addNote(Note(customer: "C1", kind: kind, date: .today(), text: text, tags: []), author: "t")
            }
            return store
        }
        for query in [SearchQuery(text: "値上"), SearchQuery(text: "港区 東和", limit: 50), SearchQuery(text: "冷冷"),
                      SearchQuery(text: "上げ", noteKinds: [.competitor], limit: 100)] {
            let lists = try stores.map { try $0.search(query).map(\.id) }
            #expect(lists.allSatisfy { $0 == lists[0] }, "\(query.text): \(lists)")
        }
    }
}
