import Foundation
import Testing

/// The server restarted under a running shell: the command it cut fails saying so, and the
/// next command logs in again and works (a write, whose BEGIN goes with its first statement).
@Suite(.enabled(if: testServer != nil, needsTestServer))
struct ServerRestartTests {
    @Test func theShellReconnectsAfterARestart() throws {
        let server = try PrivateServer()
        let rounds = try RoundsProcess(database: server.url)
        #expect(try rounds.script("customer add C1 --name 山田商店\ncustomer add C2 --name 丸栄食品\n").status == 0)
        let rows = (0..<200_000).map { "C\($0 % 2 + 1),2026-11-\($0 % 18 + 10),\($0 + 1)00\n" }
        let big = try rounds.write("big.csv", "customer,date,amount_yen\n" + rows.joined())
        // The shell reads all of a piped stdin before it runs any of it: it waits at `source` of
        // a named pipe (a gate) until the test has restarted the server.
        let gates = try ["before.rounds", "after.rounds"].map { name in
            let path = rounds.directory.appendingPathComponent(name).path
            try #require(mkfifo(path, 0o600) == 0)
            return path
        }
        let shell = try rounds.start([])
        shell.input.write(Data("""
            set on-error continue
            customer add C3 --name 三光印刷
            source \(gates[0])
            visit log --customer C1 --date 2026-11-20 --purpose 定期 --next-action 電話
            customer list --count
            import orders \(big)
            echo import $?
            source \(gates[1])
            customer list --count

            """.utf8))
        try shell.input.close()

        // Between two commands: the session's connection is cut while idle; the next logs in again.
        try passGate(gates[0], of: shell) { try server.restart() }
        // During a command: the import is cut mid-way; once the server is back, the next works.
        let writing = """
            SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
            WHERE c.relname = 'sales_order' AND l.mode = 'RowExclusiveLock' AND l.pid <> pg_backend_pid()
            """
        #expect(try waitUntil { try ServerSchema.psql(server.url, writing) != "0" || !shell.process.isRunning },
                "the import is writing")
        try server.restart()
        try passGate(gates[1], of: shell) {}

        #expect(waitUntil(seconds: 50) { !shell.process.isRunning }, "the shell ends, it does not hang")
        if shell.process.isRunning { kill(shell.process.processIdentifier, SIGKILL) }
        let result = shell.wait()
        #expect(result.stdout == "added customer C3 三光印刷\nlogged visit 1 to C1 on 2026-11-20\n3\nimport 1\n3\n", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(
            "\(server.shownURL): the connection to the server was lost; nothing of the interrupted command was saved, run it again"),
                "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1, "one error: \(result.stderr)")
        #expect(try ServerSchema.psql(server.url, "SELECT count(*) FROM sales_order") == "0")
    }

    /// Waits for the shell to reach `source GATE`, runs `body` while it waits there, then lets it on
    /// (an empty script). A writer opens a named pipe without waiting only once a reader has it open.
    private func passGate(_ gate: String, of shell: RoundsProcess.Running, _ body: () throws -> Void) throws {
        var writer: Int32 = -1
        let reached = waitUntil { writer = open(gate, O_WRONLY | O_NONBLOCK); return writer >= 0 || !shell.process.isRunning }
        try #require(reached && writer >= 0, "the shell reached \(gate)")
        defer { close(writer) }
        try body()
    }
}

/// A server of the test's own (`Tools/postgres/test-server` in a new directory), which it may
/// restart without cutting any other test's sessions; stopped and removed when done.
final class PrivateServer {
    static let tool = RoundsProcess.repository.appendingPathComponent("Tools/postgres/test-server").path
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-pg-\(UUID().uuidString)")
    let url: String

    init() throws {
        var started: String?
        // A port another program holds fails the start at once; another try takes another port.
        for _ in 1...5 where started == nil {
            started = try? Self.run(["start", directory.path, String(Int.random(in: 50_000..<60_000))])
        }
        let export = try #require(started, "the private server started")
        url = String(try #require(export.split(separator: "=", maxSplits: 1).last)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The URL as `rounds` names the server: without the password.
    var shownURL: String { url.replacingOccurrences(of: ":rounds-test@", with: "@") }

    func restart() throws {
        try Self.run(["restart", directory.path])
    }

    @discardableResult
    private static func run(_ arguments: [String]) throws -> String {
        let server = try ToolRun(tool, arguments)
        guard server.status == 0 else { throw ToolFailed(description: "test-server \(arguments): " + server.stderr) }
        return server.stdout
    }

    struct ToolFailed: Error, CustomStringConvertible {
        let description: String
    }

    deinit {
        _ = try? Self.run(["stop", directory.path])
        try? FileManager.default.removeItem(at: directory)
    }
}
