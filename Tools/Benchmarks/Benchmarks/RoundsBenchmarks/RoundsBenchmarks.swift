// Performance targets of the foundation issue, measured on the release `rounds` binary as a whole
// process (spawn → exit), the way a user or a script meets them:
//
//   T1  rounds --db DB10K -c 'customer list --limit 1'                        ≤ 60 ms  (10,000 customers)
//   T2  rounds --db DB100K customer list --where "…"                          ≤ 100 ms (100,000 customers)
//         a  rank = focus and potential >= 500万 and address contains 大田区  --limit 50
//         b  rep = R03 and rank in (focus, develop)                           --count (no limit)
//   T3  rounds demo create --customers 10000 --years 0 --db NEW              ≤ 3 s    (the customers)
//   T3h rounds demo create --customers 10000 --db NEW                         ≤ 60 s
//         with the customer-history issue's three years of history (~650,000 records, 240,000
//         indexed for search), which T3's foundation target predates
//   T0  /bin/true through the same spawn code: the harness's own cost, to subtract by eye.
//
// The target is in every benchmark's name (`…-max60ms`) and is a p90 threshold: `Tools/bench
// thresholds check` succeeds when every p90 is within its target and fails, listing the misses
// under "Deviations worse than threshold", when one is not. (Each file under Thresholds/ holds a
// p90 of 0 and the code allows an absolute deviation of the target at p90, so "more than the
// target above zero" is the regression; nothing can count as an improvement.)
//
// The binary comes from ROUNDS_BIN (absolute, or relative to the directory the run was started
// in), else `../../.build/release/rounds` relative to this package. The demo databases are made once per
// `swift package benchmark` run with `rounds demo create` in a scratch directory (ROUNDS_BENCH_DIR,
// else `$TMPDIR/rounds-bench.<pid of the benchmark driver>`): every benchmark runs in a process of
// its own, all children of one driver, so the second and third benchmark on 100k reuse the first's.

import Benchmark
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let benchmarks: @Sendable () -> Void = {
    let bigFilter = "rank = focus and potential >= 500万 and address contains 大田区"
    let selectiveFilter = "rep = R03 and rank in (focus, develop)"

    Benchmark(
        "T0-harness-spawn-bin-true",
        configuration: target(nil, warmup: 5, iterations: 100, seconds: 3, units: .microseconds)
    ) { _ in
        try Rounds.check(Rounds.spawn("/bin/true", []))
    }

    Benchmark(
        "T1-list-limit1-10k-max60ms",
        configuration: target(.milliseconds(60), warmup: 3, iterations: 60, seconds: 10)
    ) { _ in
        let db = try Fixtures.shared.database(customers: 10_000)
        try Rounds.check(Rounds.run(["--db", db, "-c", "customer list --limit 1"]))
    } setup: {
        _ = try Fixtures.shared.database(customers: 10_000)
    }

    Benchmark(
        "T2a-where-limit50-100k-max100ms",
        configuration: target(.milliseconds(100), warmup: 3, iterations: 40, seconds: 10)
    ) { _ in
        let db = try Fixtures.shared.database(customers: 100_000)
        try Rounds.check(Rounds.run(["--db", db, "customer", "list", "--where", bigFilter, "--limit", "50"]))
    } setup: {
        let db = try Fixtures.shared.database(customers: 100_000)
        try Fixtures.report(filter: bigFilter, db: db)
    }

    Benchmark(
        "T2b-where-count-100k-max100ms",
        configuration: target(.milliseconds(100), warmup: 3, iterations: 40, seconds: 10)
    ) { _ in
        let db = try Fixtures.shared.database(customers: 100_000)
        try Rounds.check(Rounds.run(["--db", db, "customer", "list", "--where", selectiveFilter, "--count"]))
    } setup: {
        let db = try Fixtures.shared.database(customers: 100_000)
        try Fixtures.report(filter: selectiveFilter, db: db)
    }

    Benchmark(
        "T3-demo-create-10k-max3s",
        configuration: target(.seconds(3), warmup: 1, iterations: 8, seconds: 30)
    ) { benchmark in
        try demoCreate(benchmark, ["--years", "0"])
    }

    Benchmark(
        "T3h-demo-create-10k-3-years-max60s",
        configuration: target(.seconds(60), warmup: 0, iterations: 3, seconds: 200)
    ) { benchmark in
        try demoCreate(benchmark, [])
    }

    customerShowBenchmarks()  // CustomerShowBenchmarks.swift
    importBenchmarks()  // T4, in ImportBenchmarks.swift
    searchBenchmarks()  // F1, F2, in SearchBenchmarks.swift
    planBenchmarks()  // P1, P2, in PlanBenchmarks.swift
    managementBenchmarks()  // M1, M2, M3, in ManagementBenchmarks.swift
    rulesBenchmarks()  // N1, N2, in RulesBenchmarks.swift
}

/// Times `demo create --customers 10000` into a new database every iteration (demo create refuses
/// a non-empty one); the clean-up is not timed.
func demoCreate(_ benchmark: Benchmark, _ options: [String]) throws {
    let path = try Fixtures.shared.directory().appendingPathComponent("new-\(benchmark.currentIteration).sqlite").path
    Fixtures.removeDatabase(path)
    benchmark.startMeasurement()
    let result = try Rounds.run(["demo", "create", "--customers", "10000", "--db", path] + options)
    benchmark.stopMeasurement()
    try Rounds.check(result)
    Fixtures.removeDatabase(path)
}

/// Wall clock only (the child's own CPU and memory are not what these targets are about), in ms.
/// With a target, p90 may exceed the 0 stored under Thresholds/ by the target; between two runs
/// (`baseline compare`/`check`) the median may also move by 15 %, which this noisy kind of machine needs.
func target(
    _ limit: Int?, warmup: Int, iterations: Int, seconds: Int, units: BenchmarkTimeUnits = .milliseconds
) -> Benchmark.Configuration {
    Benchmark.Configuration(
        metrics: [.wallClock],
        timeUnits: units,
        warmupIterations: warmup,
        maxDuration: .seconds(seconds),
        maxIterations: iterations,
        thresholds: limit.map { [.wallClock: BenchmarkThresholds(relative: [.p50: 15.0], absolute: [.p90: $0])] }
    )
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// MARK: - Running the binary

struct RunResult {
    let command: String
    let status: Int32
    let stdout: Data
    let stderr: Data

    var output: String { String(decoding: stdout, as: UTF8.self) }
    var errors: String { String(decoding: stderr, as: UTF8.self) }
}

enum Rounds {
    /// The release binary, found once per process.
    static let binary = Result<String, BenchmarkFailure> { () throws(BenchmarkFailure) in try locate() }

    static func run(_ arguments: [String]) throws -> RunResult {
        try spawn(binary.get(), arguments)
    }

    /// Fails the benchmark (without aborting the run of the others) on a non-zero exit status.
    static func check(_ result: RunResult) throws {
        guard result.status == 0 else {
            throw BenchmarkFailure("`\(result.command)` exited with \(result.status): \(result.errors)\(result.output)")
        }
    }

    /// Starts `executable`, drains its stdout and stderr, and waits for it to exit. stdin is
    /// /dev/null (as under hyperfine) and the working directory is the fixture directory, so a
    /// default `./rounds.sqlite` could never land in the source tree.
    static func spawn(_ executable: String, _ arguments: [String]) throws -> RunResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = childEnvironment
        process.currentDirectoryURL = try Fixtures.shared.directory()
        process.standardInput = FileHandle.nullDevice
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        // Termination is signalled, not polled: `waitUntilExit()` from a thread other than the one
        // that started the process polls the run loop every 50 ms on Linux.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()

        let errors = Drain(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorOutput = errors.wait()
        exited.wait()
        return RunResult(
            command: ([executable] + arguments).joined(separator: " "),
            status: process.terminationStatus,
            stdout: output,
            stderr: errorOutput)
    }

    /// The benchmark driver preloads its malloc (and on Swift 6.3 its runtime) interposer into the
    /// benchmark process through LD_PRELOAD; `rounds` must not inherit them, or every allocation of
    /// the measured process would go through them. Other preloads of the user's stay.
    static let childEnvironment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        if let preload = environment["LD_PRELOAD"] {
            let kept = preload.split(separator: ":").filter { !$0.lowercased().contains("interposer") }
            environment["LD_PRELOAD"] = kept.isEmpty ? nil : kept.joined(separator: ":")
        }
        environment["ROUNDS_DB"] = nil  // every command names its database
        return environment
    }()

    private static func locate() throws(BenchmarkFailure) -> String {
        let environment = ProcessInfo.processInfo.environment
        // The benchmark driver starts this process in `/`, so a relative path is tried against the
        // directory `swift package benchmark` was started in (PWD, inherited), then this package's.
        let packageDirectory = URL(fileURLWithPath: #filePath)  // …/Tools/Benchmarks/Benchmarks/RoundsBenchmarks/RoundsBenchmarks.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let startDirectory = environment["PWD"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0, isDirectory: true) : nil }
        let bases = [startDirectory, packageDirectory, URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)]
            .compactMap { $0 }

        let candidates: [String]
        if let configured = environment["ROUNDS_BIN"], !configured.isEmpty {
            let expanded = (configured as NSString).expandingTildeInPath
            candidates = expanded.hasPrefix("/") ? [expanded] : bases.map { $0.appendingPathComponent(expanded).path }
        } else {
            // `../../.build/release/rounds` relative to this package; PWD as the repository root or this package.
            candidates = ([packageDirectory.appendingPathComponent("../../.build/release/rounds")]
                + (startDirectory.map { [$0.appendingPathComponent(".build/release/rounds"),
                                         $0.appendingPathComponent("../../.build/release/rounds")] } ?? []))
                .map(\.path)
        }
        let resolved = candidates.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        if let found = resolved.first(where: isExecutableFile) {
            return found
        }
        var unique: [String] = []
        for path in resolved where !unique.contains(path) { unique.append(path) }
        let setting = environment["ROUNDS_BIN"].map { "ROUNDS_BIN=\($0): " } ?? ""
        throw BenchmarkFailure(
            "\(setting)no executable rounds at \(unique.joined(separator: ", ")); build it with "
                + "`swift build -c release --product rounds` at the repository root, or set ROUNDS_BIN (Tools/bench does both)")
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}

/// Reads a pipe to its end on another thread, so a child that fills stderr cannot block on it
/// while stdout is being read.
final class Drain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}

// MARK: - Demo databases

/// The demo databases, made once per benchmark run and shared by the benchmark processes of that run.
final class Fixtures: @unchecked Sendable {
    static let shared = Fixtures()
    static let reps = 8
    static let seed = 1

    private let lock = NSLock()
    private var made: [Int: String] = [:]
    private var scratch: URL?

    /// ROUNDS_BENCH_DIR (Tools/bench makes one and removes it afterwards), else a directory keyed
    /// by the parent process: the benchmark driver, the same for every benchmark of one run.
    func directory() throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        if let scratch { return scratch }
        let fileManager = FileManager.default
        let url: URL
        if let configured = ProcessInfo.processInfo.environment["ROUNDS_BENCH_DIR"], !configured.isEmpty {
            url = URL(fileURLWithPath: configured, isDirectory: true).standardizedFileURL
        } else {
            let base = fileManager.temporaryDirectory
            url = base.appendingPathComponent("rounds-bench.\(getppid())", isDirectory: true)
            Self.removeStaleDirectories(in: base)
        }
        try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
        scratch = url
        return url
    }

    /// A demo company with `customers` customers: made by `rounds demo create` unless an earlier
    /// benchmark of this run already made it (its `.ready` marker is written last, so a database
    /// left half-made by an interrupted run is made again).
    func database(customers: Int) throws -> String {
        if let path = lock.withLock({ made[customers] }) { return path }
        let directory = try directory()
        let path = directory.appendingPathComponent("demo-\(customers).sqlite").path
        let ready = path + ".ready"
        if !FileManager.default.fileExists(atPath: ready) {
            Self.removeDatabase(path)
            let start = ContinuousClock.now
            let created = try Rounds.run([
                "demo", "create", "--customers", "\(customers)", "--reps", "\(Self.reps)", "--seed", "\(Self.seed)",
                "--db", path, "--years", "0",  // customer listings need customers only
            ])
            let elapsed = ContinuousClock.now - start
            guard created.status == 0 else {
                throw BenchmarkFailure("could not make the \(customers)-customer demo database: \(created.errors)\(created.output)")
            }
            let count = try Self.count(["--db", path, "customer", "list", "--count"])
            guard count == customers else {
                throw BenchmarkFailure("the demo database \(path) holds \(count) customers, not \(customers)")
            }
            try Data().write(to: URL(fileURLWithPath: ready))
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            Self.log("made \(path) (\(customers) customers, \(Self.reps) reps, seed \(Self.seed)) in \(String(format: "%.1f", seconds)) s")
        }
        lock.withLock { made[customers] = path }
        return path
    }

    /// Prints how many customers a filter selects, so the numbers can be judged against the work done.
    static func report(filter: String, db: String) throws {
        let matches = try count(["--db", db, "customer", "list", "--where", filter, "--count"])
        log("\"\(filter)\" matches \(matches) customers in \(URL(fileURLWithPath: db).lastPathComponent)")
    }

    static func count(_ arguments: [String]) throws -> Int {
        let result = try Rounds.run(arguments)
        let text = result.output.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: ",", with: "")
        guard result.status == 0, let count = Int(text) else {
            throw BenchmarkFailure("`\(result.command)` did not print a count (status \(result.status)): \(result.errors)\(result.output)")
        }
        return count
    }

    static func removeDatabase(_ path: String) {
        for file in [path, path + "-wal", path + "-shm", path + "-journal", path + ".ready"] {
            try? FileManager.default.removeItem(atPath: file)
        }
    }

    /// Directories of earlier runs whose driver is gone (a run without Tools/bench leaves its own behind).
    private static func removeStaleDirectories(in base: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for entry in entries where entry.hasPrefix("rounds-bench.") {
            guard let pid = pid_t(entry.dropFirst("rounds-bench.".count)), pid != getppid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: base.appendingPathComponent(entry))
            }
        }
    }

    static func log(_ message: String) {
        FileHandle.standardError.write(Data("[rounds-bench] \(message)\n".utf8))
    }
}
