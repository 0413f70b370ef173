import CReadline
import Foundation

/// Placeholder until readline lands: reads lines with readline and runs them.
final class InteractiveShell {
    let session: Session
    let runner: ScriptRunner

    init(session: Session, runner: ScriptRunner) {
        self.session = session
        self.runner = runner
    }

    func run() -> Int32 {
        while let line = readline("rounds> ") {
            defer { free(line) }
            _ = runner.run(source: String(cString: line), file: "<prompt>", arguments: [])
        }
        return 0
    }
}
