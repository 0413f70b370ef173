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

    @Test func unknownCustomer() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["brief", "NOPE"])
        #expect(result.status == 1)
        #expect(result.stderr == "brief: unknown customer 'NOPE'\n")
    }
}
