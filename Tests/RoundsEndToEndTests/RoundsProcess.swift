import Foundation
import Testing

/// Runs the built `rounds` binary as a user would, in a fresh working directory per test.
struct RoundsProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `rounds` built with these tests: SwiftPM puts both in one products folder
    /// (`.build/debug`, or another `--scratch-path`). On Linux the test process is an executable
    /// there; on macOS an `.xctest` bundle there is loaded by a runner that lives elsewhere.
    static let binary: URL = {
        let folders = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
            + Bundle.allBundles.flatMap { [$0.bundleURL, $0.bundleURL.deletingLastPathComponent()] }
        let candidates = folders.map { $0.appendingPathComponent("rounds") }
        return candidates.first { candidate in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: candidate.path)
        } ?? candidates[0]
    }()

    /// The repository root, for example scripts under `Examples/`.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let directory: URL
    /// What `--db` names: `test.sqlite` in the working directory, or a server's URL.
    let database: String

    init(database: String? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.database = database ?? directory.appendingPathComponent("test.sqlite").path
    }

    /// Writes a file into the working directory and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Runs `rounds --db test.sqlite ARGS` with `stdin` as standard input (not a terminal).
    func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:]) throws -> Result {
        let running = try start(arguments, environment: environment)
        running.input.write(Data(stdin.utf8))
        try running.input.close()
        return running.wait()
    }

    /// Starts `rounds --db DATABASE ARGS` and returns at once: the test writes its standard input,
    /// signals it, or waits for it while other processes run.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["--db", database] + arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C"
        env["LC_ALL"] = nil
        env["USER"] = "tester"
        env["ROUNDS_CONFIG"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Both pipes drained on other threads, so neither can fill and block the child.
        return Running(process: process, input: input.fileHandleForWriting, stdout: DrainedPipe(output), stderr: DrainedPipe(error))
    }

    /// A `rounds` process started by `start`.
    struct Running: @unchecked Sendable {
        let process: Process
        let input: FileHandle
        let stdout: DrainedPipe
        let stderr: DrainedPipe

        /// Waits for the process to end (closing its standard input first if the test has not).
        func wait() -> Result {
            try? input.close()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, stdout: String(decoding: stdout.wait(), as: UTF8.self),
                          stderr: String(decoding: stderr.wait(), as: UTF8.self))
        }
    }

    /// Runs a script text as a `.rounds` file with arguments.
    func script(_ text: String, arguments: [String] = [], name: String = "test.rounds") throws -> Result {
        let path = try write(name, text)
        return try run(["-f", path] + arguments)
    }
}

/// A helper tool (`psql`, `test-server`) run to its end: its status and both outputs.
struct ToolRun {
    let status: Int32
    let stdout: String
    let stderr: String

    init(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errors = DrainedPipe(error)
        stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        status = process.terminationStatus
        stderr = String(decoding: errors.wait(), as: UTF8.self)
    }
}

/// Reads a pipe to its end in the background.
final class DrainedPipe: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        DispatchQueue.global().async {
            self.data = pipe.fileHandleForReading.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
