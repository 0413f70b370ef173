// Performance target of the rules issue, on the release `rounds` binary as a whole process:
//
//   N1  rounds --db BIG next --all --date 2026-10-31 --format csv    ≤ 1 s (100,000 customers, 10,000,000 orders,
//                                                                       the built-in rules and Example Co.'s)
//   N2  rounds --db BIG next --date 2026-10-31                      (the first 20, for comparison)
//
// BIG is the management benchmarks' company (ManagementBenchmarks.swift). The date is a month's
// last day, as monthly scripts give it; a day inside a month adds a seek per part-month.

import Benchmark
import Foundation

func rulesBenchmarks() {
    Benchmark(
        "N1-next-all-100k-10M-max1s",
        configuration: target(1_000, warmup: 1, iterations: 5, seconds: 60)
    ) { _ in
        try Rounds.check(Rounds.run(["--db", try ManagementFixture.big(), "next", "--all", "--date", "2026-10-31",
                                     "--format", "csv"]))
    } setup: {
        _ = try ManagementFixture.big()
    }

    Benchmark(
        "N2-next-first-20-100k-10M",
        configuration: target(nil, warmup: 1, iterations: 5, seconds: 60)
    ) { _ in
        try Rounds.check(Rounds.run(["--db", try ManagementFixture.big(), "next", "--date", "2026-10-31"]))
    } setup: {
        _ = try ManagementFixture.big()
    }
}
