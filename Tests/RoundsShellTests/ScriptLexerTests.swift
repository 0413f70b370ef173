import RoundsDomain
import Testing
@testable import RoundsShell

private func commands(_ text: String) throws(SyntaxError) -> [Command] {
    var lexer = Lexer(text)
    return try lexer.commands()
}

/// Each command's words as plain text (nil for a word that needs expansion).
private func literals(_ text: String) throws -> [[String?]] {
    try commands(text).map { $0.words.map(\.literal) }
}

private func syntaxError(_ text: String) -> SyntaxError? {
    do {
        _ = try Parser.parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct ScriptLexerTests {
    @Test func splitsOnBlanksSemicolonsAndNewlines() throws {
        let result = try commands("echo a  b; ok\n\n \t args c\t d ;;\n")
        #expect(result.map { $0.words.map(\.literal) } == [["echo", "a", "b"], ["ok"], ["args", "c", "d"]])
        #expect(result.map(\.line) == [1, 1, 3])
    }

    @Test func commentsStartOnlyAtAWordStart() throws {
        #expect(try literals("echo C#1 '#x' \"#y\" a#b # the rest\n  # a whole line\necho z;# after a semicolon")
            == [["echo", "C#1", "#x", "#y", "a#b"], ["echo", "z"]])
    }

    @Test func backslashNewlineContinuesTheLineAndKeepsItsFirstLineNumber() throws {
        let result = try commands("echo a \\\n   b\\\nc\necho d")
        #expect(result.map { $0.words.map(\.literal) } == [["echo", "a", "bc"], ["echo", "d"]])
        #expect(result.map(\.line) == [1, 4])
    }

    @Test func quotesJoinAdjacentTextIntoOneWord() throws {
        let word = try commands("customer add --name=\"山田 商店\"")[0].words[2]
        #expect(word.parts == [.text("--name=", quoted: false), .text("山田 商店", quoted: true)])
        #expect(word.source == "--name=\"山田 商店\"")
        #expect(try literals("echo 'a b'c\"d e\" ''x") == [["echo", "a bcd e", "x"]])
    }

    @Test func singleQuotesAreLiteralExceptQuoteAndBackslash() throws {
        #expect(try literals(#"echo 'it\'s' 'a\\b' 'c\d' '$HOME' '#'"#) == [["echo", "it's", #"a\b"#, #"c\d"#, "$HOME", "#"]])
    }

    @Test func doubleQuotesTakeTheirEscapes() throws {
        #expect(try literals(#"echo "a\"b" "\$x" "t\tn\n" "\q" "back\\slash""#)
            == [["echo", "a\"b", "$x", "t\tn\n", #"\q"#, #"back\slash"#]])
    }

    @Test func outsideQuotesABackslashTakesTheNextCharacter() throws {
        #expect(try literals(##"echo a\ b \$HOME \# \'"##) == [["echo", "a b", "$HOME", "#", "'"]])
    }

    @Test func emptyQuotesAreWordsAndEscapedKeywordsAreNot() throws {
        let words = try commands(#"args "" '' \end"#)[0].words
        #expect(words.map(\.literal) == ["args", "", "", "end"])
        #expect(words[3].keyword == nil)
    }

    @Test func aFullWidthSpaceStaysInsideAWord() throws {
        #expect(try literals("echo 山田　商店 東京都") == [["echo", "山田　商店", "東京都"]])
    }

    @Test func dollarForms() throws {
        let words = try commands(#"x $A ${B}x $12 ${10} $# $? $@ "$C" $ ${@} $NAME様"#)[0].words.dropFirst()
        #expect(words.map(\.parts) == [
            [.variable("A", quoted: false)],
            [.variable("B", quoted: false), .text("x", quoted: false)],
            [.variable("1", quoted: false), .text("2", quoted: false)],
            [.variable("10", quoted: false)],
            [.variable("#", quoted: false)],
            [.variable("?", quoted: false)],
            [.arguments],
            [.variable("C", quoted: true)],
            [.text("$", quoted: false)],
            [.arguments],
            [.variable("NAME", quoted: false), .text("様", quoted: false)],
        ])
    }

    @Test func substitutionsNestAndCloseWhereTheyEnd() throws {
        let word = try commands(#"echo "a $(echo "x)" $(echo b)) c""#)[0].words[1]
        guard case let .substitution(outer, quoted: true) = word.parts[1] else {
            Issue.record("expected a quoted substitution, got \(word.parts)")
            return
        }
        guard case let .command(inner) = outer[0] else {
            Issue.record("expected a command, got \(outer)")
            return
        }
        #expect(inner.words[1].literal == "x)")
        #expect(inner.words[2].parts.count == 1)
        #expect(word.parts.last == .text(" c", quoted: true))
    }

    @Test func unterminatedTextIsAnErrorAtItsFirstLine() {
        #expect(syntaxError("echo ok\necho 'abc\n\ndef")
            == SyntaxError(message: .unterminatedQuote("'"), line: 2, needsMoreInput: true))
        #expect(syntaxError("echo \"abc")?.message == .unterminatedQuote("\""))
        #expect(syntaxError("echo\necho $(echo a\n") == SyntaxError(message: .unterminatedSubstitution, line: 2, needsMoreInput: true))
        #expect(syntaxError("echo ${A") == SyntaxError(message: .unterminatedBrace, line: 1))
        #expect(syntaxError("echo ${1x}") == SyntaxError(message: .badVariableName("1x"), line: 1))
    }

    @Test func continuationAtTheEndIsRecorded() throws {
        for text in ["echo a \\", "echo a\\", "echo a \\\n"] {
            var lexer = Lexer(text)
            _ = try lexer.commands()
            #expect(lexer.continuesAtEnd, "\(text)")
        }
        var lexer = Lexer("echo a \\\nb")
        _ = try lexer.commands()
        #expect(!lexer.continuesAtEnd)
    }
}

@Suite struct ScriptParserTests {
    private func word(_ text: String) -> Word {
        Word(parts: [.text(text, quoted: false)], source: text)
    }

    private func command(_ line: Int, _ words: String...) -> Command {
        Command(words: words.map(word), line: line)
    }

    @Test func forLoopOnOneLine() throws {
        let statements = try Parser.parse("for c in a b; echo c; end")
        #expect(statements == [.forLoop(ForLoop(variable: "c", words: [word("a"), word("b")],
                                                body: [.command(command(1, "echo", "c"))], line: 1))])
    }

    @Test func ifElseBlocksNestAcrossLines() throws {
        let statements = try Parser.parse("""
            if ok
              for x in 1
                echo x
              end
            else
              if not ok; echo n; end
            end
            echo after
            """)
        let inner = IfBlock(condition: command(6, "ok"), negated: true, then: [.command(command(6, "echo", "n"))], otherwise: [])
        let outer = IfBlock(condition: command(1, "ok"), negated: false,
                            then: [.forLoop(ForLoop(variable: "x", words: [word("1")], body: [.command(command(3, "echo", "x"))], line: 2))],
                            otherwise: [.ifBlock(inner)])
        #expect(statements == [.ifBlock(outer), .command(command(8, "echo", "after"))])
    }

    @Test func elseTakesACommandOnItsLineAndElseIfSharesTheEnd() throws {
        let chain = try Parser.parse("if a; echo 1; else if b; echo 2; else echo 3; end; echo done")
        let second = IfBlock(condition: command(1, "b"), negated: false, then: [.command(command(1, "echo", "2"))],
                             otherwise: [.command(command(1, "echo", "3"))])
        let first = IfBlock(condition: command(1, "a"), negated: false, then: [.command(command(1, "echo", "1"))],
                            otherwise: [.ifBlock(second)])
        #expect(chain == [.ifBlock(first), .command(command(1, "echo", "done"))])
    }

    @Test func quotedKeywordsAreOrdinaryWords() throws {
        #expect(try Parser.parse("echo end; \"end\" x").count == 2)
    }

    @Test func blockErrorsNameTheirLine() {
        #expect(syntaxError("echo\nend") == SyntaxError(message: .endWithoutBlock, line: 2))
        #expect(syntaxError("else") == SyntaxError(message: .elseOutsideIf, line: 1))
        #expect(syntaxError("for x in a\n  else\nend") == SyntaxError(message: .elseOutsideIf, line: 2))
        #expect(syntaxError("echo\nfor x in a\n  echo") == SyntaxError(message: .missingEnd("for"), line: 2, needsMoreInput: true))
        #expect(syntaxError("if ok\nelse\nelse\nend") == SyntaxError(message: .duplicateElse, line: 3))
        #expect(syntaxError("if ok; end x") == SyntaxError(message: .unexpectedWord("x", after: "end"), line: 1))
        #expect(syntaxError("for x a b; end") == SyntaxError(message: .forSyntax, line: 1))
        #expect(syntaxError("for $x in a; end") == SyntaxError(message: .forSyntax, line: 1))
        #expect(syntaxError("if not; end") == SyntaxError(message: .ifWithoutCommand, line: 1))
    }

    @Test func writtenOutVariableNamesAreChecked() {
        #expect(syntaxError("for 1x in a; end") == SyntaxError(message: .badVariableName("1x"), line: 1))
        #expect(syntaxError("\nset 顧客 a") == SyntaxError(message: .badVariableName("顧客"), line: 2))
        #expect(syntaxError("unset A b-c") == SyntaxError(message: .badVariableName("b-c"), line: 1))
        #expect(syntaxError("set on-error continue; set _x1 a") == nil)
    }

    @Test func aBlockLeftOpenInsideASubstitutionCannotBeFixedByMoreLines() {
        #expect(syntaxError("echo $(if ok)") == SyntaxError(message: .missingEnd("if"), line: 1, needsMoreInput: false))
    }
}
