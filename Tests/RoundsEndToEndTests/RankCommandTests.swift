import Foundation
import Testing

/// `rank compute|diff|apply|history` through the binary, on a company ranked by hand: ¥10M of
/// sales in the 12 months to 2026-10-31, so C1 (¥6M) and C2 (¥3M, 60 % above it) are A-class,
/// C3 (¥1M, 90 % above) is C-class but has ¥4M untapped, C4 has no sales.
@Suite struct RankCommandTests {
    private func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let setup = try rounds.script("""
            customer add C1 --name 山田商店 --rank focus
            customer add C2 --name 丸栄食品 --rank maintain
            customer add C3 --name 東和電機 --rank focus --potential 500万
            customer add C4 --name 三光印刷
            customer add C5 --name 旧取引先 --status archived
            order add C1 --amount 600万 --date 2026-01-10
            order add C2 --amount 300万 --date 2026-10-05
            order add C3 --amount 100万 --date 2026-10-20
            order add C5 --amount 900万 --date 2026-10-20
            order add C1 --amount 50万 --date 2025-10-31
            """)
        #expect(setup.status == 0, "\(setup.stderr)")
        return rounds
    }

    private func rows(_ result: RoundsProcess.Result) throws -> [[String: Any]] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func computeProposesWithReasonsAndSavesNothing() throws {
        let rounds = try company()
        let proposals = try rows(rounds.run(["rank", "compute", "--as-of", "2026-10-31", "--format", "json"]))
        #expect(proposals.map { $0["code"] as? String } == ["C1", "C2", "C3", "C4"], "archived customers are not ranked")
        #expect(proposals.map { $0["proposed"] as? String } == ["focus", "focus", "develop", "maintain"])
        #expect(proposals.map { $0["class"] as? String } == ["A", "A", "C", "C"])
        #expect(proposals.map { $0["sales"] as? Int } == [6_000_000, 3_000_000, 1_000_000, 0])
        #expect(proposals[0]["reason"] as? String == "A-class: top 70 % of sales")
        #expect(proposals[2]["reason"] as? String == "potential ¥5M, share of wallet 20 %")
        #expect(proposals[3]["reason"] as? String == "C-class: no sales in 12 months")
        let customers = try rows(rounds.run(["customer", "list", "--format", "json"]))
        #expect(customers.map { $0["rank"] as? String } == ["focus", "maintain", "focus", nil])

        let diff = try rounds.run(["rank", "diff", "--as-of", "2026-10-31"])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("↑ up") && diff.stdout.contains("↓ down"))
        #expect(diff.stdout.hasSuffix("1 up, 1 down, 1 new, 1 unchanged\n"), "\(diff.stdout)")
        let changed = try rows(rounds.run(["rank", "compute", "--as-of", "2026-10-31", "--changed", "--format", "json"]))
        #expect(changed.map { $0["code"] as? String } == ["C2", "C3", "C4"])
    }

    @Test func applyTwiceKeepsOneRowPerCustomerAndMonth() throws {
        let rounds = try company()
        let first = try rounds.run(["rank", "apply", "--as-of", "2026-10-31"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "2026-11: 3 of 4 customers changed rank\n")
        let again = try rounds.run(["rank", "apply", "--as-of", "2026-10-31", "--effective", "2026-11"])
        #expect(again.stdout == "2026-11: 0 of 4 customers changed rank\n", "\(again.stderr)")

        let history = try rows(rounds.run(["rank", "history", "C3", "--format", "json"]))
        #expect(history.count == 1)
        #expect(history[0]["month"] as? String == "2026-11")
        #expect(history[0]["rank"] as? String == "develop")
        #expect(history[0]["previous"] as? String == "focus", "the re-run keeps the rank before the month")
        #expect(history[0]["applied_by"] as? String == "tester")
        let customers = try rows(rounds.run(["customer", "list", "--format", "json"]))
        #expect(customers.map { $0["rank"] as? String } == ["focus", "focus", "develop", "maintain"])
        let log = try rounds.run(["customer", "log", "C3"])
        #expect(log.stdout.contains("rank: focus → develop"), "\(log.stdout)")
    }

    @Test func aCompanysRulesComeFromItsConfig() throws {
        let rounds = try company()
        try rounds.write("rounds.yaml", """
            ranking:
              rules:
                - rank: focus
                  when: [{sales_at_least: 500万}]
              otherwise: develop
            """)
        let proposals = try rows(rounds.run(["--config", "rounds.yaml", "rank", "compute", "--as-of", "2026-10-31", "--format", "json"]))
        #expect(proposals.map { $0["proposed"] as? String } == ["focus", "develop", "develop", "develop"])

        try rounds.write("bad.yaml", "ranking:\n  abc:\n    a: 0.95\n    b: 0.9\n")
        let bad = try rounds.run(["--config", "bad.yaml", "rank", "compute", "--as-of", "2026-10-31"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("bad.yaml:4: invalid b '0.9'"), "\(bad.stderr)")
    }

    @Test func noDataAndUnknownCustomersAreClearErrors() throws {
        let rounds = try company()
        let future = try rounds.run(["rank", "apply", "--as-of", "2027-03-31"])
        #expect(future.status == 1)
        #expect(future.stderr.contains("no orders in 2027-03 (the last is on 2026-10-20)"), "\(future.stderr)")
        let past = try rounds.run(["rank", "compute", "--as-of", "2020-03-31"])
        #expect(past.status == 1)
        #expect(past.stderr.contains("no orders up to 2020-03-31"), "\(past.stderr)")
        #expect(try rows(rounds.run(["rank", "history", "C1", "--format", "json"])).isEmpty, "nothing was saved")
        let unknown = try rounds.run(["rank", "history", "C9"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown customer 'C9'"))
        let month = try rounds.run(["rank", "apply", "--as-of", "2026-10-31", "--effective", "2026-13"])
        #expect(month.status == 2)
    }
}
