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
    private let logger: Logger

    /// Connects and logs in; the password comes from `url.password(environment:)`.
    ///
    /// - Throws: `RoundsError` naming the server (never the password) and what to do: wrong
    ///   password, no such database, server unreachable, TLS refused.
    public init(_ url: PostgresURL, environment: [String: String] = ProcessInfo.processInfo.environment,
                warn: (Message) -> Void = { _ in }) throws(RoundsError) {
        self.url = url
        var logger = Logger(label: "rounds.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let configuration: PostgresConnection.Configuration
        do {
            var settings = PostgresConnection.Configuration(
                host: url.host, port: url.port, username: url.user, password: url.password(environment: environment, warn: warn),
                database: url.database, tls: try Self.tls(url.tls))
            if let seconds = url.connectTimeout { settings.options.connectTimeout = .seconds(Int64(seconds)) }
            configuration = settings
        } catch {
            throw RoundsError(.io, .serverTLSSetup(url.description), cause: String(describing: error))
        }
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                        id: 1, logger: logger).wait()
        } catch {
            throw ServerErrors.map(error, url: url)
        }
    }

    /// Runs one statement and returns its rows; `$1`, `$2`… in `sql` take `binds` in order.
    public func query(_ sql: String, _ binds: [PostgresData] = []) throws(RoundsError) -> [PostgresRow] {
        do {
            var bindings = PostgresBindings()
            for bind in binds { bindings.append(bind) }
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait().rows
        } catch {
            throw ServerErrors.map(error, url: url)
        }
    }

    public func close() {
        try? connection.close().wait()
    }

    /// libpq's `sslmode` as the driver's TLS setting: `prefer` and `require` take any certificate,
    /// as libpq does; `verify-full` checks it against the system's roots and the host name.
    private static func tls(_ mode: PostgresURL.TLS) throws -> PostgresConnection.Configuration.TLS {
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        switch mode {
        case .disable: return .disable
        case .prefer: return .prefer(try NIOSSLContext(configuration: unchecked))
        case .require: return .require(try NIOSSLContext(configuration: unchecked))
        case .verifyFull: return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}
