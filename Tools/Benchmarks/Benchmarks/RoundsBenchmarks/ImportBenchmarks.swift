// The import target of the exchange issue, measured like the others on the release binary as a
// whole process:
//
//   T4  rounds --db COPY import orders ORDERS.csv                              ≤ 10 s
//         ORDERS.csv: 1,000,000 orders (customer,date,amount_yen,product,quantity) of the
//         10,000-customer demo company; COPY: a fresh backup of that database every iteration
//         (the import appends), made outside the measurement.
//
// Peak memory (≤ 300 MB) is a process property the wall-clock harness does not see; measure it
// with `/usr/bin/time -v` on the same command (the setup logs the paths).

import Benchmark
import Foundation

func importBenchmarks() {
    Benchmark(
        "T4-import-orders-1m-max10s",
        configuration: target(.seconds(10), warmup: 0, iterations: 5, seconds: 120)
    ) { benchmark in
        let orders = try OrderFile.shared.path()
        let db = try Fixtures.shared.directory().appendingPathComponent("import-\(benchmark.currentIteration).sqlite").path
        Fixtures.removeDatabase(db)
        try Rounds.check(Rounds.run(["--db", try Fixtures.shared.database(customers: 10_000), "db", "backup", db]))
        benchmark.startMeasurement()
        let result = try Rounds.run(["--db", db, "import", "orders", orders])
        benchmark.stopMeasurement()
        try Rounds.check(result)
        Fixtures.removeDatabase(db)
    } setup: {
        _ = try OrderFile.shared.path()
    }
}

/// The million-order CSV, written once per run beside the demo databases.
final class OrderFile: @unchecked Sendable {
    static let shared = OrderFile()
    static let rows = 1_000_000

    private let lock = NSLock()

    func path() throws -> String {
        try lock.withLock {
            let directory = try Fixtures.shared.directory()
            let path = directory.appendingPathComponent("orders-1m.csv").path
            let ready = path + ".ready"
            guard !FileManager.default.fileExists(atPath: ready) else { return path }
            try write(to: path, customers: try customerCodes())
            try Data().write(to: URL(fileURLWithPath: ready))
            Fixtures.log("wrote \(path) (\(Self.rows) orders)")
            return path
        }
    }

    /// The demo company's codes, as `export customers` writes them.
    private func customerCodes() throws -> [String] {
        let db = try Fixtures.shared.database(customers: 10_000)
        let file = try Fixtures.shared.directory().appendingPathComponent("customers-10k.csv").path
        try Rounds.check(Rounds.run(["--db", db, "export", "customers", file, "--encoding", "utf8"]))
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\r\n").dropFirst()
        return lines.map { String($0.prefix { $0 != "," }) }
    }

    /// Orders spread over the customers and a year, a product and quantity on every other row;
    /// a fixed pattern, so every run imports the same file.
    private func write(to path: String, customers: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw BenchmarkFailure("cannot write \(path)")
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("customer,date,amount_yen,product,quantity\r\n".utf8))
        var chunk = ""
        for row in 0..<Self.rows {
            let customer = customers[(row * 7919) % customers.count]
            let month = row % 12 + 1, day = row % 28 + 1
            let date = "2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            let amount = (row % 500 + 1) * 1_000
            chunk += row % 2 == 0 ? "\(customer),\(date),\(amount),業務用洗剤,\(row % 40 + 1)\r\n" : "\(customer),\(date),\(amount),,\r\n"
            if chunk.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
    }
}
