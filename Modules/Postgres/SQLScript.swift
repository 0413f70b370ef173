import Foundation

/// A script of `;`-separated statements cut into single ones, for the extended protocol (the
/// only one postgres-nio speaks) takes one at a time. A `;` inside '…', "…", a `--` comment or
/// a `$$` / `$tag$` body (PL/pgSQL) does not end a statement.
///
/// ```swift
/// SQLScript.statements("CREATE TABLE t (x TEXT DEFAULT ';'); CREATE FUNCTION f() … AS $$ BEGIN …; END $$;")
/// // ["CREATE TABLE t (x TEXT DEFAULT ';')", "CREATE FUNCTION f() … AS $$ BEGIN …; END $$"]
/// ```
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        let characters = Array(script)
        var statements: [String] = []
        var start = 0
        var index = 0
        func cut(at end: Int) {
            let statement = String(characters[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            if !statement.isEmpty { statements.append(statement) }
        }
        while index < characters.count {
            switch characters[index] {
            case "'", "\"":
                index = end(of: [characters[index]], in: characters, after: index + 1)
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                index = end(of: ["\n"], in: characters, after: index + 2)
            case "$":
                guard let tag = dollarTag(in: characters, at: index) else { index += 1; continue }
                index = end(of: tag, in: characters, after: index + tag.count)
            case ";":
                cut(at: index)
                index += 1
                start = index
            default:
                index += 1
            }
        }
        cut(at: characters.count)
        return statements
    }

    /// Where the text after `closing`'s next occurrence from `from` begins (the end when none).
    private static func end(of closing: [Character], in characters: [Character], after from: Int) -> Int {
        var index = from
        while index + closing.count <= characters.count {
            if characters[index..<index + closing.count].elementsEqual(closing) { return index + closing.count }
            index += 1
        }
        return characters.count
    }

    /// `$$` or `$name$` opening a dollar-quoted body at `index`; nil for a lone `$`.
    private static func dollarTag(in characters: [Character], at index: Int) -> [Character]? {
        var end = index + 1
        while end < characters.count, characters[end].isLetter || characters[end] == "_" || (end > index + 1 && characters[end].isNumber) {
            end += 1
        }
        guard end < characters.count, characters[end] == "$" else { return nil }
        return Array(characters[index...end])
    }
}
