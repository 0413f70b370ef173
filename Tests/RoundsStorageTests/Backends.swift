import Foundation
import RoundsPostgres
import RoundsStorage
import Testing

/// The databases the store's behaviour is checked on: SQLite always, and PostgreSQL when
/// `ROUNDS_TEST_POSTGRES_URL` names a test server (`.ci/run` starts one). Each store test takes
/// one as its argument, so one suite runs on both and a difference fails on the backend it is on.
enum Backend: String, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    static let all: [Backend] = testServer == nil ? [.sqlite] : [.sqlite, .postgres]

    var testDescription: String { rawValue }

    /// An empty, migrated store of its own: a new file, or a new schema on the test server (a
    /// schema costs the server far less than a database).
    func makeStore() throws -> SQLStore {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return try SQLStore(path: directory.appendingPathComponent("test.sqlite").path)
        case .postgres:
            let schema = try TestSchemas.shared.make()
            var url = try PostgresURL(testServer!)
            url.settings = [.init(name: "search_path", value: schema)]
            return try SQLStore(postgres: url)
        }
    }
}

private let testServer = ProcessInfo.processInfo.environment["ROUNDS_TEST_POSTGRES_URL"]

/// Schemas `rounds_t_…` on the test server, one per store; those of earlier runs are dropped
/// when the first one of this run is made.
private final class TestSchemas: Sendable {
    static let shared = TestSchemas()
    private let admin: SQLStore?

    private init() {
        admin = try? SQLStore(postgres: PostgresURL(testServer!))
        try? admin?.backend.write { db in
            for schema in try db.values(String.self, "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rounds_t_%'") {
                try db.execute("DROP SCHEMA \(schema) CASCADE")
            }
        }
    }

    func make() throws -> String {
        let schema = "rounds_t_\(UInt64.random(in: 0...UInt64.max))"
        _ = try admin?.backend.write { db in try db.execute("CREATE SCHEMA \(schema)") }
        return schema
    }
}
