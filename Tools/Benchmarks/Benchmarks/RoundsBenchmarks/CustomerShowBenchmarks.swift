// Performance targets of the customer-screen issue, measured like the others on the release
// `rounds` binary as a whole process (spawn → exit):
//
//   S1  rounds --db DBSHOW customer show BENCH1      ≤ 30 ms  (5,000 orders and 500 notes)
//   S2  rounds --db DBSHOW brief BENCH1              no target yet: reported, and compared between runs
//
// DBSHOW is made once per run through the binary itself, as a user would: `demo create --customers
// 300`, then `-f` on a generated script that adds the customer BENCH1 and its 500 notes, then
// `import orders` of a generated CSV of 5,000 orders spread over the last three years (so the
// twelve-month sparkline and the brief's order rhythm have data). BENCH1 is a customer of its own,
// so whatever history `demo create` gives its customers does not change what is measured.

import Benchmark
import Foundation

func customerShowBenchmarks() {
    Benchmark(
        "S1-customer-show-5k-orders-max30ms",
        configuration: target(.milliseconds(30), warmup: 3, iterations: 60, seconds: 10)
    ) { _ in
        let db = try ShowFixture.shared.database()
        try Rounds.check(Rounds.run(["--db", db, "customer", "show", ShowFixture.customer]))
    } setup: {
        _ = try ShowFixture.shared.database()
    }

    Benchmark(
        "S2-brief-5k-orders",
        configuration: target(nil, warmup: 3, iterations: 40, seconds: 10)
    ) { _ in
        let db = try ShowFixture.shared.database()
        try Rounds.check(Rounds.run(["--db", db, "brief", ShowFixture.customer]))
    } setup: {
        _ = try ShowFixture.shared.database()
    }
}

/// The one-customer-with-a-long-history database, shared by the benchmarks of one run like
/// `Fixtures`' demo databases (a `.ready` marker, written last, says it is complete).
final class ShowFixture: @unchecked Sendable {
    static let shared = ShowFixture()
    static let customer = "BENCH1"
    static let orders = 5_000
    static let notes = 500

    private let lock = NSLock()
    private var made: String?

    func database() throws -> String {
        try lock.withLock {
            if let made { return made }
            let directory = try Fixtures.shared.directory()
            let path = directory.appendingPathComponent("show-\(Self.orders).sqlite").path
            if !FileManager.default.fileExists(atPath: path + ".ready") {
                Fixtures.removeDatabase(path)
                try make(path, in: directory)
                try Data().write(to: URL(fileURLWithPath: path + ".ready"))
            }
            made = path
            return path
        }
    }

    private func make(_ path: String, in directory: URL) throws {
        let start = ContinuousClock.now
        try Rounds.check(Rounds.run(["demo", "create", "--customers", "300", "--reps", "8", "--seed", "1", "--db", path]))
        let script = directory.appendingPathComponent("show-notes.rounds")
        try Self.notesScript().write(to: script, atomically: true, encoding: .utf8)
        try Rounds.check(Rounds.run(["--db", path, "-f", script.path]))
        let orders = directory.appendingPathComponent("show-orders.csv")
        try Self.ordersCSV().write(to: orders, atomically: true, encoding: .utf8)
        try Rounds.check(Rounds.run(["--db", path, "import", "orders", orders.path]))
        let counted = (try Fixtures.count(["--db", path, "order", "list", "--customer", Self.customer, "--count"]),
                       try Fixtures.count(["--db", path, "note", "list", "--customer", Self.customer, "--count"]))
        guard counted == (Self.orders, Self.notes) else {
            throw BenchmarkFailure("\(path) holds \(counted.0) orders and \(counted.1) notes of \(Self.customer)")
        }
        Fixtures.log("made \(path) (\(Self.customer): \(Self.orders) orders, \(Self.notes) notes) in \(start.duration(to: .now))")
    }

    /// The day `daysAgo` days before today, as `YYYY-MM-DD` (UTC is near enough for spreading history).
    private static func day(_ daysAgo: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSinceNow: -Double(daysAgo) * 86_400))
    }

    /// The customer, then notes of every kind, newest first, about two a week over three years.
    private static func notesScript() -> String {
        let kinds = ["general", "competitor", "request"]
        var lines = ["customer add \(customer) --name ベンチ商事 --rep R01 --rank focus"]
        for index in 0..<notes {
            lines.append("note add \(customer) \"メモ \(index): 東和冷機の見積と次回の提案\" --kind \(kinds[index % 3]) "
                + "--date \(day(index * 1_096 / notes))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Orders over the last three years (about 140 a month), amounts between ¥10,000 and ¥99,999.
    private static func ordersCSV() -> String {
        var text = "customer,date,amount_yen,product,quantity\n"
        for index in 0..<orders {
            text += "\(customer),\(day(index * 1_096 / orders)),\(10_000 + index * 7_919 % 90_000),商品\(index % 17),\(1 + index % 9)\n"
        }
        return text
    }
}
