import PostgresNIO
import RoundsStorage

/// The writes a session runs again and again, prepared on the server: the second time a
/// write's text comes, it is `PREPARE`d (one round trip), and from then on it runs as
/// `EXECUTE name(…)`, which spares the server parsing, analysing and (once the server settles
/// on a generic plan) planning it: two fifths of its work for a logged visit. pgJDBC does the
/// same after five runs of a statement.
///
/// postgres-nio names statements only for types known when it is compiled
/// (`PostgresPreparedStatement`), and the store's SQL is text, so they are prepared in SQL. An
/// `EXECUTE` cannot take the protocol's parameters, so its values are written into it as
/// literals: `E'…'` strings with `\\` and `''`, which read the same whatever
/// `standard_conforming_strings` and `backslash_quote` say (the session is always UTF-8, where no
/// character holds those bytes), and which the `PREPARE`'s declared types read as typed values. A prepared statement lasts as
/// long as its session, whatever becomes of the transaction that prepared it, and the server
/// plans it again when a table it reads changes.
///
/// ```swift
/// let statements = PreparedStatements()
/// let sql = "UPDATE customer SET name = $1 WHERE code = 'C1'"
/// statements.name(for: sql, values: [.text("C1")])   // nil: seen once, runs unnamed
/// statements.name(for: sql, values: [.text("C1")])   // ("rounds_1", new: true): PREPARE, then EXECUTE
/// statements.name(for: sql, values: [.text("C2")])   // ("rounds_1", new: false)
/// ```
final class PreparedStatements {
    private var names: [String: String] = [:]
    private var seen: Set<String> = []
    private var prepared = 0
    /// The server's memory per session is bounded: past this many, new statements run unnamed.
    static let limit = 256
    /// Texts seen once are forgotten past this many (a long session's one-off statements).
    static let seenLimit = 4096

    /// The prepared statement to run `sql` with `values` (its `$1…$n`) as, and whether it must
    /// be prepared first. Nil the first time, for a query (`canBePrepared`), and for a value that
    /// cannot be written as a literal (a text holding a NUL, which the server refuses anyway).
    func name(for sql: String, values: [SQLValue]) -> (name: String, new: Bool)? {
        let key = Self.key(sql, values)
        if let name = names[key] { return Self.literalsHold(values) ? (name, false) : nil }
        guard names.count < Self.limit, Self.canBePrepared(sql), Self.literalsHold(values) else { return nil }
        guard seen.remove(key) != nil else {
            if seen.count >= Self.seenLimit { seen.removeAll() }
            seen.insert(key)
            return nil
        }
        prepared += 1
        let name = "rounds_\(prepared)"
        names[key] = name
        return (name, true)
    }

    /// A `PREPARE` that failed prepared nothing: the text runs unnamed again.
    func forget(_ sql: String, values: [SQLValue]) {
        names[Self.key(sql, values)] = nil
    }

    static func prepare(_ name: String, _ sql: String, values: [SQLValue]) -> PostgresQuery {
        PostgresQuery(unsafeSQL: "PREPARE \(name)" + (values.isEmpty ? "" : "(\(types(values).joined(separator: ", ")))") + " AS \(sql)")
    }

    static func execute(_ name: String, values: [SQLValue]) -> PostgresQuery {
        PostgresQuery(unsafeSQL: "EXECUTE \(name)" + (values.isEmpty ? "" : "(\(values.map(literal).joined(separator: ", ")))"))
    }

    /// A value as a quoted literal; in an escape string only a backslash and a quote are special.
    static func literal(_ value: SQLValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let number): "'\(number)'"
        case .real(let number): "'\(number)'"
        case .text(let text): escaped(text)
        }
    }

    private static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "E"), UInt8(ascii: "'")]
        bytes.reserveCapacity(text.utf8.count + 3)
        for byte in text.utf8 {
            // A quote doubled, not `\'`, which `backslash_quote = off` refuses.
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "'") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "'"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func literalsHold(_ values: [SQLValue]) -> Bool {
        !values.contains { value in
            switch value {
            case .text(let text): text.utf8.contains(0)
            case .real(let number): !number.isFinite
            case .null, .integer: false
            }
        }
    }

    private static func types(_ values: [SQLValue]) -> [String] {
        values.map { value in
            switch value {
            case .null, .text: "text"
            case .integer: "int8"
            case .real: "float8"
            }
        }
    }

    private static func key(_ sql: String, _ values: [SQLValue]) -> String {
        types(values).joined(separator: ",") + ":" + sql
    }

    /// Writes: a row's INSERT, UPDATE or DELETE comes again and again with the same shape, and
    /// its plan does not depend on its values. A query's may: once the server settles on a
    /// generic plan for it, a report's date range would no longer choose its plan (measured:
    /// `rank compute` 2.2 s → 2.4 s), and planning is a small part of a query's time anyway.
    private static func canBePrepared(_ sql: String) -> Bool {
        let first = sql.drop { $0.isWhitespace }.prefix { !$0.isWhitespace && $0 != "(" }.lowercased()
        return ["insert", "update", "delete"].contains(first)
    }
}
