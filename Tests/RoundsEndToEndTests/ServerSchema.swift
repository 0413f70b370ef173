import Foundation
import Testing

/// The test server's URL: `.ci/run` starts one with `Tools/postgres/test-server` and exports it.
let testServer = ProcessInfo.processInfo.environment["ROUNDS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

/// Why the PostgreSQL end-to-end suites are skipped without a server.
let needsTestServer: Comment = "needs ROUNDS_TEST_POSTGRES_URL (Tools/postgres/test-server start DIR)"

/// A new, empty schema on a server for one test, dropped when the test is done with it, and the
/// `--db` URL that puts `rounds` in it (libpq's `options` setting the search path).
///
/// ```swift
/// let schema = try ServerSchema()
/// let rounds = try RoundsProcess(database: schema.url)
/// try schema.psql("SELECT count(*) FROM sales_order")   // "0"
/// ```
final class ServerSchema: Sendable {
    let server: String
    let name = "e2e_\(UInt64.random(in: 0...UInt64.max))"

    init(server: String? = testServer) throws {
        self.server = try #require(server)
        try psql("CREATE SCHEMA \(name)")
    }

    var url: String { "\(server)?options=-c%20search_path%3D\(name)" }

    /// Runs SQL as another session would, in this schema, and returns psql's unaligned output.
    @discardableResult
    func psql(_ sql: String) throws -> String {
        try Self.psql(server, "SET search_path TO \(name); \(sql)")
    }

    /// `psql -qtA` on `server` (a URL with its password); an error fails the test.
    @discardableResult
    static func psql(_ server: String, _ sql: String) throws -> String {
        let psql = try ToolRun("/usr/bin/env", ["psql", server, "-v", "ON_ERROR_STOP=1", "-qtAc", sql])
        try #require(psql.status == 0, "psql \(sql): \(psql.stderr)")
        return psql.stdout.trimmingCharacters(in: .newlines)
    }

    deinit {
        _ = try? Self.psql(server, "DROP SCHEMA IF EXISTS \(name) CASCADE")
    }
}
