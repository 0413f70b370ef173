/// One lexeme of a `--where` expression.
struct FilterToken {
    enum Kind: Equatable {
        /// A field name, keyword or unquoted value.
        case word
        case quoted
        case symbol(FilterSymbol)
        case end
    }

    let kind: Kind
    /// The word as typed, or a quoted string without its quotes and escapes.
    let value: String
    /// The text as typed, quotes included, for messages.
    let source: String
    /// 1-based, in characters, so it matches what the user sees in Japanese text too.
    let column: Int

    var endColumn: Int { column + source.count }

    /// Keywords match whatever the case or width (ＡＮＤ typed with the IME on).
    var keyword: String? { kind == .word ? value.halfwidth.lowercased() : nil }

    func isKeyword(_ word: String) -> Bool { keyword == word }

    /// How messages quote the token: as typed when it carries its own quotes.
    var shown: String { kind == .quoted ? source : "'\(source)'" }
}

enum FilterSymbol: String {
    case open = "(", close = ")", comma = ","
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case and = "&&", or = "||", not = "!"

    var comparison: ComparisonOperator? { ComparisonOperator(rawValue: rawValue) }

    // Spellings after `halfwidth`, so （ ） ＝ ！ ＜ ＞ typed in full width work too.
    fileprivate static let pairs: [String: FilterSymbol] = [
        "!=": .notEqual, "<>": .notEqual, "==": .equal, "<=": .lessOrEqual, ">=": .greaterOrEqual,
        "&&": .and, "||": .or,
    ]
    fileprivate static let singles: [Character: FilterSymbol] = [
        "(": .open, ")": .close, ",": .comma, "、": .comma, "=": .equal, "<": .less, ">": .greater, "!": .not,
        "≠": .notEqual, "≤": .lessOrEqual, "≦": .lessOrEqual, "≥": .greaterOrEqual, "≧": .greaterOrEqual,
    ]
}

enum FilterLexer {
    private static let closingQuotes: [Character: Character] = ["\"": "\"", "'": "'", "「": "」"]

    /// Splits an expression into tokens ending with `.end`. Inside quotes a backslash takes the
    /// next character literally; quotes inside a bare word (O'Brien) are ordinary characters.
    static func tokens(_ text: String) throws(RoundsError) -> [FilterToken] {
        let characters = Array(text)
        var tokens: [FilterToken] = []
        var index = 0
        func token(_ kind: FilterToken.Kind, _ value: String, from start: Int) -> FilterToken {
            FilterToken(kind: kind, value: value, source: String(characters[start..<index]), column: start + 1)
        }
        while index < characters.count {
            let start = index
            let character = characters[index]
            let folded = character.halfwidth
            if character.isWhitespace {
                index += 1
            } else if let close = closingQuotes[folded] {
                var value = ""
                index += 1
                while index < characters.count, characters[index].halfwidth != close {
                    if characters[index] == "\\", index + 1 < characters.count { index += 1 }
                    value.append(characters[index])
                    index += 1
                }
                guard index < characters.count else {
                    throw .filter(at: start + 1, .unterminatedString(closedBy: close))
                }
                index += 1
                tokens.append(token(.quoted, value, from: start))
            } else if index + 1 < characters.count,
                      let symbol = FilterSymbol.pairs[String([folded, characters[index + 1].halfwidth])] {
                index += 2
                tokens.append(token(.symbol(symbol), "", from: start))
            } else if let symbol = FilterSymbol.singles[folded] {
                index += 1
                tokens.append(token(.symbol(symbol), "", from: start))
            } else if folded == "&" || folded == "|" {
                throw .filter(at: start + 1, .loneSymbol(folded))
            } else {
                while index < characters.count, !endsWord(characters[index]) { index += 1 }
                tokens.append(token(.word, String(characters[start..<index]), from: start))
            }
        }
        tokens.append(FilterToken(kind: .end, value: "", source: "", column: tokens.last?.endColumn ?? 1))
        return tokens
    }

    private static func endsWord(_ character: Character) -> Bool {
        let folded = character.halfwidth
        return character.isWhitespace || FilterSymbol.singles[folded] != nil || folded == "&" || folded == "|"
    }
}

extension Character {
    /// Full-width ASCII (Ａ, １, （, ＝) as its ASCII form; Japanese IMEs produce it easily.
    var halfwidth: Character {
        guard unicodeScalars.count == 1, let scalar = unicodeScalars.first,
              (0xFF01...0xFF5E).contains(scalar.value),
              let ascii = Unicode.Scalar(scalar.value - 0xFEE0) else { return self }
        return Character(ascii)
    }
}

extension String {
    var halfwidth: String { String(map(\.halfwidth)) }
}
