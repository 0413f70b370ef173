import Foundation
import Testing

@Suite struct BriefTests {
    @Test func briefFromKnownHistory() throws {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            customer add C1 --name 山田商店 --rank focus
            order add C1 --amount 10万 --date 2026-01-10
            order add C1 --amount 10万 --date 2026-02-09
            order add C1 --amount 10万 --date 2026-03-11
            visit log --customer C1 --date 2026-03-12 --purpose 春の発注確認 --next-action 見積送付 --due 2026-03-20
            note add C1 "東和冷機が値引きを提示" --kind competitor --date 2026-03-15
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        let brief = try rounds.run(["brief", "C1"]).stdout
        for expected in ["# Visit brief: 山田商店 (C1)",
                         "**Suggested purpose**: follow up the promised action “見積送付” (due 2026-03-20)",
                         "## Since the last visit\n\n- 2026-03-15 [competitor] 東和冷機が値引きを提示",
                         "- 2026-03-12 春の発注確認 → 見積送付"] {
            #expect(brief.contains(expected), "missing \(expected) in\n\(brief)")
        }
        let html = try rounds.run(["brief", "C1", "--format", "html", "--output", "brief.html"])
        #expect(html.status == 0)
        let page = try rounds.read("brief.html")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<strong>Suggested purpose</strong>"))
        #expect(page.components(separatedBy: "<h2>").count == 6)  // five sections
    }

    @Test func longHistoriesAreSummedUpNotListed() throws {
        let rounds = try RoundsProcess()
        var script = "customer add C1 --name 山田商店\nvisit log --customer C1 --date 2026-01-05 --purpose 挨拶 --next-action 見積\n"
        for day in 10...17 { script += "order add C1 --amount 1万 --date 2026-01-\(day)\n" }
        for day in 10...16 { script += "note add C1 メモ\(day) --date 2026-01-\(day)\n" }
        let setup = try rounds.script(script)
        #expect(setup.status == 0, "\(setup.stderr)")
        let brief = try rounds.run(["brief", "C1"]).stdout
        #expect(brief.contains("""
            ## Since the last visit

            - 8 orders, ¥80,000 in all; the latest:
            - 2026-01-17 order ¥10,000
            """), "\(brief)")
        #expect(brief.contains("- 2026-01-13 order ¥10,000\n- 2026-01-16 [general] メモ16\n"), "\(brief)")
        #expect(!brief.contains("2026-01-12 order") && !brief.contains("メモ11"), "\(brief)")
        #expect(brief.contains("- older notes: note list --customer C1 --from 2026-01-06\n"), "\(brief)")
    }

    @Test func unknownCustomer() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["brief", "NOPE"])
        #expect(result.status == 1)
        #expect(result.stderr == "brief: unknown customer 'NOPE'\n")
    }
}
