import Foundation
import Testing

@Suite struct CustomerOverviewTests {
    @Test func showsTheWholeCustomer() throws {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            rep add R01 --name "佐藤 健"
            customer add C1 --name 山田商店 --rep R01 --rank focus
            order add C1 --amount 30万 --date today --product 洗剤 --quantity 20
            deal add C1 --title 冷蔵ケース更新 --competitor 東和冷機
            note add C1 "東和冷機が見積提出" --kind competitor
            visit log --customer C1 --date today --purpose 冬季発注の確認 --next-action 見積送付
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let screen = try rounds.run(["customer", "show", "C1"]).stdout
        for expected in ["山田商店", "■ Last visit", "冬季発注の確認", "■ Open next action\n  見積送付", "#1 冷蔵ケース更新 · hearing",
                         "▁▁▁▁▁▁▁▁▁▁▁█  ", "total ¥300,000", "¥300,000  洗剤 ×20", "[competitor] 東和冷機が見積提出",
                         "deal 1 冷蔵ケース更新: 東和冷機"] {
            #expect(screen.contains(expected), "missing \(expected) in\n\(screen)")
        }
        let json = try rounds.run(["customer", "show", "C1", "--format", "json"]).stdout
        #expect(json.contains("\"code\": \"C1\""))
    }
}
