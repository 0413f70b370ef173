import Foundation
import PostgresNIO
import RoundsDomain
import RoundsStorage

/// How every connection to a server is made: the URL's settings as the driver's, then a login
/// on the shared event loop, waited for. `ServerConnection` and `PostgresBackend` (its main
/// connection, a reader's and a cancel request's) all open theirs here.
///
/// ```swift
/// let settings = try ServerLogin.configuration(url, environment: ProcessInfo.processInfo.environment)
/// let connection = try ServerLogin.connect(settings, url: url)
/// ```
enum ServerLogin {
    /// The logger given to the driver: quiet, as the shell says what went wrong itself.
    static let logger: Logger = {
        var logger = Logger(label: "rounds.postgres")
        logger.logLevel = .critical
        return logger
    }()

    /// Sent at login unless the URL sets them itself (`options=-c jit=on`). The server compiles
    /// a costly query to machine code first, which pays back only over long ones: the store's
    /// take seconds at most, and compiling cost `rank compute` 0.3 s in each of its two sessions.
    static let defaultSettings = [("jit", "off")]

    /// The driver's settings for `url`; the password is looked up now (URL, `PGPASSWORD`,
    /// password file), once, so a reconnect does not ask again.
    static func configuration(_ url: PostgresURL, environment: [String: String],
                              warn: (Message) -> Void = { _ in }) throws(RoundsError) -> PostgresConnection.Configuration {
        do {
            var settings = PostgresConnection.Configuration(
                host: url.host, port: url.port, username: url.user, password: url.password(environment: environment, warn: warn),
                database: url.database, tls: try tls(url.tls))
            if let seconds = url.connectTimeout { settings.options.connectTimeout = .seconds(Int64(seconds)) }
            settings.options.additionalStartupParameters = url.settings.filter { $0.name != "client_encoding" }.map { ($0.name, $0.value) }
            for (name, value) in Self.defaultSettings where !url.settings.contains(where: { $0.name == name }) {
                settings.options.additionalStartupParameters.append((name, value))
            }
            // Always: the driver writes and reads UTF-8, and the values written into prepared
            // statements' EXECUTEs are escaped byte by byte, which only UTF-8 keeps sound (in
            // Shift_JIS a backslash byte can be half of a character). It overrides a role's or a
            // database's setting.
            settings.options.additionalStartupParameters.append(("client_encoding", "UTF8"))
            return settings
        } catch {
            throw RoundsError(.io, .serverTLSSetup(url.description), cause: String(describing: error))
        }
    }

    /// Connects and logs in, waiting for the server.
    static func connect(_ configuration: PostgresConnection.Configuration, url: PostgresURL) throws(RoundsError) -> PostgresConnection {
        do {
            return try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                  id: 1, logger: logger).wait()
        } catch {
            throw ServerErrors.map(error, url: url)
        }
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
