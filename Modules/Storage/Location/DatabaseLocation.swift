import Foundation
import RoundsDomain

/// Where a company's data lives: an SQLite file (the embedded default) or a PostgreSQL server
/// named by a URL, as `--db` and `ROUNDS_DB` give it.
///
/// ```swift
/// try DatabaseLocation("rounds.sqlite")                         // .sqlite("rounds.sqlite")
/// try DatabaseLocation("postgres://sato@db.local:5432/acme")    // .postgres(…), database "acme"
/// ```
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(String)
    case postgres(PostgresURL)

    /// A `postgres://` or `postgresql://` URL is a server; anything else is a file path.
    public init(_ text: String) throws(RoundsError) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(try PostgresURL(text))
        } else {
            self = .sqlite(text)
        }
    }

    /// The file path, or the URL without its password: safe for messages and logs.
    public var description: String {
        switch self {
        case .sqlite(let path): path
        case .postgres(let url): url.description
        }
    }
}
