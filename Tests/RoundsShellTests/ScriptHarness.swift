import ArgumentParser
import Foundation
import RoundsDomain
import Testing
@testable import RoundsShell

/// `args WORDS…` prints each word in brackets, so tests see exactly how words were split.
private struct ArgsCommand: ShellCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "args") }
    @Argument(parsing: .captureForPassthrough) var words: [String] = []
    func run(in session: Session) { session.out.line(words.map { "[\($0)]" }.joined()) }
}

/// `lines WORDS…` prints each word on its own line, like a listing of codes.
private struct LinesCommand: ShellCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "lines") }
    @Argument var words: [String] = []
    func run(in session: Session) { session.out.write(words.map { $0 + "\n" }.joined()) }
}

/// `fail [--usage] MESSAGE` fails with status 1, or 2 with `--usage`.
private struct FailCommand: ShellCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "fail") }
    @Flag var usage = false
    @Argument var message: String = "failed"
    func run(in session: Session) throws {
        throw RoundsError(usage ? .usage : .notFound, Message(verbatim: message))
    }
}

/// `ok` succeeds and prints nothing.
private struct OkCommand: ShellCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "ok") }
    func run(in session: Session) {}
}

/// `interrupt` fails as Ctrl-C does.
private struct InterruptCommand: ShellCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "interrupt") }
    func run(in session: Session) throws { throw RoundsError(.cancelled, .cancelled) }
}

/// What one run printed, on standard output and as error lines, and its status (nil when
/// `runInteractive` ran no `exit`).
struct ScriptOutcome: Equatable {
    var status: Int32?
    var output: String
    var errors: [String]
}

/// A session with the test commands and no database, and a runner whose error lines are kept.
final class ScriptHarness {
    private final class ErrorLog {
        var lines: [String] = []
    }

    let session: Session
    let runner: ScriptRunner
    private let log = ErrorLog()

    init() throws {
        let plugin = Plugin(name: "Test", version: "1", commands: [ArgsCommand.self, LinesCommand.self, FailCommand.self,
                                                                    OkCommand.self, InterruptCommand.self])
        session = Session(registry: try CommandRegistry(plugins: [plugin]), settings: Settings(user: "tester"),
                          showsProgress: false,
                          openStore: { throw RoundsError(.storage, Message(verbatim: "no database in script tests")) })
        runner = ScriptRunner(session: session) { [log] in log.lines.append($0) }
    }

    /// Runs `body` and returns what it printed, its errors, and the status it gave.
    func outcome(_ body: (ScriptRunner) -> Int32?) throws -> ScriptOutcome {
        log.lines = []
        var status: Int32?
        let output = try session.out.capture { status = body(runner) }
        return ScriptOutcome(status: status, output: output, errors: log.lines)
    }

    /// Runs `source` as the script file `test.rounds`.
    func run(_ source: String, arguments: [String] = []) throws -> ScriptOutcome {
        try outcome { $0.run(source: source, file: "test.rounds", arguments: arguments) }
    }

    func output(_ source: String, arguments: [String] = []) throws -> String {
        try run(source, arguments: arguments).output
    }
}

/// A fresh directory for script files, removed by the caller when done.
func scriptDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-script-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}
