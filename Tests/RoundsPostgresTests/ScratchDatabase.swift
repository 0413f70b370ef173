import Foundation
@testable import RoundsPostgres
import RoundsStorage

/// A new database on the test server for one test (`rounds_t_…`), dropped when the test is done
/// with it: tests that create schemas and triggers never see each other's.
///
/// ```swift
/// let scratch = try ScratchDatabase()
/// let backend = try scratch.backend()     // migrated on open
/// ```
final class ScratchDatabase: Sendable {
    let url: PostgresURL
    private let admin: ServerConnection

    init() throws {
        let base = try PostgresURL(testServer ?? "postgres://localhost")
        admin = try ServerConnection(base, environment: [:])
        var url = base
        url.database = "rounds_t_\(UInt64.random(in: 0...UInt64.max))"
        _ = try admin.query("CREATE DATABASE \(url.database)")
        self.url = url
    }

    func backend(migrate: Bool = true) throws -> PostgresBackend {
        try PostgresBackend(url, configuration: ServerLogin.configuration(url, environment: [:]), migrate: migrate)
    }

    /// Runs `sql` outside the tests' backends, as another session would.
    @discardableResult
    func admin(_ sql: String) throws -> Int {
        try admin.query(sql).count
    }

    deinit {
        _ = try? admin.query("DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)")
        admin.close()
    }
}
