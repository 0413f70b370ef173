/// Splits script text into commands of words, keeping each command's first line for messages.
///
/// ```swift
/// var lexer = Lexer("set SHOP '山田 商店'; echo \"$SHOP様\" # 確認")
/// try lexer.commands()   // [set SHOP 山田 商店] (line 1), [echo $SHOP様] (line 1)
/// ```
///
/// Words split on ASCII spaces and tabs only: a full-width space (山田　商店) is part of a word,
/// as it is part of many company names.
struct Lexer {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    /// The lines where the `$(` being read opened: inside one, an unquoted `)` closes it.
    private var substitutionLines: [Int] = []
    /// Whether the text ends in a `\` continuation: the prompt then asks for the next line.
    private(set) var continuesAtEnd = false

    init(_ text: String) {
        characters = Array(text)
    }

    /// The commands up to the end of the text, or up to the `)` closing the current `$(`.
    mutating func commands() throws(SyntaxError) -> [Command] {
        var commands: [Command] = []
        var words: [Word] = []
        var firstLine = line
        func finish() {
            if !words.isEmpty { commands.append(Command(words: words, line: firstLine)) }
            words = []
        }
        while let character = peek {
            if character == " " || character == "\t" {
                index += 1
            } else if character.isNewline || character == ";" {
                if character.isNewline { line += 1 }
                index += 1
                finish()
            } else if character == "#" {
                // Only reached between words, so `C#1` and `"#"` stay text.
                while let next = peek, !next.isNewline { index += 1 }
            } else if character == ")" && !substitutionLines.isEmpty {
                index += 1
                finish()
                return commands
            } else if character == "\\" && continuation() {
                continue
            } else {
                if words.isEmpty { firstLine = line }
                words.append(try word())
            }
        }
        if let opened = substitutionLines.last {
            throw SyntaxError(message: .unterminatedSubstitution, line: opened, needsMoreInput: true)
        }
        finish()
        return commands
    }

    private var peek: Character? {
        index < characters.count ? characters[index] : nil
    }

    /// At a `\`: skips it with the newline after it (or alone at the very end) and returns true;
    /// any other escape is left to `word()`.
    private mutating func continuation() -> Bool {
        if index + 1 == characters.count {
            index += 1
        } else if characters[index + 1].isNewline {
            index += 2
            line += 1
        } else {
            return false
        }
        continuesAtEnd = index == characters.count
        return true
    }

    private func endsWord(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == ";" || character.isNewline
            || (character == ")" && !substitutionLines.isEmpty)
    }

    private mutating func word() throws(SyntaxError) -> Word {
        let start = index
        var parts: [Word.Part] = []
        while let character = peek, !endsWord(character) {
            switch character {
            case "'":
                Self.add(.text(try singleQuoted(), quoted: true), to: &parts)
            case "\"":
                for part in try doubleQuoted() { Self.add(part, to: &parts) }
            case "$":
                Self.add(try dollar(quoted: false), to: &parts)
            case "\\" where continuation():
                continue
            case "\\":
                // An escaped character counts as quoted: `\end` is a word, not the keyword.
                Self.add(.text(String(characters[index + 1]), quoted: true), to: &parts)
                index += 2
            default:
                Self.add(.text(String(character), quoted: false), to: &parts)
                index += 1
            }
        }
        return Word(parts: parts, source: String(characters[start..<index]))
    }

    /// `'…'`: literal text; only `\'` and `\\` are escapes.
    private mutating func singleQuoted() throws(SyntaxError) -> String {
        let opened = line
        index += 1
        var text = ""
        while let character = peek {
            index += 1
            if character == "'" { return text }
            if character == "\\", let next = peek, next == "'" || next == "\\" {
                text.append(next)
                index += 1
                continue
            }
            if character.isNewline { line += 1 }
            text.append(character)
        }
        throw SyntaxError(message: .unterminatedQuote("'"), line: opened, needsMoreInput: true)
    }

    /// `"…"`: expands `$VAR`, `${VAR}`, `$(…)`; escapes `\"` `\\` `\$` `\n` `\t` and `\` + newline.
    private mutating func doubleQuoted() throws(SyntaxError) -> [Word.Part] {
        let opened = line
        index += 1
        var parts: [Word.Part] = []
        while let character = peek {
            switch character {
            case "\"":
                index += 1
                // `""` is still a word; `"$@"` with no arguments is none, as in sh.
                return parts.isEmpty ? [.text("", quoted: true)] : parts
            case "$":
                Self.add(try dollar(quoted: true), to: &parts)
            case "\\" where index + 1 < characters.count:
                let next = characters[index + 1]
                index += 2
                switch next {
                case "\"", "\\", "$": Self.add(.text(String(next), quoted: true), to: &parts)
                case "n": Self.add(.text("\n", quoted: true), to: &parts)
                case "t": Self.add(.text("\t", quoted: true), to: &parts)
                case _ where next.isNewline: line += 1
                default: Self.add(.text("\\" + String(next), quoted: true), to: &parts)
                }
            default:
                if character.isNewline { line += 1 }
                Self.add(.text(String(character), quoted: true), to: &parts)
                index += 1
            }
        }
        throw SyntaxError(message: .unterminatedQuote("\""), line: opened, needsMoreInput: true)
    }

    /// After `$`: a substitution, a variable, `$@`, or a plain `$` (`$ 5` stays text).
    private mutating func dollar(quoted: Bool) throws(SyntaxError) -> Word.Part {
        index += 1
        guard let next = peek else { return .text("$", quoted: quoted) }
        switch next {
        case "(":
            index += 1
            substitutionLines.append(line)
            let commands = try self.commands()
            substitutionLines.removeLast()
            do throws(SyntaxError) {
                return .substitution(try Parser.statements(commands), quoted: quoted)
            } catch {
                // The `)` has come: a block left open inside cannot be closed by more lines.
                var error = error
                error.needsMoreInput = false
                throw error
            }
        case "{":
            return try braced(quoted: quoted)
        case "@":
            index += 1
            return .arguments
        case "#", "?":
            index += 1
            return .variable(String(next), quoted: quoted)
        case _ where next.isASCII && next.isNumber:
            // One digit, as in sh: `$10` is `$1` then 0; `${10}` is the tenth argument.
            index += 1
            return .variable(String(next), quoted: quoted)
        case _ where VariableName.isNameCharacter(next):
            var name = ""
            while let character = peek, VariableName.isNameCharacter(character) {
                name.append(character)
                index += 1
            }
            return .variable(name, quoted: quoted)
        default:
            return .text("$", quoted: quoted)
        }
    }

    /// `${NAME}`, `${10}`, `${#}`, `${?}`, `${@}`.
    private mutating func braced(quoted: Bool) throws(SyntaxError) -> Word.Part {
        index += 1
        var name = ""
        while let character = peek, character != "}", !character.isNewline {
            name.append(character)
            index += 1
        }
        guard peek == "}" else { throw SyntaxError(message: .unterminatedBrace, line: line) }
        index += 1
        if name == "@" { return .arguments }
        let isPositional = !name.isEmpty && name.allSatisfy { $0.isASCII && $0.isNumber }
        guard VariableName.isValid(name) || isPositional || name == "#" || name == "?" else {
            throw SyntaxError(message: .badVariableName(name), line: line)
        }
        return .variable(name, quoted: quoted)
    }

    /// Appends `part`, joining it to text of the same kind before it so words stay short lists.
    private static func add(_ part: Word.Part, to parts: inout [Word.Part]) {
        if case let .text(text, quoted) = part, case let .text(previous, previousQuoted)? = parts.last,
           quoted == previousQuoted {
            parts[parts.count - 1] = .text(previous + text, quoted: quoted)
        } else {
            parts.append(part)
        }
    }
}
