// Performance targets of the visit-planning issue, on the release `rounds` binary as a whole
// process (spawn → exit):
//
//   P1  rounds --db DB5x100 plan month --all --from 2026-12-01        ≤ 20 s  (5 reps × 100 customers)
//   P2  rounds --db DB20x200 plan month --all --from 2026-12-01       ≤ 60 s  (20 reps × 200 customers, both cores)
//
// The companies are `demo create --reps R --customers N --seed 1 --until 2026-11-15` (no visit
// planned in December yet), made once per run. The plan's quality against the weekday routine
// (driving saved, visits left out, an independent feasibility check) is measured by
// Tools/plan-bench/plan_bench.py, which needs Python; these time the command alone.

import Benchmark
import Foundation

func planBenchmarks() {
    Benchmark(
        "P1-plan-month-5x100-max20s",
        configuration: target(20_000, warmup: 0, iterations: 3, seconds: 120)
    ) { _ in
        let db = try PlanFixture.database(reps: 5, customers: 500)
        try Rounds.check(Rounds.run(["--db", db, "plan", "month", "--all", "--from", "2026-12-01"]))
    } setup: {
        _ = try PlanFixture.database(reps: 5, customers: 500)
    }

    Benchmark(
        "P2-plan-month-20x200-max60s",
        configuration: target(60_000, warmup: 0, iterations: 2, seconds: 240)
    ) { _ in
        let db = try PlanFixture.database(reps: 20, customers: 4000)
        try Rounds.check(Rounds.run(["--db", db, "plan", "month", "--all", "--from", "2026-12-01"]))
    } setup: {
        _ = try PlanFixture.database(reps: 20, customers: 4000)
    }
}

/// The planning companies, made once per run (a `.ready` marker, written last, says complete).
enum PlanFixture {
    static func database(reps: Int, customers: Int) throws -> String {
        let path = try Fixtures.shared.directory().appendingPathComponent("plan-\(reps)x\(customers).sqlite").path
        if !FileManager.default.fileExists(atPath: path + ".ready") {
            Fixtures.removeDatabase(path)
            try Rounds.check(Rounds.run(["demo", "create", "--reps", "\(reps)", "--customers", "\(customers)", "--seed", "1",
                                         "--until", "2026-11-15", "--db", path]))
            try Data().write(to: URL(fileURLWithPath: path + ".ready"))
        }
        return path
    }
}
