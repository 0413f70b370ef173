import Foundation
import Testing

/// `next` and `rule …` through the binary, on 2026-11-30: C1 reorders about monthly (next order
/// 2026-12-06) and promised a quote by 2026-12-01; C2 (develop) was last visited 60 days ago;
/// C3 is a focus customer without phone, map position or hours (Example Co.'s plugin rule);
/// C4 has nothing to do.
@Suite struct NextCommandTests {
    private func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            rep add R01 --name 佐藤
            rep add R02 --name 鈴木
            customer add C1 --name 山田商店 --rep R01 --rank focus --phone 03-1111-2222 --lat 35.68 --lon 139.76 --windows 09:00-17:00
            customer add C2 --name 丸栄食品 --rep R01 --rank develop --phone 03-3333-4444 --lat 35.6 --lon 139.7 --windows 09:00-17:00
            customer add C3 --name 東和電機 --rep R01 --rank focus
            customer add C4 --name 三光印刷 --rep R02 --rank maintain --phone 03-5555-6666 --lat 35.5 --lon 139.6 --windows 09:00-17:00
            order add C1 --amount 10万 --date 2026-08-05
            order add C1 --amount 10万 --date 2026-09-05
            order add C1 --amount 10万 --date 2026-10-05
            order add C1 --amount 10万 --date 2026-11-05
            visit log --customer C1 --date 2026-11-25 --purpose 発注確認 --next-action 見積送付 --due 2026-12-01
            visit log --customer C2 --date 2026-10-01 --purpose 挨拶 --next-action 提案
            visit log --customer C3 --date 2026-11-28 --purpose 挨拶 --next-action 提案
            visit log --customer C4 --date 2026-11-20 --purpose 挨拶 --next-action 提案
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        return rounds
    }

    private func rows(_ result: RoundsProcess.Result) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func oneRowPerCustomerByScoreWithThePluginsRule() throws {
        let rounds = try company()
        let next = try rows(rounds.run(["next", "--date", "2026-11-30", "--format", "json"]))
        #expect(next.map { $0["code"] as? String } == ["C1", "C2", "C3"])
        #expect(next.map { $0["score"] as? Int } == [150, 50, 30])
        #expect(next[0]["reasons"] as? String
                == "next action due on 2026-12-01; reorder expected on 2026-12-06 (every 31 days)")
        #expect(next[0]["rules"] as? String == "next-action-due,reorder-due")
        #expect(next[0]["action"] as? String == "follow up the promised next action")
        #expect(next[2]["reasons"] as? String == "focus customer missing 3 of phone, map position and hours")
        #expect(next[2]["rules"] as? String == "focus-details", "Example Co.'s rule, on its own fact")

        #expect(try rows(rounds.run(["next", "--date", "2026-11-30", "--rep", "R02", "--format", "json"])).isEmpty)
        #expect(try rows(rounds.run(["next", "--date", "2026-11-30", "--limit", "1", "--format", "json"])).count == 1)
        let csv = try rounds.run(["next", "--date", "2026-11-30", "--all", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n").count == 4, "\(csv.stdout)")
        let unknown = try rounds.run(["next", "--rep", "R09"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no rep 'R09'"), "\(unknown.stderr)")
        #expect(try rounds.run(["next", "--all", "--limit", "3"]).status == 2)
    }

    @Test func rulesAreAddedSwitchedAndTestedInTheRulesFile() throws {
        let rounds = try company()
        let disable = try rounds.run(["rule", "disable", "visit-overdue"])
        #expect(disable.status == 0 && disable.stdout == "rule 'visit-overdue' disabled\n", "\(disable.stderr)")
        #expect(try rounds.read("rounds-rules.yaml").contains("- name: visit-overdue\n  enabled: false"))
        let add = try rounds.run(["rule", "add", "quiet", "--when", "days_since_order > 20", "--message",
                                  "no order for {days_since_order} days", "--priority", "5", "--purpose", "ご用聞き"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(try rounds.run(["rule", "add", "quiet", "--when", "open_deals > 0", "--message", "m"]).status == 1,
                "a name already taken needs --replace")

        let next = try rows(rounds.run(["next", "--date", "2026-11-30", "--format", "json"]))
        #expect(next.map { $0["code"] as? String } == ["C1", "C3"])
        #expect(next[0]["rules"] as? String == "next-action-due,reorder-due,quiet")

        let list = try rows(rounds.run(["rule", "list", "--format", "json"]))
        #expect(list.map { $0["name"] as? String } == ["next-action-due", "sales-drop", "deal-stale", "reorder-due",
                                                       "visit-overdue", "high-potential", "focus-details", "quiet"])
        #expect(list[4]["enabled"] as? Bool == false && list[4]["origin"] as? String == "changed")
        #expect(list[7]["origin"] as? String == "file")

        let test = try rows(rounds.run(["rule", "test", "reorder-due", "--date", "2026-11-30", "--format", "json"]))
        #expect(test.map { $0["code"] as? String } == ["C1"])
        #expect(test[0]["days_to_next_order"] as? Int == 6)
        let disabled = try rows(rounds.run(["rule", "test", "visit-overdue", "--date", "2026-11-30", "--format", "json"]))
        #expect(disabled.map { $0["code"] as? String } == ["C2"], "a disabled rule can still be tested")

        let enable = try rounds.run(["rule", "enable", "visit-overdue"])
        #expect(enable.status == 0)
        #expect(try !rounds.read("rounds-rules.yaml").contains("visit-overdue"), "back to the built-in: nothing to keep")
    }

    @Test func badRulesAreRejectedWithTheColumnAndTheKnownFacts() throws {
        let rounds = try company()
        let typo = try rounds.run(["rule", "add", "x", "--when", "open_deals > 0 and dayz_since_order > 3", "--message", "m"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("column 20: unknown field 'dayz_since_order' (did you mean 'days_since_order'?)"), "\(typo.stderr)")
        #expect(typo.stderr.contains("known facts: code, name, rep, rank,") && typo.stderr.contains("missing_details"),
                "the plugin's fact is known too")
        #expect(try rounds.run(["rule", "test", "nope"]).stderr.contains("no rule 'nope'"))

        try rounds.write("rounds-rules.yaml", "rules:\n  - name: x\n    when: open_deals >\n    message: m\n")
        let broken = try rounds.run(["next", "--date", "2026-11-30"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("rounds-rules.yaml:3: next: rule 'x': condition: column 13: expected a value after '>'"),
                "\(broken.stderr)")
    }

    @Test func theConfigNamesTheRulesFile() throws {
        let rounds = try company()
        try rounds.write("rounds.yaml", "rules_file: team-rules.yaml\n")
        #expect(try rounds.run(["rule", "disable", "focus-details"]).status == 0)
        #expect(try rounds.read("team-rules.yaml").contains("focus-details"))
        let next = try rows(rounds.run(["next", "--date", "2026-11-30", "--format", "json"]))
        #expect(next.map { $0["code"] as? String } == ["C1", "C2"])
    }
}
