import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// Opening a store: a new file is created in WAL mode, and a command that only reads leaves the
/// files exactly as it found them (no write at open, none at close).
@Suite struct StoreOpeningTests {
    /// Bytes 18 and 19 of an SQLite file are 2 when it is in WAL mode.
    private func isWAL(_ path: String) throws -> Bool {
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20)
        return header.count == 20 && header[18] == 2 && header[19] == 2
    }

    @Test func newFileIsInWALMode() throws {
        let path = try Backend.sqlite.makeStore().location
        #expect(try isWAL(path))
    }

    @Test func readingWritesNothing() throws {
        let path: String
        do {
            let store = try Backend.sqlite.makeStore()
            try sampleCompany(store)
            path = store.location
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let store = try SQLStore(path: path)
            #expect(try store.customers(CustomerQuery()).count == 3)
            _ = try store.digest(DigestRequest(customer: "C1", today: .today(), openStages: SalesFlow.standard.openCodes))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "nothing was logged to write back later")
        do {
            let store = try SQLStore(path: path)
            _ = try store.addCustomer(Customer(code: "C5", name: "新規商店"), author: "t")
        }
        #expect(try SQLStore(path: path).customer(code: "C5")?.name == "新規商店", "writes still work after a read-only open")
        #expect(try isWAL(path))
    }
}
