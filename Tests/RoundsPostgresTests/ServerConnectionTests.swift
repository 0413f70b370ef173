import Foundation
import RoundsDomain
@testable import RoundsPostgres
import RoundsStorage
import Testing

/// The test server's URL: `.ci/run` starts one with `Tools/postgres/test-server` and exports it.
let testServer = ProcessInfo.processInfo.environment["ROUNDS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

/// Logging in to a real PostgreSQL server, and every way it can go wrong said clearly, without
/// the password.
@Suite(.enabled(if: testServer != nil, "needs ROUNDS_TEST_POSTGRES_URL (Tools/postgres/test-server start DIR)"))
struct ServerConnectionTests {
    let url: PostgresURL
    let noPassword = ["USER": "rounds"]

    init() throws {
        url = try PostgresURL(testServer ?? "postgres://localhost")
    }

    private func failure(_ text: String, environment: [String: String]? = nil) throws -> RoundsError {
        do {
            let server = try ServerConnection(try PostgresURL(text), environment: environment ?? noPassword)
            server.close()
        } catch {
            return error
        }
        throw RoundsError(.usage, Message(verbatim: "\(text) connected"))
    }

    @Test func connectsAndAnswers() throws {
        let server = try ServerConnection(url, environment: noPassword)
        defer { server.close() }
        let rows = try server.query("SELECT $1::int + 1, current_database()", [.init(int: 41)])
        let (sum, database) = try rows[0].decode((Int, String).self)
        #expect(sum == 42 && database == url.database)
    }

    /// Whatever the URL, the role or the database say, a session speaks UTF-8.
    @Test func theSessionSpeaksUTF8() throws {
        let scratch = try ScratchDatabase()
        try scratch.admin("ALTER DATABASE \(scratch.url.database) SET client_encoding = 'SJIS'")
        var url = scratch.url
        url.settings = [.init(name: "client_encoding", value: "SJIS")]
        let backend = try PostgresBackend(url, configuration: ServerLogin.configuration(url, environment: [:]))
        let row = try backend.read { db in try db.row("SELECT current_setting('client_encoding'), ?", ["表示・ソ"])! }
        #expect(row.values == [.text("UTF8"), .text("表示・ソ")])
    }

    @Test func aWrongPasswordIsRefusedWithoutShowingIt() throws {
        let error = try failure("postgres://\(url.user):not-the-password@\(url.host):\(url.port)/\(url.database)")
        #expect(error.code == .io)
        #expect(error.message.en == "\(url.description): the server refused the login of '\(url.user)'; "
            + "check the password (URL, PGPASSWORD or ~/.pgpass)")
        #expect(!error.message.en.contains("not-the-password") && !(error.cause ?? "").contains("not-the-password"))
    }

    @Test func theWrongDatabaseTheWrongPortAndTLSTheServerLacks() throws {
        let base = "postgres://\(url.user):\(url.urlPassword ?? "")@\(url.host)"
        let missing = try failure("\(base):\(url.port)/no_such_company")
        #expect(missing.code == .notFound)
        #expect(missing.message.en.hasSuffix("no database 'no_such_company' on the server; create it (createdb no_such_company) or name another"))
        let closed = try failure("\(base):1/\(url.database)")
        #expect(closed.message.en == "postgres://\(url.user)@\(url.host):1/\(url.database): cannot reach the server; "
            + "check the host and port and that PostgreSQL is running")
        let tls = try failure("\(base):\(url.port)/\(url.database)?sslmode=require")
        #expect(tls.message.en.hasSuffix("the server does not offer TLS, which sslmode asks; use sslmode=prefer or enable ssl on the server"))
    }

    @Test func thePasswordFileIsRead() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path
        try "\(url.host):\(url.port):*:\(url.user):\(url.urlPassword ?? "")\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let server = try ServerConnection(try PostgresURL("postgres://\(url.user)@\(url.host):\(url.port)/\(url.database)"),
                                          environment: ["PGPASSFILE": file])
        defer { server.close() }
        #expect(try server.query("SELECT 1").count == 1)
    }
}
