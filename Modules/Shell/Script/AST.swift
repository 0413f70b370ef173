/// One word of a command as written, before expansion: `--name="$NAME 商店"` is the parts
/// `--name=`, then (quoted) `$NAME` and ` 商店`.
///
/// Expansion turns a word into zero or more strings: an unquoted `$(…)` or `$@` can make several,
/// an unquoted expansion that comes out empty makes none, `""` makes one empty string.
struct Word: Equatable {
    enum Part: Equatable {
        /// Text as typed, quotes and escapes removed. Quoted text keeps even an empty word alive.
        case text(String, quoted: Bool)
        /// `$NAME`, `${NAME}`, `$1`, `${10}`, `$#`, `$?`, `$0`.
        case variable(String, quoted: Bool)
        /// `$@`: every script argument as a word of its own, quoted or not (like sh's `"$@"`).
        case arguments
        /// `$(…)`: the output of the commands inside, split into words unless quoted.
        case substitution([Statement], quoted: Bool)
    }

    var parts: [Part]
    /// The word as typed, to name a command in a message when its expansion fails.
    var source: String

    /// The word's text when it is plain unquoted text: how keywords (`for`, `end`) are recognised,
    /// so `"end"` stays an ordinary word.
    var keyword: String? {
        guard parts.count == 1, case let .text(text, quoted: false) = parts[0] else { return nil }
        return text
    }

    /// Plain text known before the script runs (no expansion): names `set` and `for` can check early.
    var literal: String? {
        var text = ""
        for part in parts {
            guard case let .text(piece, _) = part else { return nil }
            text += piece
        }
        return text
    }

    /// A word exactly as given, for commands already split by the OS shell (`rounds customer show C1`).
    static func verbatim(_ text: String) -> Word {
        Word(parts: [.text(text, quoted: true)], source: text)
    }
}

/// What a script is made of: simple commands, `for` loops and `if` blocks, nested freely.
enum Statement: Equatable {
    case command(Command)
    case forLoop(ForLoop)
    case ifBlock(IfBlock)
}

/// `customer show $CODE`: words, and the line it started on for error messages.
struct Command: Equatable {
    var words: [Word]
    var line: Int
}

/// `for NAME in WORDS … end`.
struct ForLoop: Equatable {
    var variable: String
    var words: [Word]
    var body: [Statement]
    var line: Int
}

/// `if [not] COMMAND … [else …] end`; `else if` chains nest an `IfBlock` as the whole `otherwise`.
struct IfBlock: Equatable {
    var condition: Command
    var negated: Bool
    var then: [Statement]
    var otherwise: [Statement]
}

/// Variable names: ASCII letters, digits and `_`, not starting with a digit. ASCII only, so
/// `"$NAME様"` reads the variable `NAME` followed by 様.
enum VariableName {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy(isNameCharacter)
    }

    static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }
}
