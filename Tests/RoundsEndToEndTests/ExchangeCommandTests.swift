import Foundation
import Testing

/// `import` and `export` through the real binary: encodings, round trips, all-or-nothing.
@Suite struct ExchangeCommandTests {
    /// A company with a rep and two customers that use every customer column.
    func seeded() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let setup = try rounds.run(["-c", """
            rep add R01 --name "佐藤 健"; \
            customer add C1 --name 山田商店 --kana ヤマダ --address 東京都千代田区 --lat 35.68123 --lon 139.7671 \
              --phone 03-1234-5678 --rep R01 --rank focus --potential 120万 --service-minutes 45 \
              --windows 09:00-12:00,13:00-17:00 --closed-days sat,sun --tags a,b; \
            customer add C2 --name "=SUM(1)" --status dormant
            """])
        #expect(setup.status == 0, "\(setup.stderr)")
        return rounds
    }

    func list(_ rounds: RoundsProcess) throws -> String {
        try rounds.run(["customer", "list", "--all", "--wide", "--format", "csv"]).stdout
    }

    @Test func roundTripsChangeNothing() throws {
        let rounds = try seeded()
        let before = try list(rounds)
        for (file, extra) in [("u.csv", ["--encoding", "utf8"]), ("s.csv", ["--encoding", "sjis"]), ("c.xlsx", []), ("c.json", [])] {
            let export = try rounds.run(["export", "customers", file] + extra)
            #expect(export.status == 0, "\(export.stderr)")
            let result = try rounds.run(["import", "customers", file])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "imported \(file): 0 added, 0 updated, 2 unchanged\n")
            #expect(try list(rounds) == before)
        }
    }

    @Test func importsAJapaneseHeaderShiftJISFile() throws {
        let source = try seeded()
        #expect(try source.run(["export", "customers", "顧客.csv", "--encoding", "sjis", "--japanese-headers"]).status == 0)
        let bytes = try Data(contentsOf: source.directory.appendingPathComponent("顧客.csv"))
        #expect(String(data: bytes, encoding: .utf8) == nil, "Shift_JIS bytes are not UTF-8")

        let target = try RoundsProcess()
        #expect(try target.run(["rep", "add", "R01", "--name", "佐藤 健"]).status == 0)
        let path = target.directory.appendingPathComponent("顧客.csv")
        try bytes.write(to: path)
        let result = try target.run(["import", "customers", path.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("2 added, 0 updated, 0 unchanged\n"))
        #expect(try list(target) == list(source))
    }

    @Test func aBadLastRowStoresNothing() throws {
        let rounds = try seeded()
        let before = try list(rounds)
        let file = try rounds.write("bad.csv", """
            顧客コード,顧客名,担当者
            C3,新規商店,R01
            C1,山田商店(改),R01
            C4,鈴木商店,R99
            C5,高橋商店
            """)
        let result = try rounds.run(["import", "customers", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.csv:4: 担当者: no rep with code R99"), "\(result.stderr)")
        #expect(result.stderr.contains("bad.csv:5: the row has 2 values but the header has 3 columns"), "\(result.stderr)")
        #expect(try list(rounds) == before)

        let orders = try rounds.write("orders.csv", "customer,date,amount_yen\nC1,2026-12-01,1000\nC1,2026-02-30,1000\n")
        let failed = try rounds.run(["import", "orders", orders])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("orders.csv:3: date: "), "\(failed.stderr)")
        #expect(try rounds.run(["order", "list", "--count"]).stdout == "0\n")
    }

    @Test func everyBadRowNamesItsColumn() throws {
        let rounds = try seeded()
        let file = try rounds.write("badf.csv", "code,name,lat,potential_yen\nC6,新規,35.6,\nC7,新規,,-5\n")
        let result = try rounds.run(["import", "customers", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("badf.csv:2: lon: latitude and longitude go together"), "\(result.stderr)")
        #expect(result.stderr.contains("badf.csv:3: potential_yen: invalid potential_yen '-5'"), "\(result.stderr)")
    }

    @Test func importedTimeWindowsMayBeFullWidth() throws {
        let rounds = try seeded()
        let file = try rounds.write("windows.csv", "code,name,time_windows\nC8,新規,０９：００～１２：００;13:00〜17:00\n")
        let result = try rounds.run(["import", "customers", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try rounds.run(["customer", "show", "C8", "--only", "time_windows"]).stdout == "09:00-12:00,13:00-17:00\n")
    }

    @Test func aDryRunWritesNothing() throws {
        let rounds = try seeded()
        let before = try list(rounds)
        let file = try rounds.write("new.csv", "code,name,closed_days\nC1,山田商店,土;日\nC9,新規,\n")
        let result = try rounds.run(["import", "customers", file, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("dry run \(file): 1 to add, 1 to update, 0 unchanged; nothing written\n"))
        #expect(result.stdout.contains("  add C9\n") && result.stdout.contains("  update C1\n"))
        #expect(try list(rounds) == before)
    }

    @Test func ordersWithEraDatesAndYenAmounts() throws {
        let rounds = try seeded()
        let file = try rounds.write("受注.csv", """
            顧客コード,受注日,金額,商品,数量
            C1,R8.11.29,"¥1,234,000",業務用洗剤,20
            C2,令和8年12月1日,120万,,
            """)
        let result = try rounds.run(["import", "orders", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("2 added, 0 updated, 0 unchanged\n"))
        let export = try rounds.run(["export", "orders", "o.csv", "--encoding", "utf8"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try rounds.read("o.csv") == """
            id,customer,date,amount_yen,product,category,quantity,rep
            1,C1,2026-11-29,1234000,業務用洗剤,,20,R01
            2,C2,2026-12-01,1200000,,,,

            """.replacingOccurrences(of: "\n", with: "\r\n"))
        // The export carries every field and the ids: read back, it changes nothing and adds nothing.
        let again = try rounds.run(["import", "orders", "o.csv"])
        #expect(again.stdout.hasSuffix("0 added, 0 updated, 2 unchanged\n"), "\(again.stdout)\(again.stderr)")
        let edited = try rounds.write("o2.csv", "id,customer,date,amount_yen,category\n2,C2,2026-12-01,1300000,洗剤\n1,C2,2026-11-29,1,\n")
        let moved = try rounds.run(["import", "orders", edited])
        #expect(moved.status == 1)
        #expect(moved.stderr.contains("order 1 belongs to customer C1"), "\(moved.stderr)")
        let fixed = try rounds.write("o3.csv", "id,customer,date,amount_yen,category\n2,C2,2026-12-01,1300000,洗剤\n2,C2,2026-12-02,1,\n")
        let twice = try rounds.run(["import", "orders", fixed])
        #expect(twice.stderr.contains("o3.csv:3: id:"), "an id twice in one file: \(twice.stderr)")
        let corrected = try rounds.write("o4.csv", "id,customer,date,amount_yen,category\n2,C2,2026-12-01,1300000,洗剤\n")
        #expect(try rounds.run(["import", "orders", corrected]).stdout.hasSuffix("0 added, 1 updated, 0 unchanged\n"))
        #expect(try rounds.run(["order", "list", "--customer", "C2", "--only", "category"]).stdout == "洗剤\n")
    }
}
