import RoundsDomain

/// Runs the Rounds script language — `.rounds` files, `-c` text, standard input and the
/// prompt — against one session. Variables live as long as the runner: keep one per session.
///
/// ```swift
/// let runner = ScriptRunner(session: session)
/// let status = runner.run(source: """
///     set on-error continue
///     for code in "$@"; customer show $code; end
///     """, file: "-c", arguments: ["C001", "C002"])
/// ```
///
/// The language: one command per line or `;` between them, `#` comments, `\` continuing a
/// line, '…' and "…" quoting, `$NAME` `${NAME}` `$1` `$#` `$@` `$?` `$0`, `$(…)`,
/// `for NAME in WORDS … end`, `if [not] COMMAND … [else …] end`, and the builtins `echo`,
/// `exit`, `set`, `unset` and `source`. Everything else is a command of the registry.
public final class ScriptRunner {
    private let interpreter: Interpreter

    public convenience init(session: Session) {
        self.init(session: session, reportError: { session.out.error($0) })
    }

    /// `reportError` receives each error line; tests collect them instead of reading stderr.
    init(session: Session, reportError: @escaping (String) -> Void) {
        interpreter = Interpreter(session: session, reportError: reportError)
    }

    /// Runs a whole script; `file` names it in errors (`file:line: command: message`) and is `$0`.
    public func run(source: String, file: String, arguments: [String]) -> Int32 {
        finish { () throws(Interpreter.Halt) in
            try interpreter.run(source, as: Interpreter.Frame(name: file, arguments: arguments, locates: true))
        }
    }

    public func runFile(_ path: String, arguments: [String]) -> Int32 {
        let text: String
        do {
            text = try Interpreter.read(path)
        } catch {
            // Outside any script, so the message has no location: `script file 'x' not found`.
            return interpreter.report(error, line: 0, command: nil)
        }
        return run(source: text, file: path, arguments: arguments)
    }

    /// One command already split into words by the OS shell: no quoting or `$` expansion again.
    public func runCommand(_ words: [String]) -> Int32 {
        finish { () throws(Interpreter.Halt) in
            try interpreter.run(Command(words: words.map(Word.verbatim), line: 1))
        }
    }

    /// Interactive: false while a quote, `$(`, `for` or `if` is open or the text ends in a `\`
    /// continuation; the prompt then reads another line. Text with a real syntax error is
    /// complete, so running it reports the error.
    public func isComplete(_ text: String) -> Bool {
        var lexer = Lexer(text)
        do throws(SyntaxError) {
            _ = try Parser.statements(lexer.commands())
            return !lexer.continuesAtEnd
        } catch {
            return !error.needsMoreInput
        }
    }

    /// Interactive: runs what was typed at the prompt. Errors print as `command: message` and
    /// the shell goes on (under `set on-error stop` the rest of this text is skipped); returns
    /// the status only when the text ran `exit`.
    public func runInteractive(_ text: String) -> Int32? {
        defer { interpreter.session.out.flush() }
        do throws(Interpreter.Halt) {
            _ = try interpreter.run(text, as: .prompt)
            return nil
        } catch {
            return error.reason == .exit ? error.status : nil
        }
    }

    /// Turns a halted script into its status and flushes the output for the caller.
    private func finish(_ body: () throws(Interpreter.Halt) -> Int32) -> Int32 {
        defer { interpreter.session.out.flush() }
        do {
            return try body()
        } catch {
            return error.status
        }
    }
}
