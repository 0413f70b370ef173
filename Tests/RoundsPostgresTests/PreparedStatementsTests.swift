import Foundation
@testable import RoundsPostgres
import RoundsStorage
import Testing

/// When a write is prepared, and that the values written into its `EXECUTE` read back as
/// they were given, whatever they hold.
struct PreparedStatementsTests {
    @Test func aStatementIsPreparedTheSecondTimeItComes() {
        let statements = PreparedStatements()
        let sql = "UPDATE customer SET name = $1 WHERE code = 'C1'"
        #expect(statements.name(for: sql, values: [.text("C1")]) == nil)
        #expect(statements.name(for: sql, values: [.text("C2")])! == ("rounds_1", true))
        #expect(statements.name(for: sql, values: [.text("C3")])! == ("rounds_1", false))
        // Other argument types are another statement; queries, DDL and a NUL are never prepared.
        #expect(statements.name(for: sql, values: [.integer(1)]) == nil)
        for other in ["SELECT id FROM customer WHERE code = $1", "CREATE TABLE t (x int)"] {
            for _ in 0..<3 { #expect(statements.name(for: other, values: [.text("C1")]) == nil) }
        }
        #expect(statements.name(for: sql, values: [.text("a\u{0}b")]) == nil)
        // A PREPARE that failed is forgotten: the next time prepares it again, under a new name.
        statements.forget(sql, values: [.text("C1")])
        #expect(statements.name(for: sql, values: [.text("C1")]) == nil)
        #expect(statements.name(for: sql, values: [.text("C1")])! == ("rounds_2", true))
    }

    @Test func valuesAreWrittenAsEscapeStrings() {
        #expect(PreparedStatements.literal(.text(#"it's a \ back\'slash"#)) == #"E'it''s a \\ back\\''slash'"#)
        #expect(PreparedStatements.literal(.integer(-42)) == "'-42'")
        #expect(PreparedStatements.literal(.real(0.1)) == "'0.1'")
        #expect(PreparedStatements.execute("rounds_3", values: [.text("C1"), .integer(2)]).sql == "EXECUTE rounds_3(E'C1', '2')")
        #expect(PreparedStatements.prepare("rounds_3", "SELECT $1, $2", values: [.text("C1"), .integer(2)]).sql
                == "PREPARE rounds_3(text, int8) AS SELECT $1, $2")
    }

    @Test(.enabled(if: testServer != nil, "needs ROUNDS_TEST_POSTGRES_URL"))
    func valuesComeBackAsGivenFromPreparedStatements() throws {
        let scratch = try ScratchDatabase()
        // The strictest quoting the server has: a `\'` in a string is refused.
        try scratch.admin("ALTER DATABASE \(scratch.url.database) SET backslash_quote = off")
        let backend = try scratch.backend()
        let texts = ["it's", #"C:\path\'quoted'"#, "改行\nと\tタブ", "E'x'", "'; DROP TABLE rep; --", "$1", ""]
        let numbers: [(Int64, Double)] = [(0, 0), (-1, -2.5), (Int64.max, 1e-300), (Int64.min, 123456.789)]
        _ = try backend.write { db in try db.execute("CREATE TABLE echo (n BIGINT, x FLOAT8, t TEXT)") }
        // Three rounds of each: unnamed, prepared, then run by name.
        for _ in 0..<3 {
            for (text, (integer, real)) in zip(texts, numbers + numbers) {
                try backend.write { db in
                    let row = try db.row("INSERT INTO echo (n, x, t) VALUES (?, ?, ?) RETURNING n, x, t", [integer, real, text])!
                    #expect(row.values == [.integer(integer), .real(real), .text(text)])
                    try db.send("INSERT INTO echo (n, x, t) VALUES (?, ?, ?)", [integer, real, text])
                }
            }
        }
        let stored = try backend.read { db in
            try db.rows("SELECT t, count(*) FROM echo GROUP BY t ORDER BY t").map { ($0[0] as String, $0[1] as Int) }
        }
        #expect(stored.map(\.0) == texts.sorted() && stored.allSatisfy { $0.1 == 6 })
        let prepared = try backend.read { db in
            try db.values(String.self, "SELECT statement FROM pg_prepared_statements WHERE name LIKE 'rounds_%' ORDER BY name")
        }
        #expect(prepared.contains { $0.contains("INSERT INTO echo (n, x, t) VALUES ($1, $2, $3) RETURNING n, x, t") })
        #expect(try backend.read { db in try db.value(Int.self, "SELECT count(*) FROM rep") } == 0)
    }

    /// A session that lost its prepared statements (`DISCARD ALL`, a pooler) prepares them again.
    @Test(.enabled(if: testServer != nil, "needs ROUNDS_TEST_POSTGRES_URL"))
    func lostPreparedStatementsArePreparedAgain() throws {
        let scratch = try ScratchDatabase()
        let backend = try scratch.backend()
        _ = try backend.write { db in try db.execute("CREATE TABLE echo (t TEXT)") }
        let insert = { (text: String) in try backend.append { db in try db.execute("INSERT INTO echo (t) VALUES (?)", [text]) } }
        for text in ["a", "b", "c"] { _ = try insert(text) }
        _ = try backend.write { db in try db.execute("DEALLOCATE ALL") }
        for text in ["d", "e", "f"] { #expect(try insert(text) == 1) }
        #expect(try backend.read { db in try db.values(String.self, "SELECT t FROM echo ORDER BY t") } == ["a", "b", "c", "d", "e", "f"])
    }
}
