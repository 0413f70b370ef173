import Foundation
import Testing

/// The prompt in a real pseudo-terminal: `Tests/Interactive/interactive_test.py` drives the
/// built binary with pexpect, which gives it a controlling terminal (Ctrl-C needs one).
///
/// ```
/// python3 Tests/Interactive/interactive_test.py .build/debug/rounds   # the same checks by hand
/// ```
@Suite struct InteractiveTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Interactive/interactive_test.py")

    /// CI installs python3 and pexpect; elsewhere their absence skips the test, with this reason shown.
    static let hasPexpect = (try? run(["python3", "-c", "import pexpect"]).status) == 0

    @Test(.enabled(if: hasPexpect, "needs python3 with pexpect (pip install pexpect)"))
    func completionHistoryAndKeysInATerminal() throws {
        let binary = RoundsProcess.binary.path
        let result = try Self.run(["python3", Self.script.path, binary])
        #expect(result.status == 0, "interactive_test.py \(binary) failed:\n\(result.output)")
    }

    /// Runs a program found on PATH, with standard output and error together, for at most five
    /// minutes (the script's own waits are much shorter; this only stops a hung run).
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text)
    }
}
