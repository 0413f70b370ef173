// swift-tools-version: 6.1
//
// Performance benchmarks for the `rounds` executable, with ordo-one/benchmark.
//
// A package of its own, on purpose: it does NOT depend on the root package, so the benchmark
// dependencies (benchmark, its malloc interposer, hdrhistogram, …) never enter the main build or
// CI's clean build. The benchmarks time the release `rounds` binary as a subprocess; build it
// first and point ROUNDS_BIN at it, which `Tools/bench` does:
//
//     Tools/bench                      # build rounds (release) and run every benchmark
//     Tools/bench --filter 'T2.*'      # extra arguments go to `swift package benchmark`
//     Tools/bench thresholds check     # fails when a p90 misses its target (see Thresholds/)
//
import PackageDescription

let package = Package(
    name: "RoundsBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RoundsBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/RoundsBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ]
)
