// Performance targets of the management issue, on the release `rounds` binary as a whole process:
//
//   M1  rounds --db BIG rank compute --as-of 2026-10-31 --format csv     ≤ 2 s    (100,000 customers, 10,000,000 orders)
//   M2  rounds --db BIG kpi --by rep --period 2026-10                    ≤ 300 ms (the same company)
//   M3  rounds --db DEMO report month 2026-10 --html FILE                ≤ 1 s    (the demo company)
//
// BIG is made once by Tools/mgmt-bench/make_big.py (about 5 minutes; needs python3) with this
// binary, so its schema is current; ROUNDS_MGMT_DB names an existing one to copy instead.
// DEMO is `demo create --seed 1 --until 2026-11-15` (8 reps, 300 customers, three years).

import Benchmark
import Foundation

func managementBenchmarks() {
    Benchmark(
        "M1-rank-compute-100k-10M-max2s",
        configuration: target(2_000, warmup: 1, iterations: 5, seconds: 60)
    ) { _ in
        try Rounds.check(Rounds.run(["--db", try ManagementFixture.big(), "rank", "compute", "--as-of", "2026-10-31",
                                     "--format", "csv"]))
    } setup: {
        _ = try ManagementFixture.big()
    }

    Benchmark(
        "M2-kpi-by-rep-month-10M-max300ms",
        configuration: target(300, warmup: 1, iterations: 10, seconds: 30)
    ) { _ in
        try Rounds.check(Rounds.run(["--db", try ManagementFixture.big(), "kpi", "--by", "rep", "--period", "2026-10"]))
    } setup: {
        _ = try ManagementFixture.big()
    }

    Benchmark(
        "M3-report-month-demo-max1s",
        configuration: target(1_000, warmup: 1, iterations: 10, seconds: 30)
    ) { _ in
        let db = try ManagementFixture.demo()
        let file = try Fixtures.shared.directory().appendingPathComponent("report-2026-10.html").path
        try Rounds.check(Rounds.run(["--db", db, "report", "month", "2026-10", "--html", file]))
    } setup: {
        _ = try ManagementFixture.demo()
    }
}

/// The management companies, made once per run (a `.ready` marker, written last, says complete).
enum ManagementFixture {
    static func big() throws -> String {
        let path = try Fixtures.shared.directory().appendingPathComponent("mgmt-big.sqlite").path
        guard !FileManager.default.fileExists(atPath: path + ".ready") else { return path }
        Fixtures.removeDatabase(path)
        if let existing = ProcessInfo.processInfo.environment["ROUNDS_MGMT_DB"], !existing.isEmpty {
            try FileManager.default.copyItem(atPath: existing, toPath: path)
            try Rounds.check(Rounds.run(["--db", path, "db", "info"]))  // migrates the copy, untimed
        } else {
            let script = repository.appendingPathComponent("Tools/mgmt-bench/make_big.py").path
            try Rounds.check(Rounds.spawn("/usr/bin/env", ["python3", script, path, "--rounds", try Rounds.binary.get()]))
        }
        try Data().write(to: URL(fileURLWithPath: path + ".ready"))
        Fixtures.log("made \(path) (100,000 customers, 10,000,000 orders)")
        return path
    }

    static func demo() throws -> String {
        let path = try Fixtures.shared.directory().appendingPathComponent("mgmt-demo.sqlite").path
        guard !FileManager.default.fileExists(atPath: path + ".ready") else { return path }
        Fixtures.removeDatabase(path)
        try Rounds.check(Rounds.run(["demo", "create", "--seed", "1", "--until", "2026-11-15", "--db", path]))
        try Data().write(to: URL(fileURLWithPath: path + ".ready"))
        return path
    }

    /// The repository this benchmark package sits in (Tools/Benchmarks/Benchmarks/RoundsBenchmarks/…).
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
