import RoundsDomain

/// A script that cannot run: what is wrong and on which line. Nothing of the script has run.
struct SyntaxError: Error, Equatable {
    var message: Message
    var line: Int
    /// An open quote, `$(` or block: at the prompt, more lines can still complete the text.
    var needsMoreInput = false
}

/// Groups the lexer's commands into statements: `for … end` and `if … else … end` blocks, which
/// nest and may share a line through `;`.
///
/// ```swift
/// try Parser.parse("for c in C001 C002; customer show $c; end")
/// // [.forLoop(variable: "c", words: [C001, C002], body: [customer show $c])]
/// ```
struct Parser {
    private var commands: [Command]
    private var index = 0

    static func parse(_ text: String) throws(SyntaxError) -> [Statement] {
        var lexer = Lexer(text)
        return try statements(lexer.commands())
    }

    static func statements(_ commands: [Command]) throws(SyntaxError) -> [Statement] {
        var parser = Parser(commands: commands)
        return try parser.block(opener: nil).statements
    }

    private init(commands: [Command]) {
        self.commands = commands
    }

    /// Statements up to the `end` or `else` that closes `opener` (the `for`/`if` line), or to the
    /// end of the text at the top level.
    private mutating func block(opener: Command?) throws(SyntaxError) -> (statements: [Statement], closer: Command?) {
        var statements: [Statement] = []
        while index < commands.count {
            let command = commands[index]
            index += 1
            switch command.words[0].keyword {
            case "end":
                guard opener != nil else { throw SyntaxError(message: .endWithoutBlock, line: command.line) }
                if command.words.count > 1 {
                    throw SyntaxError(message: .unexpectedWord(command.words[1].source, after: "end"), line: command.line)
                }
                return (statements, command)
            case "else":
                guard opener?.words[0].keyword == "if" else { throw SyntaxError(message: .elseOutsideIf, line: command.line) }
                return (statements, command)
            case "for":
                statements.append(.forLoop(try forLoop(command)))
            case "if":
                statements.append(.ifBlock(try ifBlock(command)))
            default:
                try checkNames(command)
                statements.append(.command(command))
            }
        }
        if let opener {
            throw SyntaxError(message: .missingEnd(opener.words[0].source), line: opener.line, needsMoreInput: true)
        }
        return (statements, nil)
    }

    private mutating func forLoop(_ header: Command) throws(SyntaxError) -> ForLoop {
        let words = header.words
        guard words.count >= 3, words[2].keyword == "in", let name = words[1].literal else {
            throw SyntaxError(message: .forSyntax, line: header.line)
        }
        guard VariableName.isValid(name) else { throw SyntaxError(message: .badVariableName(name), line: header.line) }
        let body = try block(opener: header).statements
        return ForLoop(variable: name, words: Array(words.dropFirst(3)), body: body, line: header.line)
    }

    /// `if [not] COMMAND`, its branch, and an `else` branch. `else WORDS` starts the branch with
    /// a command on the same line; `else if …` chains and shares the one `end`.
    private mutating func ifBlock(_ header: Command) throws(SyntaxError) -> IfBlock {
        var words = Array(header.words.dropFirst())
        let negated = words.first?.keyword == "not"
        if negated { words.removeFirst() }
        guard !words.isEmpty else { throw SyntaxError(message: .ifWithoutCommand, line: header.line) }
        let condition = Command(words: words, line: header.line)
        try checkNames(condition)
        let (then, closer) = try block(opener: header)
        var result = IfBlock(condition: condition, negated: negated, then: then, otherwise: [])
        guard let closer, closer.words[0].keyword == "else" else { return result }
        let rest = Array(closer.words.dropFirst())
        if rest.first?.keyword == "if" {
            result.otherwise = [.ifBlock(try ifBlock(Command(words: rest, line: closer.line)))]
            return result
        }
        if !rest.isEmpty { commands.insert(Command(words: rest, line: closer.line), at: index) }
        let (otherwise, secondCloser) = try block(opener: header)
        if let secondCloser, secondCloser.words[0].keyword == "else" {
            throw SyntaxError(message: .duplicateElse, line: secondCloser.line)
        }
        result.otherwise = otherwise
        return result
    }

    /// `set 1x …` and `unset 1x` are syntax errors when the name is written out, so such a script
    /// runs nothing; names made by expansion are checked when they run.
    private func checkNames(_ command: Command) throws(SyntaxError) {
        let names: ArraySlice<Word>
        switch command.words[0].keyword {
        case "set": names = command.words.dropFirst().prefix(1)
        case "unset": names = command.words.dropFirst()
        default: return
        }
        for word in names {
            if let name = word.literal, !Settings.names.contains(name), !VariableName.isValid(name) {
                throw SyntaxError(message: .badVariableName(name), line: command.line)
            }
        }
    }
}
