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
        let characters = Array(sql)
        var text = ""
        text.reserveCapacity(sql.utf8.count + 16)
        var binds = PostgresBindings(capacity: arguments.values.count)
        /// The `$n` each argument was bound as, so `?2` twice binds it once.
        var bound: [Int: String] = [:]
        var next = 0
        var used = Set<Int>()
        var quote: Character?
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
            bound[argument] = mark
            return mark
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            if let open = quote {
                // A doubled quote ('it''s') closes and reopens: the same state either way.
                if character == open { quote = nil }
                text.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                text.append(character)
            } else if character == "?" {
                var digits = ""
                while index < characters.count, let digit = characters[index].wholeNumberValue, characters[index].isASCII {
                    digits += String(digit)
                    index += 1
                }
                if let number = Int(digits), number >= 1 {
                    text += try mark(number - 1)
                } else {
                    text += try mark(next)
                    next += 1
                }
            } else {
                text.append(character)
            }
        }
        guard used.count == arguments.values.count else { throw wrongCount(sql, arguments.values.count) }
        return PostgresQuery(unsafeSQL: text, binds: binds)
    }

    /// A programming error, said as the store's other database errors are.
    private static func wrongCount(_ sql: String, _ count: Int) -> RoundsError {
        RoundsError(.storage, Message(en: "the statement's ? marks do not match its \(count) arguments",
                                      ja: "SQL 文の ? の数が引数 \(count) 個と合いません"), cause: sql)
    }
}
