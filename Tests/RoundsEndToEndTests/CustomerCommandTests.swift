import Foundation
import Testing

/// The customer master through the real binary: what a user types, what they see, what is stored.
@Suite struct CustomerCommandTests {
    @Test func addListShowAndEdit() throws {
        let rounds = try RoundsProcess()
        #expect(try rounds.run(["rep", "add", "R01", "--name", "佐藤 健", "--start", "35.6812,139.7671"]).status == 0)
        let add = try rounds.run(["customer", "add", "C0001", "--name", "山田精機", "--kana", "ヤマダセイキ", "--rep", "R01",
                                  "--rank", "重点", "--potential", "120万", "--lat", "35.56", "--lon", "139.71",
                                  "--windows", "13:00-17:00,09:00-12:00", "--closed-days", "土日", "--tags", "大口,競合あり"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "added customer C0001 山田精機\n")

        let json = try rounds.run(["customer", "list", "--format", "json", "--wide"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["potential_yen"] as? Int == 1_200_000)
        #expect(rows[0]["rank"] as? String == "focus")
        #expect(rows[0]["time_windows"] as? String == "09:00-12:00,13:00-17:00")
        #expect(rows[0]["closed_days"] as? String == "sat,sun")

        #expect(try rounds.run(["customer", "edit", "C0001", "--phone", "03-1234-5678", "--rank", "develop"]).status == 0)
        let show = try rounds.run(["--lang", "ja", "customer", "show", "C0001"])
        #expect(show.stdout.contains("育成"))
        #expect(show.stdout.contains("03-1234-5678"))
        #expect(show.stdout.contains("¥1,200,000"))
    }

    @Test func showPrintsOneFieldOrTheCountOfOne() throws {
        let rounds = try RoundsProcess()
        #expect(try rounds.run(["customer", "add", "C1", "--name", "山田精機", "--phone", "03-1234-5678"]).status == 0)
        #expect(try rounds.run(["customer", "show", "C1", "--only", "phone"]).stdout == "03-1234-5678\n")
        #expect(try rounds.run(["customer", "show", "C1", "--count"]).stdout == "1\n")
        let bad = try rounds.run(["customer", "show", "C1", "--only", "fax"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("fax") && bad.stderr.contains("phone"))
    }

    @Test func outputFileExtensionChoosesTheFormat() throws {
        let rounds = try RoundsProcess()
        #expect(try rounds.run(["customer", "add", "C1", "--name", "山田精機"]).status == 0)
        for file in ["x.csv", "x.json", "x.txt", "y.json"] {
            let options = file == "y.json" ? ["--format", "csv"] : []
            #expect(try rounds.run(["customer", "list", "--output", file] + options).status == 0)
        }
        #expect(try rounds.read("x.csv").hasPrefix("code,name"))
        #expect(try rounds.read("x.json").hasPrefix("["))
        #expect(try !rounds.read("x.txt").hasPrefix("code,") && !rounds.read("x.txt").hasPrefix("["))
        #expect(try rounds.read("y.json").hasPrefix("code,name"))
    }

    @Test func tableAlignsJapaneseByDisplayWidth() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "A1", "--name", "山田精機株式会社"])
        _ = try rounds.run(["customer", "add", "A2", "--name", "ACME"])
        let table = try rounds.run(["customer", "list", "--only", "name"])
        #expect(table.stdout == "山田精機株式会社\nACME\n")
        let rows = try rounds.run(["customer", "list"]).stdout.split(separator: "\n").dropFirst(2)
        // "山田精機株式会社" is 8 characters but 16 columns wide: "active" must start at the same column on both rows.
        let statusColumns = rows.map { row in
            row[..<row.range(of: "active")!.lowerBound].reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
        }
        #expect(statusColumns.count == 2 && Set(statusColumns).count == 1, "\(rows)")
    }

    @Test func badInputNamesFieldAndValueAndWritesNothing() throws {
        let rounds = try RoundsProcess()
        let cases: [([String], String)] = [
            (["customer", "add", "C1", "--name", "x", "--lat", "95", "--lon", "139"], "invalid latitude '95'"),
            (["customer", "add", "C1", "--name", "x", "--lat", "35", "--lon", "190"], "invalid longitude '190'"),
            (["customer", "add", "C1", "--name", "x", "--windows", "17:00-09:00"], "invalid windows '17:00-09:00'"),
            (["customer", "add", "C1", "--name", "x", "--windows", "09:00-12:00,11:00-13:00"], "overlaps"),
            (["customer", "add", "C1", "--name", "x", "--rep", "R9"], "unknown rep 'R9'"),
            (["customer", "add", "C1", "--name", "x", "--rank", "gold"], "invalid rank 'gold'"),
            (["customer", "add", "C1", "--name", "x", "--potential", "lots"], "invalid potential 'lots'"),
            (["customer", "add", "C1"], "--name is required"),
            (["customer", "add", "C 1", "--name", "x"], "invalid code 'C 1'"),
            (["customer", "add", "C1", "--name", "x", "--bogus", "1"], "unknown option '--bogus'"),
            (["customer", "list", "--where", "rank = "], "--where: column"),
        ]
        for (arguments, expected) in cases {
            let result = try rounds.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
        }
        #expect(try rounds.run(["customer", "list", "--count", "--all"]).stdout == "0\n")
        _ = try rounds.run(["customer", "add", "C1", "--name", "x"])
        let duplicate = try rounds.run(["customer", "add", "C1", "--name", "y"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr.contains("duplicate"))
    }

    @Test func archivedCustomersLeaveListings() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "C1", "--name", "x"])
        _ = try rounds.run(["customer", "add", "C2", "--name", "y"])
        #expect(try rounds.run(["customer", "archive", "C2"]).status == 0)
        #expect(try rounds.run(["customer", "list", "--only", "code"]).stdout == "C1\n")
        #expect(try rounds.run(["customer", "list", "--all", "--only", "code"]).stdout == "C1\nC2\n")
        #expect(try rounds.run(["customer", "list", "--where", "status = archived", "--only", "code"]).stdout == "C2\n")
    }

    @Test func japaneseMessagesFromLocale() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["customer", "show", "NOPE"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.stderr == "customer: 顧客 'NOPE' は登録されていません\n")
        let suggestion = try rounds.run(["custmer", "list"])
        #expect(suggestion.stderr.contains("did you mean 'customer'?"))
        #expect(suggestion.status == 2)
    }
}
