import Foundation
import RoundsDomain

/// The prompt, when standard input is a terminal: reads entries with readline (`   ...> `
/// while an entry is incomplete), keeps them in the history file, and runs them.
///
/// ```swift
/// let status = InteractiveShell(session: session, runner: ScriptRunner(session: session)).run()
/// ```
///
/// Ctrl-C abandons the entry being typed, or cancels the running command; Ctrl-D on an empty
/// line ends the shell with status 0, and `exit N` with N.
final class InteractiveShell {
    static let prompt = "rounds> "
    static let continuationPrompt = "   ...> "

    let session: Session
    let runner: ScriptRunner

    init(session: Session, runner: ScriptRunner) {
        self.session = session
        self.runner = runner
    }

    func run() -> Int32 {
        InterruptHandler.install(cancellation: session.cancellation)
        LineEditor.configure(completer: Completer(registry: session.registry, rules: session.settings.rules, store: session.store))
        let history = History(path: History.path(environment: ProcessInfo.processInfo.environment))
        session.out.line(Message.interactiveGreeting.text())
        session.out.flush()
        var entry = ""  // the lines of an entry still incomplete
        while true {
            let input = entry.isEmpty
                ? LineEditor.read(prompt: Self.prompt)
                : LineEditor.read(prompt: Self.continuationPrompt, context: entry + "\n")
            switch input {
            case .end:
                session.out.line()
                session.out.flush()
                return 0
            case .interrupted:
                entry = ""
            case .line(let line):
                let text = entry.isEmpty ? line : entry + "\n" + line
                guard runner.isComplete(text) else {
                    entry = text
                    continue
                }
                entry = ""
                history.add(text)
                if let status = runner.runInteractive(text) { return status }
                session.out.flush()
            }
        }
    }
}
