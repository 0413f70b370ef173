import Foundation
import RoundsDomain

/// A PostgreSQL server and database as libpq's URLs name them:
/// `postgres://user[:password]@host[:port]/database[?sslmode=require]`.
///
/// The host is required; the other parts take libpq's defaults: port 5432, the user `$PGUSER`
/// or `$USER`, the database named like the user. The password is never part of `description`;
/// `password(environment:passFile:)` finds it in the URL, `PGPASSWORD` or the password file.
///
/// ```swift
/// let url = try PostgresURL("postgres://sato@db.local/acme?sslmode=require")
/// url.tls           // .require
/// url.description   // "postgres://sato@db.local:5432/acme?sslmode=require"
/// ```
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
    /// How the connection uses TLS, as libpq's `sslmode` says it.
    public enum TLS: String, Sendable, CaseIterable {
        /// Never.
        case disable
        /// When the server offers it (libpq's default; `allow` means the same here).
        case prefer
        /// Always, without checking the server's certificate.
        case require
        /// Always, checking the certificate against the system's roots and the host name
        /// (`verify-ca` checks the same here).
        case verifyFull = "verify-full"
    }

    public var user: String
    /// The password written in the URL, if any; see `password(environment:passFile:)`.
    public var urlPassword: String?
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLS
    /// `connect_timeout` in seconds; nil: the driver's default (10 s).
    public var connectTimeout: Int?
    /// Server settings for the session from libpq's `options` (`-c search_path=sales`), in order:
    /// a company whose tables live in a schema of their own names it here.
    public var settings: [Setting] = []

    public struct Setting: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(RoundsError) {
        // URLComponents decodes percent escapes and brackets IPv6 hosts; the scheme is checked by DatabaseLocation.
        guard let parts = URLComponents(string: text), parts.scheme.map({ ["postgres", "postgresql"].contains($0.lowercased()) }) == true
        else { throw Self.invalid(text, .postgresURLShape) }
        guard let host = parts.host, !host.isEmpty else { throw Self.invalid(text, .postgresURLNoHost) }
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        if let port = parts.port {
            guard (1...65_535).contains(port) else { throw Self.invalid(text, .postgresURLPort(String(port))) }
            self.port = port
        } else {
            port = 5432
        }
        user = parts.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        urlPassword = parts.password.flatMap { $0.isEmpty ? nil : $0 }
        let path = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        guard !path.contains("/") else { throw Self.invalid(text, .postgresURLDatabase(path)) }
        database = path.isEmpty ? user : path
        tls = .prefer
        for item in parts.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                let mode = item.value ?? ""
                switch mode {
                case "allow": tls = .prefer
                case "verify-ca": tls = .verifyFull
                default:
                    guard let known = TLS(rawValue: mode) else {
                        throw Self.invalid(text, .postgresURLSSLMode(mode, known: TLS.allCases.map(\.rawValue)))
                    }
                    tls = known
                }
            case "connect_timeout":
                guard let seconds = item.value.flatMap({ Int($0) }), seconds > 0 else {
                    throw Self.invalid(text, .postgresURLTimeout(item.value ?? ""))
                }
                connectTimeout = seconds
            case "application_name":
                continue
            case "options":
                guard let settings = Self.settings(item.value ?? "") else { throw Self.invalid(text, .postgresURLOptions(item.value ?? "")) }
                self.settings = settings
            default:
                throw Self.invalid(text, .postgresURLParameter(item.name))
            }
        }
    }

    /// The password to send: the URL's, else `PGPASSWORD`, else the first matching line of the
    /// password file (`PGPASSFILE`, else `~/.pgpass`); nil when none has one (the server may
    /// not ask). A password file others can read is ignored, as libpq does, and said so.
    public func password(environment: [String: String] = ProcessInfo.processInfo.environment,
                         warn: (Message) -> Void = { _ in }) -> String? {
        if let urlPassword { return urlPassword }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let path = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? NSHomeDirectory() + "/.pgpass")
        guard let file = PasswordFile(path: path, warn: warn) else { return nil }
        return file.password(host: host, port: port, database: database, user: user)
    }

    /// The URL without its password.
    public var description: String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        var parameters: [String] = []
        if tls != .prefer { parameters.append("sslmode=\(tls.rawValue)") }
        if !settings.isEmpty {
            let options = settings.map { "-c \($0.name)=\($0.value)" }.joined(separator: " ")
            parameters.append("options=" + (options.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+"))) ?? options))
        }
        return "postgres://\(Self.escaped(user))@\(shownHost):\(port)/\(Self.escaped(database))"
            + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
    }

    /// libpq's `options`: `-c name=value` (or `-cname=value`, `--name=value`), separated by spaces.
    private static func settings(_ text: String) -> [Setting]? {
        var words = text.split(separator: " ").map(String.init)[...]
        var settings: [Setting] = []
        while let word = words.popFirst() {
            let assignment: String
            if word == "-c", let next = words.popFirst() {
                assignment = next
            } else if word.hasPrefix("-c") {
                assignment = String(word.dropFirst(2))
            } else if word.hasPrefix("--") {
                assignment = String(word.dropFirst(2))
            } else {
                return nil
            }
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else { return nil }
            settings.append(Setting(name: String(assignment[..<equals]), value: String(assignment[assignment.index(after: equals)...])))
        }
        return settings
    }

    private static func escaped(_ part: String) -> String {
        part.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed.subtracting(CharacterSet(charactersIn: ":@/"))) ?? part
    }

    /// The text is shown with its password hidden: an error message must not carry it.
    private static func invalid(_ text: String, _ detail: Message) -> RoundsError {
        RoundsError(.usage, .postgresURLInvalid(redacted(text), detail))
    }

    /// `postgres://sato:secret@db` as `postgres://sato:***@db`; the last `@` before the path
    /// ends the credentials, so a password with an unescaped `@` is hidden whole.
    static func redacted(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let authority = text[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" }
        guard let at = authority.lastIndex(of: "@") else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}
