import Foundation
import Testing

/// `plan week` weighing the rules, through the binary. The week of 2026-12-07: S (maintain)
/// ordered ¥1M a year before and ¥100k in the last three months — sales-drop (80) fires — and,
/// visited on 12/1, needs no visit by its rank; T (maintain) was visited on 12/1 too and nothing
/// fires for it; A (focus, every detail filled in, visited on 12/4) is planned by its rank as usual.
@Suite struct PlanRulesTests {
    static func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            rep add R1 --name 田中 --start 35.68,139.70 --hours 09:00-18:00 --lunch 12:00-13:00
            customer add A --name 青木 --lat 35.69 --lon 139.70 --rank focus --rep R1 --phone 03-1111-2222 --windows 09:00-17:00
            customer add S --name 坂本 --lat 35.68 --lon 139.71 --rank maintain --rep R1
            customer add T --name 田村 --lat 35.67 --lon 139.70 --rank maintain --rep R1
            order add S --amount 50万 --date 2025-10-01
            order add S --amount 50万 --date 2025-11-01
            order add S --amount 10万 --date 2026-10-15
            visit log --customer S --date 2026-12-01 --purpose 挨拶 --next-action 提案
            visit log --customer T --date 2026-12-01 --purpose 挨拶 --next-action 提案
            visit log --customer A --date 2026-12-04 --purpose 挨拶 --next-action 提案
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        return rounds
    }

    private func rows(_ result: RoundsProcess.Result) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    private func week(_ rounds: RoundsProcess, language: String = "en") throws -> RoundsProcess.Result {
        try rounds.run(["--lang", language, "plan", "week", "--rep", "R1", "--from", "2026-12-07", "--iterations", "50"])
    }

    @Test func aSalesDropIsPlannedWithItsReasonAndConfirmedWithItsPurpose() throws {
        let rounds = try Self.company()
        let plan = try week(rounds)
        #expect(plan.status == 0 && plan.stderr.isEmpty, "\(plan.stderr)")
        let shown = try rows(rounds.run(["plan", "show", "--why", "--format", "json"]))
        let why = Dictionary(shown.map { ($0["customer"] as? String ?? "", $0["why"] as? String ?? "") }, uniquingKeysWith: { a, b in a + " | " + b })
        #expect(why.keys.sorted() == ["A", "S"], "T: no rule fires and its rank asks no visit this week")
        #expect(why["S"] == "rules: sales-drop (score 80)")
        #expect(why["A"] == "policy: focus, 1 in the period")

        let confirmed = try rounds.run(["plan", "confirm"])
        #expect(confirmed.stdout == "planned 2 visits for 1 rep, 2026-12-07 to 2026-12-13\n", "\(confirmed.stderr)")
        let visits = try rows(rounds.run(["visit", "list", "--status", "planned", "--format", "json"]))
        let purposes = Dictionary(visits.map { ($0["customer"] as? String ?? "", $0["purpose"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(purposes["S"] == "hear why orders dropped (churn risk)")
        #expect(purposes["A"] == "routine visit (focus): check stock and orders, hear needs")
    }

    @Test func inJapaneseTheRulesPurposeComesFirst() throws {
        let rounds = try Self.company()
        // By the week of 2027-01-04 S is due by its rank and overdue (visit-overdue, 50, fires too):
        // its visit names the policy, the gap and the rules, and the purpose puts the rules' first.
        #expect(try rounds.run(["--lang", "ja", "plan", "week", "--rep", "R1", "--from", "2027-01-04", "--iterations", "50"]).status == 0)
        let shown = try rows(rounds.run(["--lang", "ja", "plan", "show", "--why", "--format", "json"]))
        let why = try #require(shown.first { $0["customer"] as? String == "S" }?["why"] as? String)
        #expect(why.hasPrefix("ポリシー: 維持・期間内 1 回; 訪問遅れ: 前回から "), "\(why)")
        #expect(why.hasSuffix(" 日; ルール: sales-drop, visit-overdue（スコア 130）"), "\(why)")
        #expect(try rounds.run(["--lang", "ja", "plan", "confirm"]).status == 0)
        let visits = try rows(rounds.run(["visit", "list", "--customer", "S", "--status", "planned", "--format", "json"]))
        let purpose = try #require(visits.count == 1 ? visits[0]["purpose"] as? String : nil)
        #expect(purpose.hasPrefix("売上減少の理由のヒアリング（離反リスク）・前回から "), "\(purpose)")
        #expect(purpose.hasSuffix(" 日空いたためフォロー・定期訪問（維持）: 在庫・発注状況の確認とニーズのヒアリング"), "\(purpose)")
    }

    @Test func theMustVisitScoreComesFromTheConfigAndBrokenRulesDoNotStopPlanning() throws {
        let rounds = try Self.company()
        try rounds.write("rounds.yaml", "planning:\n  must_visit_score: 90\n")
        #expect(try week(rounds).status == 0)
        let shown = try rows(rounds.run(["plan", "show", "--format", "json"]))
        #expect(shown.map { $0["customer"] as? String } == ["A"], "80 is below the company's 90")

        try rounds.write("rounds.yaml", "planning:\n  must_visit_score: -5\n")
        let bad = try week(rounds)
        #expect(bad.status != 0 && bad.stderr.contains("rounds.yaml:2: invalid must_visit_score '-5': give a score of 1 or more"),
                "\(bad.stderr)")

        try FileManager.default.removeItem(at: rounds.directory.appendingPathComponent("rounds.yaml"))
        try rounds.write("rounds-rules.yaml", "rules:\n  - name: x\n    when: open_deals >\n    message: m\n")
        let broken = try week(rounds)
        #expect(broken.status == 0, "\(broken.stderr)")
        let file = rounds.directory.appendingPathComponent("rounds-rules.yaml").path
        #expect(broken.stderr.hasPrefix("planned without the rules' scores: \(file):3: rule 'x': condition: column 13: expected a value after '>'"),
                "\(broken.stderr)")
        #expect(try rows(rounds.run(["plan", "show", "--format", "json"])).map { $0["customer"] as? String } == ["A"])
    }
}
