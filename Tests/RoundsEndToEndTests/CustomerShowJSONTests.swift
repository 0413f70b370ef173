import Foundation
import Testing

/// `customer show --format json` carries every section of the screen, from a known history.
@Suite struct CustomerShowJSONTests {
    @Test func jsonCarriesTheWholeView() throws {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            rep add R01 --name "佐藤 健"
            customer add C1 --name 山田商店 --rep R01 --rank focus
            order add C1 --amount 30万 --date today --product 洗剤 --quantity 20
            order add C1 --amount 5万 --date 2020-01-15
            deal add C1 --title 冷蔵ケース更新 --competitor 東和冷機
            note add C1 "東和冷機が見積提出" --kind competitor --date 2020-03-15
            note add C1 "春の棚替えを検討中" --date 2020-03-16
            visit log --customer C1 --date 2020-03-12 --purpose 冬季発注の確認 --next-action 見積送付 --due 2020-03-20
            visit plan C1 --date 2099-01-10 --purpose 見積の説明
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let result = try rounds.run(["customer", "show", "C1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let view = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Array(view.keys).sorted() == ["competitor_mentions", "last_visit", "monthly_sales", "next_visit", "open_deals",
                                              "open_next_actions", "profile", "recent_notes", "recent_orders",
                                              "sales_12_months_yen"])

        let profile = try #require(view["profile"] as? [String: Any])
        #expect(profile["code"] as? String == "C1")
        #expect(profile["name"] as? String == "山田商店")
        #expect(profile["rank"] as? String == "focus")
        #expect(profile["rep"] as? String == "R01")

        let last = try #require(view["last_visit"] as? [String: Any])
        #expect(last["date"] as? String == "2020-03-12")
        #expect(last["purpose"] as? String == "冬季発注の確認")
        #expect(last["status"] as? String == "done")
        let actions = try #require(view["open_next_actions"] as? [[String: Any]])
        #expect(actions.count == 1)
        #expect(actions.first?["action"] as? String == "見積送付")
        #expect(actions.first?["due"] as? String == "2020-03-20")
        #expect(actions.first?["visit"] as? Int == last["id"] as? Int)
        let next = try #require(view["next_visit"] as? [String: Any])
        #expect(next["date"] as? String == "2099-01-10")
        #expect(next["purpose"] as? String == "見積の説明")

        let deals = try #require(view["open_deals"] as? [[String: Any]])
        #expect(deals.map { $0["title"] as? String } == ["冷蔵ケース更新"])
        #expect(deals.first?["stage"] as? String == "hearing")

        let orders = try #require(view["recent_orders"] as? [[String: Any]])
        #expect(orders.map { $0["amount_yen"] as? Int } == [300_000, 50_000], "newest first")
        #expect(orders.first?["product"] as? String == "洗剤")
        #expect(orders.first?["quantity"] as? Int == 20)
        let months = try #require(view["monthly_sales"] as? [[String: Any]])
        #expect(months.count == 12)
        #expect(months.map { $0["amount_yen"] as? Int } == Array(repeating: 0, count: 11) + [300_000], "this month last")
        #expect(months.allSatisfy { ($0["month"] as? String)?.count == 7 })
        #expect(view["sales_12_months_yen"] as? Int == 300_000, "the 2020 order is older than twelve months")

        let notes = try #require(view["recent_notes"] as? [[String: Any]])
        #expect(notes.map { $0["kind"] as? String } == ["general", "competitor"])
        #expect(notes.first?["text"] as? String == "春の棚替えを検討中")
        let mentions = try #require(view["competitor_mentions"] as? [[String: Any]])
        #expect(mentions.map { $0["source"] as? String } == ["note", "deal"])
        #expect(mentions.first?["text"] as? String == "東和冷機が見積提出")
        #expect(mentions.last?["competitor"] as? String == "東和冷機")
    }

    @Test func emptyHistoryIsNullsAndEmptyLists() throws {
        let rounds = try RoundsProcess()
        #expect(try rounds.run(["customer", "add", "C2", "--name", "丸栄食品"]).status == 0)
        let result = try rounds.run(["customer", "show", "C2", "--format", "json"])
        let view = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(view["last_visit"] is NSNull)
        #expect(view["next_visit"] is NSNull)
        #expect((view["open_deals"] as? [Any])?.isEmpty == true)
        #expect((view["monthly_sales"] as? [Any])?.count == 12)
        #expect(view["sales_12_months_yen"] as? Int == 0)
    }

    @Test func csvStaysTheProfile() throws {
        let rounds = try RoundsProcess()
        #expect(try rounds.run(["customer", "add", "C3", "--name", "東和電機"]).status == 0)
        let csv = try rounds.run(["customer", "show", "C3", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("field,value\ncode,C3\nname,東和電機\n"))
    }
}
