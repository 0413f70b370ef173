import Foundation
import Testing

/// `import orders` killed outright (SIGKILL: no handler runs, nothing is rolled back by the
/// process) leaves none of its rows, a database that passes `db check`, and room for the next import.
@Suite struct KilledImportTests {
    static let rows = 200_000

    private func company(_ rounds: RoundsProcess) throws -> String {
        let setup = try rounds.script("customer add C1 --name 山田商店\ncustomer add C2 --name 丸栄食品\n")
        #expect(setup.status == 0, "\(setup.stderr)")
        let rows = (0..<Self.rows).map { "C\($0 % 2 + 1),2026-11-\($0 % 18 + 10),\($0 + 1)00\n" }
        return try rounds.write("big.csv", "customer,date,amount_yen\n" + rows.joined())
    }

    /// After the kill: nothing of it, `db check` clean, and a small import goes in whole.
    private func expectNothingLeft(_ rounds: RoundsProcess) throws {
        #expect(try rounds.run(["order", "list", "--count"]).stdout == "0\n")
        let check = try rounds.run(["db", "check"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let small = try rounds.write("small.csv", "customer,date,amount_yen\nC1,2026-11-01,1000\nC2,2026-11-02,2000\n")
        let again = try rounds.run(["import", "orders", small])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try rounds.run(["order", "list", "--count"]).stdout == "2\n")
    }

    @Test(.enabled(if: testServer != nil, needsTestServer))
    func onPostgreSQL() throws {
        let schema = try ServerSchema()
        let rounds = try RoundsProcess(database: schema.url)
        let file = try company(rounds)
        // Another session holding a write lock on this schema's orders is the import's open transaction.
        let writing = """
            SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relnamespace = '\(schema.name)'::regnamespace AND c.relname = 'sales_order'
                AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()
            """
        let importing = try rounds.start(["import", "orders", file])
        let started = try waitUntil { try schema.psql(writing) != "0" || !importing.process.isRunning }
        #expect(started && importing.process.isRunning, "the import is writing")
        kill(importing.process.processIdentifier, SIGKILL)
        #expect(importing.wait().status != 0)
        // The server rolls back once it finds the client gone.
        #expect(try waitUntil { try schema.psql(writing) == "0" }, "the killed import's transaction ended")
        try expectNothingLeft(rounds)
    }

    @Test func onSQLite() throws {
        let rounds = try RoundsProcess()
        let file = try company(rounds)
        let importing = try rounds.start(["import", "orders", file])
        // SQLite shows no open transaction to another process; a second in is well inside 200,000 rows.
        Thread.sleep(forTimeInterval: 1)
        #expect(importing.process.isRunning, "the import is still at work")
        kill(importing.process.processIdentifier, SIGKILL)
        #expect(importing.wait().status != 0)
        try expectNothingLeft(rounds)
    }
}
