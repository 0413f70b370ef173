import Foundation
import Testing

/// `customer log` through the real binary: values read as users type them, and bulk writes
/// (order imports, demo loads) leave one counted row per customer.
@Suite struct CustomerLogTests {
    func json(_ rounds: RoundsProcess, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try rounds.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func valuesReadAsTyped() throws {
        let rounds = try RoundsProcess()
        let address = "東京都千代田区丸の内一丁目九番一号 グラントウキョウノースタワー 二十三階 山田精機株式会社 購買部"
        _ = try rounds.run(["customer", "add", "C1", "--name", "山田精機", "--address", address, "--lat", "35.6",
                            "--lon", "139.7", "--windows", "13:00-17:00,09:00-12:00", "--closed-days", "sat,sun",
                            "--tags", "冷蔵,重点", "--potential", "120万"])
        _ = try rounds.run(["customer", "edit", "C1", "--closed-days", "土", "--windows", "10:00-11:00"])
        let log = try json(rounds, ["customer", "log", "C1"])
        let added = try #require(log.first?["summary"] as? String)
        for expected in ["address=\(address) ", "closed_days=sat,sun", "location=35.6,139.7", "potential_yen=1200000",
                         "tags=冷蔵,重点", "time_windows=09:00-12:00,13:00-17:00"] {
            #expect(added.contains(expected), "\(expected) in \(added)")
        }
        #expect(log.last?["summary"] as? String
            == "closed_days: sat,sun → sat; time_windows: 09:00-12:00,13:00-17:00 → 10:00-11:00")

        let csv = try rounds.run(["customer", "log", "C1", "--format", "csv"])
        #expect(csv.stdout.contains(address), "CSV carries values whole")
        let table = try rounds.run(["customer", "log", "C1"])
        #expect(!table.stdout.contains(address) && table.stdout.contains("…"), "a table cuts long values")
    }

    @Test func importedOrdersShowPerCustomer() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "C1", "--name", "山田商店"])
        _ = try rounds.run(["customer", "add", "C2", "--name", "鈴木商店"])
        _ = try rounds.run(["customer", "add", "C3", "--name", "高橋商店"])
        let file = try rounds.write("orders.csv", """
            customer,date,amount_yen
            C1,2026-11-01,1000
            C2,2026-11-02,2000
            C1,2026-11-03,3000
            """)
        let imported = try rounds.run(["--user", "suzuki", "import", "orders", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        for (code, summary) in [("C1", "2 orders added"), ("C2", "1 order added")] {
            let last = try #require(try json(rounds, ["customer", "log", code]).last)
            #expect(last["entity"] as? String == "order")
            #expect(last["action"] as? String == "bulk-import")
            #expect(last["author"] as? String == "suzuki")
            #expect(last["summary"] as? String == summary)
        }
        #expect(try json(rounds, ["customer", "log", "C3"]).count == 1, "only its own add")
        let japanese = try rounds.run(["--lang", "ja", "customer", "log", "C1"])
        #expect(japanese.stdout.contains("一括取込") && japanese.stdout.contains("受注 2件を登録"), "\(japanese.stdout)")
    }

    @Test func demoHistoryShowsPerCustomer() throws {
        let rounds = try RoundsProcess()
        let created = try rounds.run(["demo", "create", "--customers", "20", "--years", "1", "--until", "2026-11-30"])
        #expect(created.status == 0, "\(created.stderr)")
        // A customer with orders: the first order's.
        let code = try #require(rounds.run(["order", "list", "--format", "csv", "--only", "customer"]).stdout
            .split(separator: "\n").first.map(String.init))
        let log = try json(rounds, ["customer", "log", code])
        let orders = try #require(log.first { $0["entity"] as? String == "order" })
        #expect(orders["action"] as? String == "bulk-add")
        let count = try rounds.run(["order", "list", "--customer", code, "--count"]).stdout
        #expect(orders["summary"] as? String == "\(count.dropLast()) orders added")
    }
}
