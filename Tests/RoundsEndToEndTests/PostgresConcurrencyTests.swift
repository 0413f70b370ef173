import Foundation
import Testing

/// Several `rounds` processes on one PostgreSQL schema at once, as a sales team's shells are:
/// every write lands once, and an import is seen whole or not at all.
@Suite(.enabled(if: testServer != nil, needsTestServer))
struct PostgresConcurrencyTests {
    static let writers = 6
    static let visitsEach = 10
    static let importedRows = 3000

    /// Customers W1…W6 for the writers, IMP for the import, and sales to rank: one in October,
    /// so `rank compute --as-of 2026-10-31` has orders to rank before any writer's arrive.
    private func company(_ rounds: RoundsProcess) throws {
        var setup = (1...Self.writers).map { "customer add W\($0) --name 得意先\($0)\n" }.joined()
        setup += """
            customer add IMP --name 取込商店
            customer add R1 --name 山田商店 --rank maintain
            customer add R2 --name 丸栄食品 --rank focus
            order add R1 --amount 600万 --date 2026-09-10
            order add R2 --amount 10万 --date 2026-10-20
            """
        let result = try rounds.script(setup)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func writersARankAndAnImportAtOnceLoseNothing() throws {
        let schema = try ServerSchema()
        let rounds = try RoundsProcess(database: schema.url)
        try company(rounds)
        let rows = (0..<Self.importedRows).map { "IMP,2026-10-\($0 % 18 + 10),\($0 + 1)00\n" }
        let file = try rounds.write("imp.csv", "customer,date,amount_yen\n" + rows.joined())
        // Each command of a script is its own transaction, so the writers' commands interleave.
        let writers = try (1...Self.writers).map { writer in
            let lines = (10..<10 + Self.visitsEach).map { day in
                "visit log --customer W\(writer) --date 2026-10-\(day) --purpose 定期訪問 --next-action 見積\n"
                    + "order add W\(writer) --amount 1万 --date 2026-10-\(day)\n"
            }
            return try rounds.start(["-f", rounds.write("writer\(writer).rounds", lines.joined())])
        }
        let ranking = try rounds.start(["-c", "rank compute --as-of 2026-10-31", "-c", "rank apply --as-of 2026-10-31"])
        let importing = try rounds.start(["import", "orders", file])
        // A reader in the meantime: each count is one snapshot, before the import or after it.
        var seen: Set<String> = []
        while importing.process.isRunning {
            let count = try rounds.run(["order", "list", "--customer", "IMP", "--count"])
            #expect(count.status == 0, "\(count.stderr)")
            seen.insert(count.stdout)
        }
        #expect(seen.isSubset(of: ["0\n", "\(Self.importedRows)\n"]), "a reader saw part of the import: \(seen)")

        for process in writers + [ranking, importing] {
            let result = process.wait()
            #expect(result.status == 0, "\(process.process.arguments ?? []): \(result.stderr)")
        }
        for writer in 1...Self.writers {
            #expect(try rounds.run(["order", "list", "--customer", "W\(writer)", "--count"]).stdout == "\(Self.visitsEach)\n")
            #expect(try rounds.run(["visit", "list", "--customer", "W\(writer)", "--count"]).stdout == "\(Self.visitsEach)\n")
        }
        #expect(try rounds.run(["order", "list", "--customer", "IMP", "--count"]).stdout == "\(Self.importedRows)\n")
        #expect(try rounds.run(["order", "list", "--count"]).stdout == "\(Self.writers * Self.visitsEach + Self.importedRows + 2)\n")
        #expect(try rounds.run(["visit", "list", "--count"]).stdout == "\(Self.writers * Self.visitsEach)\n")
        #expect(try schema.psql("SELECT count(*) FROM rank_history") != "0", "rank apply saved its month")
        #expect(try rounds.run(["db", "check"]).status == 0)
    }
}
