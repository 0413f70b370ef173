import Foundation
@testable import RoundsPostgres
import RoundsDomain
import RoundsStorage
import Testing

/// The store's backend on a real server, each test in a database of its own: the schema and
/// its migrations, values both ways, transactions (retry, rollback, commit) and errors.
@Suite(.enabled(if: testServer != nil, "needs ROUNDS_TEST_POSTGRES_URL (Tools/postgres/test-server start DIR)"))
struct PostgresBackendTests {
    let scratch: ScratchDatabase

    init() throws {
        scratch = try ScratchDatabase()
    }

    @Test func migrationsCreateAllFifteenAndDescribeSaysSo() throws {
        let backend = try scratch.backend()
        let description = try backend.describe()
        #expect(description.backend.hasPrefix("PostgreSQL "))
        #expect(description.schemaVersion == "15 (v15-search-totals)")
        #expect((description.bytes ?? 0) > 0)
        #expect(try backend.check() == [])
        // Opened again, nothing is left to apply.
        #expect(try scratch.backend().describe().schemaVersion == "15 (v15-search-totals)")
    }

    @Test func theStoreOpensOnTheServerAndShowsNoPassword() throws {
        let store = try SQLStore(postgres: scratch.url, environment: [:])
        #expect(store.location == scratch.url.description && !store.location.contains(scratch.url.urlPassword ?? "?"))
        #expect(store.backend.dialect == .postgres)
    }

    @Test func twoShellsOpeningANewDatabaseAtOnceBothSucceed() throws {
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            do { _ = try scratch.backend() } catch { failures.add(error) }
        }
        #expect(failures.all.isEmpty)
        let counts = try scratch.backend(migrate: false).read { db in
            try db.values(Int.self, "SELECT count(*) FROM schema_migrations GROUP BY identifier")
        }
        #expect(counts == Array(repeating: 1, count: 15))
    }

    @Test func marksInsideLiteralsStayAndNullsNeedNoType() throws {
        let backend = try scratch.backend()
        let row = try backend.read { db in
            try db.row("SELECT ? || '?', 'it''s ?', ? IS NULL, CAST(? AS BIGINT) IS NULL", ["a", nil, nil])!
        }
        #expect(row.values == [.text("a?"), .text("it's ?"), .integer(1), .integer(1)])
        let count: Int? = try backend.read { db in try db.value(Int.self, "SELECT count(*) FROM customer WHERE rep_id = ? OR ? IS NULL", [nil, nil]) }
        #expect(count == 0)
    }

    @Test func valuesAreDecodedByTheirType() throws {
        let backend = try scratch.backend()
        let row = try backend.read { db in
            try db.row("""
                SELECT sum(x), 2 > 1, DATE '2026-11-30', 1.5::float8, 7::int2, NULL, 'text', TIMESTAMP '2026-11-30 09:05:01'
                FROM (VALUES (9000000000000000000::bigint), (7::bigint)) AS v(x)
                """)!
        }
        #expect(Int64.from(row.values[0]) == 9_000_000_000_000_000_007)
        #expect(row.values[1...] == [.integer(1), .text("2026-11-30"), .real(1.5), .integer(7), .null, .text("text"),
                                     .text("2026-11-30 09:05:01")])
        #expect(row.columns.names[1] == "?column?")
    }

    @Test func aConflictingWriteRunsAgainAndBothLand() throws {
        let first = try scratch.backend()
        let second = try scratch.backend(migrate: false)
        _ = try first.write { db in try db.execute("CREATE TABLE tally (n BIGINT NOT NULL)") }
        var runs = 0
        try first.write { db in
            runs += 1
            let seen: Int = try db.value(Int.self, "SELECT count(*) FROM tally") ?? 0
            // Only on the first run: the other writer reads the same rows and commits first.
            if runs == 1 {
                try second.write { other in
                    let count: Int = try other.value(Int.self, "SELECT count(*) FROM tally") ?? 0
                    try other.execute("INSERT INTO tally VALUES (?)", [count])
                }
            }
            try db.execute("INSERT INTO tally VALUES (?)", [seen])
        }
        #expect(runs == 2)
        #expect(try first.read { db in try db.values(Int.self, "SELECT n FROM tally ORDER BY n") } == [0, 1])
    }

    @Test func aThrowingBodyAndARefusedBulkWriteLeaveNothing() throws {
        let backend = try scratch.backend()
        #expect(throws: RoundsError.self) {
            try backend.write { db in
                try insertRep("R1", in: db)
                throw RoundsError(.invalidValue, Message(verbatim: "no"))
            }
        }
        try backend.bulkWrite { db in
            try insertRep("R2", in: db)
            return ((), false)
        }
        #expect(try backend.read { db in try db.value(Int.self, "SELECT count(*) FROM rep") } == 0)
        let changed = try backend.bulkWrite { db in (try insertRep("R3", in: db), true) }
        #expect(changed == 1)
    }

    @Test func aTakenCodeIsADuplicate() throws {
        let backend = try scratch.backend()
        _ = try backend.write { db in try insertRep("R1", in: db) }
        let error = try #require(throws: RoundsError.self) { try backend.write { db in try insertRep("R1", in: db) } }
        #expect(error.code == .duplicate)
        #expect(error.message.en == "duplicate code: the value is taken already")
        // The connection goes on after the failed transaction.
        #expect(try backend.read { db in try db.value(Int.self, "SELECT count(*) FROM rep") } == 1)
    }

    @Test func manyRowsStreamAndTheBodyMayQueryBetweenThem() throws {
        let backend = try scratch.backend()
        var (count, sum, lookups) = (0, 0, 0)
        try backend.read { db in
            try db.forEachRow("SELECT g FROM generate_series(1, ?) AS g", [200_000]) { row in
                count += 1
                sum += row[0] as Int
                if count % 50_000 == 0 { lookups += try db.value(Int.self, "SELECT 1") ?? 0 }
            }
        }
        #expect(count == 200_000 && sum == 200_000 * 200_001 / 2 && lookups == 4)
    }

    @Test func salesMonthsFollowTheOrders() throws {
        let backend = try scratch.backend()
        let months = """
            SELECT customer_id, month, amount_yen, orders, first_date, last_date FROM sales_month ORDER BY 1, 2
            """
        let grouped = """
            SELECT customer_id, substr(date, 1, 7) AS month, CAST(sum(amount_yen) AS BIGINT), count(*), min(date), max(date)
            FROM sales_order GROUP BY 1, 2 ORDER BY 1, 2
            """
        func same() throws -> Bool {
            try backend.read { db in try db.rows(months).map(\.values) == db.rows(grouped).map(\.values) }
        }
        try backend.write { db in
            try insertRep("R1", in: db)
            for code in ["C1", "C2"] {
                try db.execute("INSERT INTO customer (code, name, created_at, updated_at) VALUES (?, ?, '', '')", [code, code])
            }
            for (customer, date, amount) in [(1, "2026-10-03", 100), (1, "2026-10-20", 50), (1, "2026-11-01", 70), (2, "2026-10-09", 5)] {
                try db.execute("INSERT INTO sales_order (customer_id, date, amount_yen, created_at) VALUES (?, ?, ?, '')",
                               [customer, date, amount])
            }
        }
        #expect(try same())
        #expect(try backend.read { db in try db.rows(months).count } == 3)
        try backend.write { db in
            try db.execute("UPDATE sales_order SET amount_yen = 60 WHERE date = '2026-10-20'")
            try db.execute("UPDATE sales_order SET date = '2026-12-24' WHERE date = '2026-10-03'")
            try db.execute("UPDATE sales_order SET customer_id = 2 WHERE date = '2026-11-01'")
        }
        #expect(try same())
        _ = try backend.write { db in try db.execute("DELETE FROM sales_order WHERE customer_id = 2") }
        #expect(try same())
        // An import's way: it holds its months itself for its transaction, so the trigger passes over them.
        try backend.bulkWrite { db in
            try db.execute("SELECT set_config('rounds.sales_months_held', 'on', true)")
            try db.execute("INSERT INTO sales_order (id, customer_id, date, amount_yen, created_at) VALUES (100, 1, '2027-01-01', 1, '')")
            try db.execute(db.dialect.resyncIDs(table: "sales_order")!)
            return ((), true)
        }
        #expect(try !same())
        try backend.write { db in
            let id: Int64? = try db.value(Int64.self, "INSERT INTO sales_order (customer_id, date, amount_yen, created_at) VALUES (1, '2027-02-01', 1, '') RETURNING id")
            #expect(id == 101)
        }
        #expect(try backend.read { db in try db.value(Int.self, "SELECT orders FROM sales_month WHERE month = '2027-02'") } == 1)
        #expect(try backend.check() == [])
    }

    @Test func aPlannedVisitMovedIsPlannedForItsNewDay() throws {
        let backend = try scratch.backend()
        let plannedFor = "SELECT planned_for FROM visit WHERE id = 1"
        _ = try backend.write { db in
            try db.execute("INSERT INTO customer (code, name, created_at, updated_at) VALUES ('C1', 'C1', '', '')")
            try db.execute("""
                INSERT INTO visit (id, customer_id, status, date, planned_for, created_at, updated_at)
                VALUES (1, 1, 'planned', '2026-12-01', '2026-12-01', '', '')
                """)
            try db.execute("UPDATE visit SET date = '2026-12-03' WHERE id = 1")
        }
        #expect(try backend.read { db in try db.value(String.self, plannedFor) } == "2026-12-03")
        // Done on another day: it stays planned for the day it was planned for.
        _ = try backend.write { db in try db.execute("UPDATE visit SET status = 'done', date = '2026-12-04' WHERE id = 1") }
        #expect(try backend.read { db in try db.value(String.self, plannedFor) } == "2026-12-03")
    }

    @Test func theSearchIndexSplitsItsGrams() throws {
        let backend = try scratch.backend()
        _ = try backend.write { db in try db.execute("INSERT INTO search_index (rowid, grams) VALUES (?, ?)", [5, "値上 上げ げ交"]) }
        let found = try backend.read { db in
            try db.values(Int.self, "SELECT rowid FROM search_index WHERE gram_set @> ARRAY[?, ?]", ["上げ", "値上"])
        }
        #expect(found == [5])
        #expect(try backend.read { db in try db.value(Int.self, "SELECT cardinality(gram_set) FROM search_index") } == 3)
    }

    /// The rows and grams search ranks by follow every insert and delete, in one statement or many.
    @Test func theSearchTotalsFollowTheIndex() throws {
        let backend = try scratch.backend()
        func totals() throws -> [Int] {
            try backend.read { db in
                let row = try db.row("SELECT coalesce(sum(documents), 0), coalesce(sum(grams), 0) FROM search_totals")!
                return [row[0], row[1]]
            }
        }
        let before = try totals()
        _ = try backend.write { db in
            try db.execute("INSERT INTO search_index (rowid, grams) VALUES (?, ?), (?, ?), (?, ?)", [9, "値上 上げ", 13, "港区", 17, ""])
        }
        #expect(try totals() == [before[0] + 3, before[1] + 3])
        _ = try backend.write { db in try db.execute("DELETE FROM search_index WHERE rowid IN (9, 17, 21)") }
        #expect(try totals() == [before[0] + 1, before[1] + 1])
        _ = try backend.write { db in try db.execute("DELETE FROM search_index WHERE rowid = 21") }
        #expect(try totals() == [before[0] + 1, before[1] + 1])
        #expect(try backend.check() == [])
        _ = try backend.write { db in try db.execute("UPDATE search_totals SET grams = grams + 1") }
        #expect(try backend.check().contains { $0.contains("search_totals differ") })
    }

    /// A database indexed before the totals existed has them counted by the step that adds them.
    @Test func theTotalsStepCountsTheIndexAlreadyThere() throws {
        _ = try scratch.backend().write { db in
            try db.executeScript("""
                DROP TABLE search_totals; DROP FUNCTION search_totals_add() CASCADE;
                DELETE FROM schema_migrations WHERE identifier = 'v15-search-totals';
                INSERT INTO search_index (rowid, grams) VALUES (9, '値上 上げ'), (13, '港区');
                """)
        }
        let migrated = try scratch.backend()
        #expect(try migrated.describe().schemaVersion == "15 (v15-search-totals)")
        #expect(try migrated.read { db in try db.value(Int.self, "SELECT sum(documents) FROM search_totals") } == 2)
        #expect(try migrated.read { db in try db.value(Int.self, "SELECT sum(grams) FROM search_totals") } == 3)
        _ = try migrated.write { db in try db.execute("DELETE FROM search_index WHERE rowid = 9") }
        #expect(try migrated.check() == [])
    }

    @Test func aLostConnectionIsOpenedAgainForTheNextCommand() throws {
        let backend = try scratch.backend()
        let process: Int = try backend.read { db in try db.value(Int.self, "SELECT pg_backend_pid()") }!
        try scratch.admin("SELECT pg_terminate_backend(\(process), 10000)")
        #expect(try backend.read { db in try db.value(Int.self, "SELECT 1") } == 1)
        // Lost inside a transaction: said so, not retried; the next command connects again.
        let error = try #require(throws: RoundsError.self) {
            try backend.read { db in
                let process: Int = try db.value(Int.self, "SELECT pg_backend_pid()")!
                try scratch.admin("SELECT pg_terminate_backend(\(process), 10000)")
                try db.execute("SELECT 1")
            }
        }
        #expect(error.code == .storage && error.message.en.hasSuffix("the connection to the server was lost; nothing of the interrupted command was saved, run it again"))
        #expect(try backend.read { db in try db.value(Int.self, "SELECT 1") } == 1)
    }

    @Test func interruptCancelsTheRunningStatement() throws {
        let backend = try scratch.backend()
        let failures = Failures()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            do { _ = try backend.read { db in try db.execute("SELECT pg_sleep(60)") } } catch { failures.add(error) }
            done.signal()
        }
        // Until it lands: a cancel sent before the statement starts finds nothing to cancel.
        while done.wait(timeout: .now() + 0.3) == .timedOut { backend.interrupt() }
        #expect((failures.all.first as? RoundsError)?.code == .cancelled)
    }

    @discardableResult
    private func insertRep(_ code: String, in db: any SQLDatabase) throws -> Int {
        try db.execute("INSERT INTO rep (code, name, created_at, updated_at) VALUES (?, ?, '', '')", [code, code])
    }
}

/// Errors caught on other threads, for the test's thread to look at.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []

    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
    var all: [any Error] { lock.withLock { errors } }
}
