import Foundation
import RoundsDomain

/// Placeholder until the script language lands: one command per line, words split on spaces.
public final class ScriptRunner {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    public func run(source: String, file: String, arguments: [String]) -> Int32 {
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = line.split(separator: " ").map(String.init)
            do {
                try session.execute(words)
            } catch {
                session.out.error(ErrorReporter.text(for: error, command: words.first,
                                                     location: .init(file: file, line: index + 1)))
                return ErrorReporter.status(for: error)
            }
        }
        return 0
    }

    public func runFile(_ path: String, arguments: [String]) -> Int32 {
        guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { return 1 }
        return run(source: source, file: path, arguments: arguments)
    }

    public func runCommand(_ words: [String]) -> Int32 {
        do {
            try session.execute(words)
            return 0
        } catch {
            session.out.error(ErrorReporter.text(for: error, command: words.first, location: nil))
            return ErrorReporter.status(for: error)
        }
    }
}
