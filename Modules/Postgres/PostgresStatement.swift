import PostgresNIO
import RoundsDomain
import RoundsStorage

/// The store's SQL as PostgreSQL takes it: each `?` becomes `$1…$n` and each `?N` the N-th
/// argument (not inside '…' strings or "…" names), bound as `int8`, `float8` or `text`, so the
/// server knows every type.
///
/// A NULL is written into the text as `NULL` instead of being bound: an untyped NULL parameter
/// leaves `? IS NULL` without a type the server can find, and a typed one (`text`) breaks
/// `rep_id = ?`. A literal NULL is what SQLite's untyped NULL bind means in both places.
///
/// ```swift
/// let query = try PostgresStatement.query("SELECT id FROM rep WHERE code = ? AND (? IS NULL OR team = ?)",
///                                         ["r1", nil, nil])
/// query.sql   // "SELECT id FROM rep WHERE code = $1 AND (NULL IS NULL OR team = NULL)"
/// ```
enum PostgresStatement {
    static func query(_ sql: String, _ arguments: SQLArguments) throws(RoundsError) -> PostgresQuery {
        try bind(sql, arguments).query
    }

    /// The query and the value of each `$n`, in order (`PreparedStatements` runs it with them).
    static func bind(_ sql: String, _ arguments: SQLArguments) throws(RoundsError) -> (query: PostgresQuery, values: [SQLValue]) {
        // Bytes, not characters: every mark and quote is ASCII, which UTF-8 never uses inside a
        // longer character, and an import's statements are long (a hundred orders' marks each).
        let bytes = Array(sql.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count + 16)
        var binds = PostgresBindings(capacity: arguments.values.count)
        var values: [SQLValue] = []
        /// The `$n` each argument was bound as, so `?2` twice binds it once.
        var bound: [Int: String] = [:]
        var next = 0
        var used = Set<Int>()
        var quote: UInt8?
        var index = 0
        func mark(_ argument: Int) throws(RoundsError) -> String {
            guard argument < arguments.values.count else { throw wrongCount(sql, arguments.values.count) }
            used.insert(argument)
            if let known = bound[argument] { return known }
            let mark: String
            switch arguments.values[argument] {
            case .null: mark = "NULL"
            case .integer(let number): binds.append(number); mark = "$\(binds.count)"
            case .real(let number): binds.append(number); mark = "$\(binds.count)"
            case .text(let string): binds.append(string); mark = "$\(binds.count)"
            }
            if case .null = arguments.values[argument] {} else { values.append(arguments.values[argument]) }
            bound[argument] = mark
            return mark
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let open = quote {
                // A doubled quote ('it''s') closes and reopens: the same state either way.
                if byte == open { quote = nil }
                text.append(byte)
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
                text.append(byte)
            } else if byte == UInt8(ascii: "?") {
                var digits: [UInt8] = []
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                    digits.append(bytes[index])
                    index += 1
                }
                if let number = Int(String(decoding: digits, as: UTF8.self)), number >= 1 {
                    text += try mark(number - 1).utf8
                } else {
                    text += try mark(next).utf8
                    next += 1
                }
            } else {
                text.append(byte)
            }
        }
        guard used.count == arguments.values.count else { throw wrongCount(sql, arguments.values.count) }
        return (PostgresQuery(unsafeSQL: String(decoding: text, as: UTF8.self), binds: binds), values)
    }

    /// A programming error, said as the store's other database errors are.
    private static func wrongCount(_ sql: String, _ count: Int) -> RoundsError {
        RoundsError(.storage, Message(en: "the statement's ? marks do not match its \(count) arguments",
                                      ja: "SQL 文の ? の数が引数 \(count) 個と合いません"), cause: sql)
    }
}
