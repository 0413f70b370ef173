import Foundation
import Testing

/// The customer history through the real binary: a rep's week as a script, then what the
/// listings, `deal show` and `customer log` make of it.
@Suite struct HistoryCommandTests {
    /// Runs `text` as a script written by `user`.
    func script(_ rounds: RoundsProcess, _ text: String, user: String = "sato") throws -> RoundsProcess.Result {
        let path = try rounds.write("week.rounds", text)
        return try rounds.run(["--user", user, "-f", path])
    }

    func json(_ rounds: RoundsProcess, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try rounds.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func aRepsWeek() throws {
        let rounds = try RoundsProcess()
        let week = try script(rounds, """
            rep add R01 --name "佐藤 健"
            customer add C0001 --name 山田精機 --rep R01 --rank focus
            visit plan C0001 --date 2026-12-01 --purpose 冬季の発注量を確認 --obtain 決裁者の名前
            visit log 1 --date 2026/12/1 --outcome proposal,deal-created --next-action 見積送付 --due 2026-12-05 --report 好感触
            order add C0001 --amount 12万 --date 2026-12-01 --product 業務用洗剤 --quantity 20
            deal add C0001 --title 冷蔵ケース更新 --competitor 東和冷機 --expected-close 2026-12-20
            if not deal move 1 proposal
              echo "refused: no proposal yet"
            end
            deal move 1 提案 --proposal 省エネ機種への更新
            deal move 1 quote --amount 120万
            deal move 1 won
            note add C0001 "東和冷機が見積を提出済み" --kind 競合 --tags 冷蔵,価格
            contact add C0001 --name "田中 一郎" --role 購買課長 --email tanaka@example.jp
            customer edit C0001 --phone 03-1234-5678 --rank develop
            """)
        #expect(week.status == 0, "\(week.stderr)")
        #expect(week.stdout == """
            added rep R01 佐藤 健
            added customer C0001 山田精機
            planned visit 1 to C0001 on 2026-12-01
            logged visit 1 to C0001 on 2026-12-01
            added order 1 for C0001: ¥120,000
            added deal 1 for C0001 at hearing
            refused: no proposal yet
            deal 1: hearing → proposal
            deal 1: proposal → quote
            deal 1: quote → won
            added competitor note 1 for C0001
            added contact 1 田中 一郎 at C0001
            updated customer C0001

            """)
        #expect(week.stderr.hasSuffix("deal: stage proposal requires proposal\n"), "\(week.stderr)")

        let visits = try json(rounds, ["visit", "list", "--customer", "C0001"])
        #expect(visits.count == 1)
        #expect(visits[0]["status"] as? String == "done")
        #expect(visits[0]["purpose"] as? String == "冬季の発注量を確認")
        #expect(visits[0]["information_to_obtain"] as? String == "決裁者の名前")
        #expect(visits[0]["next_action_due"] as? String == "2026-12-05")
        #expect(visits[0]["outcomes"] as? String == "proposal,deal-created")
        #expect(visits[0]["rep"] as? String == "R01")

        let orders = try json(rounds, ["order", "list", "--from", "2026-12-01", "--to", "2026-12-31"])
        #expect(orders.count == 1)
        #expect(orders[0]["amount_yen"] as? Int == 120_000)
        #expect(orders[0]["quantity"] as? Int == 20)

        let deals = try json(rounds, ["deal", "list", "--customer", "C0001"])
        #expect(deals.count == 1)
        #expect(deals[0]["stage"] as? String == "won")
        #expect(deals[0]["amount_yen"] as? Int == 1_200_000)
        #expect(deals[0]["proposal"] as? String == "省エネ機種への更新")
        #expect(try rounds.run(["deal", "list", "--open", "--count"]).stdout == "0\n")

        let notes = try json(rounds, ["note", "list", "--kind", "competitor"])
        #expect(notes.map { $0["text"] as? String } == ["東和冷機が見積を提出済み"])
        #expect(notes[0]["tags"] as? String == "冷蔵,価格")
        #expect(notes[0]["author"] as? String == "sato")
        let contacts = try json(rounds, ["contact", "list", "--customer", "C0001"])
        #expect(contacts.map { $0["role"] as? String } == ["購買課長"])

        let show = try rounds.run(["--lang", "ja", "deal", "show", "1"])
        #expect(show.stdout.contains("ステージ      受注"), "\(show.stdout)")
        #expect(show.stdout.contains("ヒアリング 20"))
        #expect(show.stdout.contains("→ 受注 20"))
        #expect(show.stdout.contains("(sato)"))

        let log = try json(rounds, ["customer", "log", "C0001"])
        #expect(log.map { "\($0["entity"]!) \($0["action"]!)" } == [
            "customer add", "visit plan", "visit log", "order add", "deal add", "deal move", "deal move", "deal move",
            "note add", "contact add", "customer edit",
        ])
        #expect(Set(log.map { $0["author"] as? String }) == ["sato"])
        #expect(log.last?["summary"] as? String == "phone: – → 03-1234-5678; rank: focus → develop")
        #expect(log[5]["summary"] as? String == "proposal: – → 省エネ機種への更新; stage: hearing → proposal")
        #expect(log[5]["id"] as? Int == 1)
        #expect((log[2]["summary"] as? String)?.contains("status: planned → done") == true)
    }

    @Test func fullWidthAmountsAndTimesAreAccepted() throws {
        let rounds = try RoundsProcess()
        let add = try rounds.run(["customer", "add", "C1", "--name", "山田商店", "--windows", "０９：００〜１２：００，13:00～17:00"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try rounds.run(["customer", "show", "C1", "--only", "time_windows"]).stdout == "09:00-12:00,13:00-17:00\n")
        let order = try rounds.run(["order", "add", "C1", "--amount", "１２３４５"])
        #expect(order.status == 0, "\(order.stderr)")
        #expect(try rounds.run(["order", "list", "--only", "amount_yen"]).stdout == "12345\n")
    }

    @Test func badInputIsOneLineAndWritesNothing() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "C1", "--name", "山田商店"])
        _ = try rounds.run(["deal", "add", "C1", "--title", "x", "--stage", "lost", "--lost-reason", "価格"])
        let cases: [([String], String)] = [
            (["order", "add", "C9", "--amount", "1万"], "unknown customer 'C9'"),
            (["order", "add", "C1", "--amount", "lots"], "invalid amount 'lots'"),
            (["order", "add", "C1", "--amount", "1", "--date", "2026-02-30"], "invalid date '2026-02-30': there is no such day"),
            (["order", "add", "C1", "--amount", "1", "--date", "29/11/2026"], "invalid date '29/11/2026'"),
            (["order", "add", "C1"], "--amount is required"),
            (["deal", "add", "C9", "--title", "x"], "unknown customer 'C9'"),
            (["deal", "add", "C1", "--title", "x", "--stage", "quote"], "stage quote requires proposal, amount"),
            (["deal", "add", "C1", "--title", "x", "--amount", "12x"], "invalid amount '12x'"),
            (["deal", "move", "1", "quote", "--proposal", "p", "--amount", "1"], "deal 1 is closed (lost) and cannot move"),
            (["deal", "move", "2", "quote"], "unknown deal 2"),
            (["deal", "move", "x", "quote"], "invalid deal id 'x'"),
            (["deal", "move", "1", "closing"], "invalid stage 'closing'"),
            (["visit", "plan", "C1", "--date", "2026-12-01"], "planning a visit requires purpose"),
            (["visit", "plan", "C1", "--purpose", "p", "--date", "tomorow"], "invalid date 'tomorow'"),
            (["visit", "log", "--customer", "C1", "--purpose", "p"], "logging a visit requires next-action"),
            (["visit", "log", "--customer", "C9", "--purpose", "p", "--next-action", "n"], "unknown customer 'C9'"),
            (["visit", "log", "--customer", "C1", "--purpose", "p", "--next-action", "n", "--outcome", "won"],
             "invalid outcome 'won'"),
            (["visit", "log", "--purpose", "p"], "give a planned visit's id or --customer"),
            (["visit", "log", "7", "--next-action", "n"], "unknown visit 7"),
            (["note", "add", "C1", "x", "--kind", "rumour"], "invalid kind 'rumour'"),
            (["contact", "add", "C1", "--name", "田中", "--email", "tanaka"], "invalid email 'tanaka'"),
            (["order", "list", "--customer", "C9"], "unknown customer 'C9'"),
            (["customer", "log", "C9"], "unknown customer 'C9'"),
        ]
        for (arguments, expected) in cases {
            let result = try rounds.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
        }
        for list in [["order", "list"], ["visit", "list"], ["note", "list"], ["contact", "list"]] {
            #expect(try rounds.run(list + ["--count"]).stdout == "0\n", "\(list)")
        }
        #expect(try json(rounds, ["deal", "list"]).map { $0["stage"] as? String } == ["lost"])
        let log = try json(rounds, ["customer", "log", "C1"])
        #expect(log.map { $0["action"] as? String } == ["add", "add"], "only the customer and the deal were written")
    }

    @Test func authorsComeFromUserOrEnvironment() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "C1", "--name", "山田商店"])
        _ = try rounds.run(["--user", "suzuki", "note", "add", "C1", "納品は午前希望", "--kind", "request"])
        let log = try json(rounds, ["customer", "log", "C1"])
        #expect(log.map { $0["author"] as? String } == ["tester", "suzuki"])
        let notes = try rounds.run(["--lang", "ja", "note", "list", "--customer", "C1"])
        #expect(notes.stdout.contains("要望"))
        #expect(notes.stdout.contains("suzuki"))
    }

    @Test func unplannedVisitsAndFilters() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["rep", "add", "R01", "--name", "佐藤"])
        _ = try rounds.run(["rep", "add", "R02", "--name", "鈴木"])
        _ = try rounds.run(["customer", "add", "C1", "--name", "山田商店", "--rep", "R01"])
        _ = try rounds.run(["customer", "add", "C2", "--name", "丸栄食品", "--rep", "R02"])
        let logged = try rounds.run(["visit", "log", "--customer", "C2", "--date", "2026-11-20", "--purpose", "挨拶",
                                     "--next-action", "カタログ送付", "--outcome", "提案実施"])
        #expect(logged.stdout == "logged visit 1 to C2 on 2026-11-20\n", "\(logged.stderr)")
        _ = try rounds.run(["visit", "plan", "C1", "--date", "2026-12-01", "--purpose", "定期訪問"])
        _ = try rounds.run(["visit", "plan", "C2", "--date", "2026-12-02", "--purpose", "見積説明", "--rep", "R01"])

        #expect(try rounds.run(["visit", "list", "--only", "id"]).stdout == "3\n2\n1\n", "newest first")
        #expect(try rounds.run(["visit", "list", "--status", "planned", "--rep", "R01", "--only", "id"]).stdout == "3\n2\n")
        #expect(try rounds.run(["visit", "list", "--to", "2026-11-30", "--only", "customer"]).stdout == "C2\n")
        #expect(try rounds.run(["visit", "list", "--limit", "1", "--only", "date"]).stdout == "2026-12-02\n")
        // Japanese era dates, as on paper forms and in imports, work on the command line too.
        #expect(try rounds.run(["visit", "list", "--from", "令和8年11月20日", "--to", "R8.11.20", "--only", "id"]).stdout == "1\n")
        let show = try rounds.run(["visit", "show", "1", "--format", "json"])
        #expect(show.stdout.contains("\"outcomes\": \"proposal\""), "\(show.stdout)")
        #expect(show.stdout.contains("\"status\": \"done\""))
    }

    @Test func loggedVisitsKeepAPastPlannedDay() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "C1", "--name", "山田商店"])
        _ = try rounds.run(["visit", "plan", "C1", "--date", "2020-01-10", "--purpose", "定期訪問", "--next-action", "見積"])
        _ = try rounds.run(["visit", "plan", "C1", "--date", "2099-01-10", "--purpose", "定期訪問", "--next-action", "見積"])
        #expect(try rounds.run(["visit", "log", "1"]).stdout == "logged visit 1 to C1 on 2020-01-10\n")
        let early = try rounds.run(["visit", "log", "2", "--report", "早めに訪問"])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(!early.stdout.contains("2099"), "a visit made early happened today: \(early.stdout)")
    }
}
