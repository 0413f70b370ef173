import Foundation
import PostgresNIO
import RoundsDomain
import RoundsStorage

/// One connection to a company's PostgreSQL server for the shell's commands, which run one at a
/// time and synchronously: each call waits for the server's answer on a shared event loop.
///
/// ```swift
/// let server = try ServerConnection(try PostgresURL("postgres://sato@db.local/acme"))
/// let rows = try server.query("SELECT count(*) FROM customer")
/// server.close()
/// ```
public final class ServerConnection: Sendable {
    public let url: PostgresURL
    private let connection: PostgresConnection

    /// Connects and logs in; the password comes from `url.password(environment:)`.
    ///
    /// - Throws: `RoundsError` naming the server (never the password) and what to do: wrong
    ///   password, no such database, server unreachable, TLS refused.
    public init(_ url: PostgresURL, environment: [String: String] = ProcessInfo.processInfo.environment,
                warn: (Message) -> Void = { _ in }) throws(RoundsError) {
        self.url = url
        connection = try ServerLogin.connect(try ServerLogin.configuration(url, environment: environment, warn: warn), url: url)
    }

    /// Runs one statement and returns its rows; `$1`, `$2`… in `sql` take `binds` in order.
    public func query(_ sql: String, _ binds: [PostgresData] = []) throws(RoundsError) -> [PostgresRow] {
        do {
            var bindings = PostgresBindings()
            for bind in binds { bindings.append(bind) }
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: ServerLogin.logger).wait().rows
        } catch {
            throw ServerErrors.map(error, url: url)
        }
    }

    public func close() {
        try? connection.close().wait()
    }
}
