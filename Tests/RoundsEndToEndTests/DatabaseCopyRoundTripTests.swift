import Foundation
import Testing

/// `db copy` from a SQLite file to a PostgreSQL server and back into a new file: the same rows,
/// and the same answers from all three databases.
@Suite(.enabled(if: testServer != nil, needsTestServer))
struct DatabaseCopyRoundTripTests {
    /// Commands whose output depends on every table the demo fills.
    static let answers = [
        ["next", "--all", "--format", "csv"],
        ["kpi", "--by", "rep", "--format", "csv"],
        ["rank", "compute", "--format", "csv"],
        ["search", "提案", "--limit", "50", "--format", "csv"],
        ["search", "値上げ 説明", "--format", "csv"], ["search", "提案 見積", "--limit", "30", "--format", "csv"],
    ]

    @Test func aDemoCompanyGoesToTheServerAndBackUnchanged() throws {
        let schema = try ServerSchema()
        let rounds = try RoundsProcess()
        let created = try rounds.run(["demo", "create", "--customers", "40", "--years", "1", "--until", "2026-11-30"])
        #expect(created.status == 0, "\(created.stderr)")
        let back = rounds.directory.appendingPathComponent("back.sqlite").path

        let there = try rounds.run(["db", "copy", "--to", schema.url, "--format", "csv"])
        #expect(there.status == 0, "\(there.stderr)")
        let again = try rounds.run(["db", "copy", "--from", schema.url, "--to", back, "--format", "csv"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(there.stdout == again.stdout, "the same rows and checksums both ways")
        #expect(there.stdout.contains("\nsales_order,"), "\(there.stdout)")
        // Readied for reading after the commit: every table vacuumed and analysed by the copy itself,
        // but the search totals, a row or a few that only a trigger writes.
        #expect(try schema.psql("""
            SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = current_schema()
            AND relname NOT IN ('schema_migrations', 'search_totals') AND (last_vacuum IS NULL OR last_analyze IS NULL)
            """) == "0")

        for command in Self.answers {
            let original = try rounds.run(command)
            #expect(original.status == 0 && !original.stdout.isEmpty, "\(command): \(original.stderr)")
            for database in [schema.url, back] {
                let copy = try rounds.run(["--db", database] + command)
                #expect(copy.status == 0, "\(command) on \(database): \(copy.stderr)")
                #expect(copy.stdout == original.stdout, "\(command) on \(database)")
            }
        }

        let refused = try rounds.run(["db", "copy", "--to", schema.url])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("has reps or customers already; copy into an empty database"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("rounds-test"), "no password shown")
    }
}
