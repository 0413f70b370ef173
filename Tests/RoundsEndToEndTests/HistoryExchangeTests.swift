import Foundation
import Testing

/// `import`/`export` of deals, notes, visits and contacts through the real binary: round trips in every
/// format, all-or-nothing, ids kept, search finding what was imported.
@Suite struct HistoryExchangeTests {
    static let reps = "code,name\nR01,佐藤 健\nR02,髙田 ①子\n"
    static let customers = "code,name,rep\nC1,山田商店,R01\nC2,髙橋①商店,R02\n"

    /// Every field of each entity filled somewhere, with ①, 髙, a comma, a quote, a line break and a
    /// leading `=` (which CSV export neutralizes and import restores).
    static let deals = #"""
        ID,顧客コード,担当者,件名,金額,ステージ,提案内容,受注予定日,競合,失注理由
        ,C1,,空調更新,120万,hearing,,R8.12.20,東和冷機,
        12,C2,R01,"冷蔵ケース①, 2台",,提案,"髙効率機への""更新""",,,
        ,C2,,=SUM(A1),"¥300,000",lost,,,,"価格
        で負けた"
        """#
    static let notes = """
        id,customer,kind,text,tags,author,date
        ,C1,競合,東和冷機が見積を提出済み,"冷蔵,①",suzuki,2026-11-02
        5,C2,request,納期を早めたい（髙橋様）,,,令和8年11月3日
        ,C2,,=HYPERLINK("x"),a,,2026/11/4
        ,C1,,''=1+1,,,2026-11-05
        """
    static let visits = """
        id,customer,rep,date,status,purpose,proposal,information,next_action,next_action_due,outcomes,report
        ,C1,,2026-12-01,planned,冬季の発注量を確認,,決裁者,,,,
        ,C2,R02,2026-11-20,実施,新商品の提案,髙効率機,,見積送付,2026-11-27,"提案実施、受注",髙橋様①と面談
        """
    static let contacts = """
        ID,顧客コード,氏名,役職,電話番号,メール
        ,C1,田中 一郎,購買課長,03-1234-5678,tanaka@example.jp
        7,C2,"髙橋 ①子, 代表",,090-0000-0000,
        ,C2,=佐藤,決裁者,,
        """

    /// A database with the reps and customers, and (if `history`) the deals, notes, visits and contacts above.
    func company(history: Bool) throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        var files = [("reps", Self.reps), ("customers", Self.customers)]
        if history { files += [("deals", Self.deals), ("notes", Self.notes), ("visits", Self.visits), ("contacts", Self.contacts)] }
        for (entity, text) in files {
            let result = try rounds.run(["import", entity, try rounds.write("\(entity)-seed.csv", text)])
            #expect(result.status == 0, "\(entity): \(result.stderr)")
        }
        return rounds
    }

    func export(_ rounds: RoundsProcess, _ entity: String, _ file: String, _ options: [String] = []) throws -> Data {
        let result = try rounds.run(["export", entity, file] + options)
        #expect(result.status == 0, "\(result.stderr)")
        return try Data(contentsOf: rounds.directory.appendingPathComponent(file))
    }

    @Test(arguments: [
        ("utf8.csv", ["--encoding", "utf8"]), ("bom.csv", []), ("sjis.csv", ["--encoding", "sjis"]),
        ("ja.csv", ["--japanese-headers"]), ("book.xlsx", []), ("data.json", []),
    ])
    func exportImportExportIsIdentical(file: String, options: [String]) throws {
        let source = try company(history: true)
        for entity in ["deals", "notes", "visits", "contacts"] {
            let exported = try export(source, entity, file, options)
            let target = try company(history: false)
            let path = target.directory.appendingPathComponent(file)
            try exported.write(to: path)
            let imported = try target.run(["import", entity, path.path])
            #expect(imported.status == 0, "\(entity) \(file): \(imported.stderr)")
            let again = try export(target, entity, file, options)
            if file.hasSuffix(".xlsx") {
                // The zip holds timestamps; the cells must agree.
                #expect(try export(target, entity, "check.csv") == export(source, entity, "check.csv"), "\(entity) \(file)")
            } else {
                #expect(again == exported, "\(entity) \(file)")
            }
            // Importing the same file again changes nothing: every id exists.
            let repeated = try target.run(["import", entity, path.path])
            let rows = ["deals": 3, "notes": 4, "visits": 2, "contacts": 3][entity]!
            #expect(repeated.stdout.hasSuffix(" 0 added, 0 updated, \(rows) unchanged\n"), "\(repeated.stdout)")
        }
    }

    @Test func exportsWhatWasImported() throws {
        let rounds = try company(history: true)
        #expect(String(decoding: try export(rounds, "deals", "d.csv", ["--encoding", "utf8"]), as: UTF8.self) == #"""
            id,customer,rep,title,amount_yen,stage,proposal,expected_close,competitor,lost_reason
            1,C1,R01,空調更新,1200000,hearing,,2026-12-20,東和冷機,
            12,C2,R01,"冷蔵ケース①, 2台",,proposal,"髙効率機への""更新""",,,
            13,C2,R02,'=SUM(A1),300000,lost,,,,"価格
            で負けた"

            """#.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: "価格\r\n", with: "価格\n"))
        #expect(String(decoding: try export(rounds, "notes", "n.csv", ["--encoding", "utf8"]), as: UTF8.self) == """
            id,customer,kind,text,tags,author,date
            1,C1,competitor,東和冷機が見積を提出済み,"冷蔵,①",suzuki,2026-11-02
            5,C2,request,納期を早めたい（髙橋様）,,tester,2026-11-03
            6,C2,general,"'=HYPERLINK(""x"")",a,tester,2026-11-04
            7,C1,general,''=1+1,,tester,2026-11-05

            """.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(String(decoding: try export(rounds, "visits", "v.csv", ["--encoding", "utf8"]), as: UTF8.self) == """
            id,customer,rep,date,appointment,status,purpose,proposal,information,next_action,next_action_due,outcomes,report
            2,C2,R02,2026-11-20,,done,新商品の提案,髙効率機,,見積送付,2026-11-27,"proposal,order",髙橋様①と面談
            1,C1,R01,2026-12-01,,planned,冬季の発注量を確認,,決裁者,,,,

            """.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(String(decoding: try export(rounds, "contacts", "c.csv", ["--encoding", "utf8"]), as: UTF8.self) == """
            id,customer,name,role,phone,email
            1,C1,田中 一郎,購買課長,03-1234-5678,tanaka@example.jp
            7,C2,"髙橋 ①子, 代表",,090-0000-0000,
            8,C2,'=佐藤,決裁者,,

            """.replacingOccurrences(of: "\n", with: "\r\n"))
        let search = try rounds.run(["search", "髙効率"])
        #expect(search.stdout.contains("deal") && search.stdout.contains("visit"), "\(search.stdout)")
        let competitor = try rounds.run(["search", "東和冷機"])
        #expect(competitor.stdout.contains("note") && competitor.stdout.contains("deal"), "\(competitor.stdout)")
    }

    @Test func aClosedDealStaysClosedOnImport() throws {
        let rounds = try company(history: true)
        // Deal 13 was imported lost; a file that sets it back to hearing is a move `deal move` refuses too.
        let reopen = try rounds.write("reopen.csv", "id,customer,title,stage\n13,C2,=SUM(A1),hearing\n")
        let result = try rounds.run(["import", "deals", reopen])
        #expect(result.status == 1)
        #expect(result.stderr.contains("reopen.csv:2: id: deal 13 is closed (lost) and cannot move"), "\(result.stderr)")
        #expect(try rounds.run(["deal", "list", "--customer", "C2", "--only", "stage"]).stdout == "lost\nproposal\n")
    }

    @Test func aBadLastRowStoresNothing() throws {
        let rounds = try company(history: true)
        let entities = ["deals", "notes", "visits", "contacts"]
        let before = try entities.map { try export(rounds, $0, "\($0)-before.csv") }
        let bad = [
            ("deals", "id,customer,title,stage,amount_yen\n1,C1,更新,quote,100\n,C1,新規,won,5万\n,C9,x,ヒアリング,\n",
             ["deals.csv:2: stage: stage quote requires proposal", "deals.csv:4: customer: no customer with code C9"]),
            ("notes", "id,customer,kind,text,date\n,C1,競合,新しいメモ,2026-11-05\n1,C2,一般,移動,2026-11-05\n5,C2,要望,x,2026-11-05\n5,C2,要望,y,2026-11-06\n"
                + ",C2,要望,z,2026-11-31\n",
             ["notes.csv:3: id: note 1 belongs to customer C1", "notes.csv:5: id: id 5 appears again (first in row 4)",
              "notes.csv:6: date: "]),
            ("visits", "customer,rep,date,status,purpose,outcomes\nC1,,2026-12-02,planned,下見,\nC2,R09,2026-12-03,done,,order\n",
             ["visits.csv:3: rep: no rep with code R09", "visits.csv:3: purpose: logging a visit requires purpose, next-action"]),
            ("contacts", "id,customer,name,email\n,C1,新しい人,\n7,C1,髙橋 ①子,\n,C9,誰か,\n,C2,鈴木,suzuki@\n",
             ["contacts.csv:3: id: contact 7 belongs to customer C2", "contacts.csv:4: customer: no customer with code C9",
              "contacts.csv:5: invalid email 'suzuki@'"]),
        ]
        for (entity, text, expected) in bad {
            let result = try rounds.run(["import", entity, try rounds.write("\(entity).csv", text)])
            #expect(result.status == 1)
            for line in expected { #expect(result.stderr.contains(line), "\(line)\n\(result.stderr)") }
        }
        #expect(try entities.map { try export(rounds, $0, "\($0)-before.csv") } == before)
        #expect(!(try rounds.run(["search", "新しいメモ"]).stdout.contains("新しいメモ")))
    }

    /// Orders are written while the file is read; Ctrl-C (SIGINT) in the middle leaves none of them.
    @Test func anInterruptedOrderImportStoresNothing() throws {
        let rounds = try company(history: false)
        let rows = (0..<300_000).map { "C\($0 % 2 + 1),2026-11-\($0 % 28 + 10),\($0 + 1)000,業務用洗剤,\($0 % 9 + 1)\n" }
        let file = try rounds.write("big.csv", "customer,date,amount_yen,product,quantity\n" + rows.joined())
        let process = Process()
        process.executableURL = RoundsProcess.binary
        process.arguments = ["--db", rounds.database, "import", "orders", file]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1)
        #expect(process.isRunning, "the import is still reading")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(try rounds.run(["order", "list", "--count"]).stdout == "0\n")
        #expect(try rounds.run(["db", "check"]).status == 0)
    }

    @Test func aDryRunShowsTheChangesAndWritesNothing() throws {
        let rounds = try company(history: true)
        let before = try export(rounds, "notes", "before.csv")
        let file = try rounds.write("n.csv", "id,customer,text,date\n5,C2,納期は来月,2026-11-03\n,C1,追加,2026-11-06\n")
        let result = try rounds.run(["import", "notes", file, "--dry-run"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("dry run \(file): 1 to add, 1 to update, 0 unchanged; nothing written\n"), "\(result.stdout)")
        #expect(result.stdout.contains("  update C2 #5\n") && result.stdout.contains("  add C1 #8\n"), "\(result.stdout)")
        #expect(try export(rounds, "notes", "before.csv") == before)
    }
}
