import Foundation
import RoundsDomain
import RoundsStorage
import Testing

func sampleCompany(_ store: SQLStore) throws {
    let reps = [Rep(code: "R01", name: "佐藤 健"), Rep(code: "R02", name: "鈴木 花子")]
    let customers = [
        Customer(code: "C1", name: "山田商店", address: "東京都千代田区神田1-1", rep: "R01", rank: .focus, potentialYen: 5_000_000,
                 tags: ["大口", "競合あり"]),
        Customer(code: "C2", name: "丸栄食品", address: "東京都大田区蒲田3-12-5", rep: "R01", rank: .develop, potentialYen: 800_000),
        Customer(code: "C3", name: "東和電機", address: "神奈川県川崎市中原区", rep: "R02", rank: nil, potentialYen: 2_000_000),
        Customer(code: "C4", name: "三光印刷", rep: "R02", rank: .maintain, potentialYen: 100_000, status: .archived),
    ]
    try store.addCompany(reps: reps, customers: customers, author: "test", progress: { _ in })
}

@Suite struct SQLStoreTests {
    @Test(arguments: Backend.all) func addAndReadBack(backend: Backend) throws {
        let store = try backend.makeStore()
        _ = try store.addRep(Rep(code: "R01", name: "佐藤 健", start: try Coordinate(latitude: 35.68, longitude: 139.76)), author: "t")
        let windows = try TimeWindow.list(parsing: "13:00-17:00,09:00-12:00")
        let added = try store.addCustomer(
            Customer(code: "C1", name: "山田商店", location: try Coordinate(latitude: 35.7, longitude: 139.7), rep: "R01",
                     rank: .focus, potentialYen: 1_200_000, timeWindows: windows, closedDays: [.sunday, .saturday], tags: ["大口"]),
            author: "t")
        #expect(added.createdAt != nil)
        let loaded = try #require(try store.customer(code: "C1"))
        #expect(loaded.rep == "R01")
        #expect(loaded.rank == .focus)
        #expect(TimeWindow.format(loaded.timeWindows) == "09:00-12:00,13:00-17:00")
        #expect(loaded.closedDays == [.saturday, .sunday])
        #expect(loaded.tags == ["大口"])
        #expect(try store.rep(code: "R01")?.start?.latitude == 35.68)
    }

    @Test(arguments: Backend.all) func duplicateCodeAndUnknownRepWriteNothing(backend: Backend) throws {
        let store = try backend.makeStore()
        _ = try store.addCustomer(Customer(code: "C1", name: "A"), author: "t")
        #expect(throws: RoundsError.self) { try store.addCustomer(Customer(code: "C1", name: "B"), author: "t") }
        let error = #expect(throws: RoundsError.self) { try store.addCustomer(Customer(code: "C2", name: "B", rep: "R9"), author: "t") }
        #expect(error?.code == .notFound)
        #expect(error?.message.en.contains("R9") == true)
        #expect(try store.customers(CustomerQuery()).map(\.code) == ["C1"])
    }

    @Test(arguments: Backend.all) func updateIsValidatedAndAtomic(backend: Backend) throws {
        let store = try backend.makeStore()
        _ = try store.addCustomer(Customer(code: "C1", name: "A", potentialYen: 10), author: "t")
        #expect(throws: RoundsError.self) {
            try store.updateCustomer(code: "C1", author: "t") { customer in
                customer.potentialYen = 99
                customer.serviceMinutes = 0
            }
        }
        #expect(try store.customer(code: "C1")?.potentialYen == 10)
        let updated = try store.updateCustomer(code: "C1", author: "t") { $0.name = "B" }
        #expect(updated.name == "B")
        #expect(throws: RoundsError.self) { try store.updateCustomer(code: "nope", author: "t") { _ in } }
    }

    @Test(arguments: Backend.all) func bulkAddIsAllOrNothing(backend: Backend) throws {
        let store = try backend.makeStore()
        let customers = [Customer(code: "C1", name: "A", rep: "R01"), Customer(code: "C2", name: "B", rep: "R77")]
        #expect(throws: RoundsError.self) {
            try store.addCompany(reps: [Rep(code: "R01", name: "佐藤")], customers: customers, author: "t", progress: { _ in })
        }
        #expect(try store.reps().isEmpty)
        #expect(try store.customers(CustomerQuery(includeArchived: true)).isEmpty)
    }

    @Test(arguments: Backend.all) func filterSortAndLimit(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        func codes(_ expression: String, sort: String = "code", limit: Int? = nil, all: Bool = false) throws -> [String] {
            let query = CustomerQuery(filter: try FilterExpression(parsing: expression, fields: .customer),
                                      sort: try SortKey.list(parsing: sort, fields: .customer), limit: limit, includeArchived: all)
            let codes = try store.customers(query).map(\.code)
            // The database's count agrees with the rows, up to the limit.
            #expect(min(try store.countCustomers(query), limit ?? .max) == codes.count, "\(expression)")
            return codes
        }
        #expect(try codes("rank = focus") == ["C1"])
        #expect(try codes("rank != focus") == ["C2", "C3"])
        #expect(try codes("rank = null") == ["C3"])
        #expect(try codes("potential >= 100万", sort: "-potential") == ["C1", "C3"])
        #expect(try codes("rep in (R02) or address contains 千代田") == ["C1", "C3"])
        #expect(try codes("tags contains 大口") == ["C1"])
        #expect(try codes("tags contains 大") == [])
        #expect(try codes("not rank in (focus, develop)") == ["C3"])
        #expect(try codes("status = archived") == ["C4"])
        #expect(try codes("potential > 0", all: true) == ["C1", "C2", "C3", "C4"])
        #expect(try codes("potential > 0", sort: "-potential", limit: 2) == ["C1", "C3"])
        #expect(try codes("created >= 2000-01-01").count == 3)
    }

    @Test(arguments: Backend.all) func hostileValuesStayValues(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let query = CustomerQuery(filter: try FilterExpression(parsing: "name = \"x' OR 1=1 --\"", fields: .customer))
        #expect(try store.customers(query).isEmpty)
    }

    @Test(arguments: Backend.all) func infoBackupAndCheck(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        let info = try store.info()
        #expect(info.rowCounts.first { $0.table == "customer" }?.rows == 4)
        // PostgreSQL has three steps more: its sales-month trigger's condition (v13), an index (v14), search totals (v15).
        #expect(info.schemaVersion == (backend == .postgres ? "15 (v15-search-totals)" : "12 (v12-sales-month)"))
        #expect(try store.check().isEmpty)
        let backupPath = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-backup-\(UUID().uuidString).sqlite").path
        try store.backup(to: backupPath)
        let copy = try SQLStore(path: backupPath)
        #expect(try copy.customers(CustomerQuery(includeArchived: true)).count == 4)
        #expect(throws: RoundsError.self) { try store.backup(to: backupPath) }
    }

    @Test(arguments: Backend.all) func codeCompletionByPrefix(backend: Backend) throws {
        let store = try backend.makeStore()
        try sampleCompany(store)
        #expect(try store.customerCodes(prefix: "C", limit: 2) == ["C1", "C2"])
        #expect(try store.repCodes(prefix: "R02", limit: 10) == ["R02"])
        #expect(try store.repCodes(prefix: "X", limit: 10).isEmpty)
    }
}
