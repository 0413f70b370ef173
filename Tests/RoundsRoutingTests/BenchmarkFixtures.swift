import Foundation
import RoundsRouting
import Testing

/// Small benchmark and matrix files written to a fresh temporary folder, so each test reads
/// through the same path-based API a user calls.
enum Fixture {
    static func write(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

/// The shared benchmark collection (`bench-data/tsplib`, `bench-data/solomon`): from
/// `ROUNDS_BENCH_DATA`, beside the package, or on the build machine. Tests that need it are
/// skipped, and say so, where it is missing.
enum BenchData {
    static let directory: String? = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates: [String?] = [
            ProcessInfo.processInfo.environment["ROUNDS_BENCH_DATA"],
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/bench-data").path,
            "/work/shared/bench-data",
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0 + "/tsplib/BKS.json") }
    }()

    struct BestKnown: Decodable {
        var jobs: Int
        var vehicles: Int
        var capacity: Int?
        var total_demand: Int?
        var best_known_cost: Double
    }

    static func path(_ file: String) throws -> String {
        try #require(directory) + "/" + file
    }

    static func files(_ folder: String, extension: String) throws -> [String] {
        let path = try #require(directory) + "/" + folder
        return try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { $0.hasSuffix("." + `extension`) }
            .sorted()
            .map { path + "/" + $0 }
    }

    static func bestKnown(_ folder: String) throws -> [String: BestKnown] {
        let path = try #require(directory) + "/" + folder + "/BKS.json"
        return try JSONDecoder().decode([String: BestKnown].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}

/// The length of a closed tour given in a TSPLIB file's node numbers (node `k` is index `k - 1`).
func tourLength(_ matrix: TravelMatrix, _ tour: [Int]) -> Double {
    zip(tour, tour.dropFirst() + tour.prefix(1)).reduce(0) { $0 + matrix[$1.0 - 1, $1.1 - 1] }
}
