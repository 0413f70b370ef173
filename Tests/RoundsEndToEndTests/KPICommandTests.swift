import Foundation
import Testing

/// `kpi`, `kpi trend` and `target set|list` through the binary, on a November worked out by hand.
@Suite struct KPICommandTests {
    /// R01 (東京) planned two visits to C1 and did one of them, with a proposal; R02 (横浜) did
    /// one unplanned visit. C1 ordered ¥100,000 and C2 ¥30,000; R01's target is ¥200,000.
    func november() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["-c", """
            rep add R01 --name 佐藤 --team 東京; rep add R02 --name 鈴木 --team 横浜
            customer add C1 --name 山田商店 --rep R01 --rank focus; customer add C2 --name 丸栄食品 --rep R02 --rank develop
            visit plan C1 --date 2026-11-04 --purpose 確認; visit plan C1 --date 2026-11-18 --purpose 提案
            visit log 1 --date 2026-11-05 --proposal 新商品 --next-action 見積
            visit log --customer C2 --date 2026-11-10 --purpose 定期 --next-action 電話
            order add C1 --amount 100000 --date 2026-11-01; order add C2 --amount 30000 --date 2026-11-15
            target set --rep R01 --month 2026-11 --sales 20万 --visits 4
            """])
        #expect(result.status == 0, "\(result.stderr)")
        return rounds
    }

    func json(_ result: RoundsProcess.Result) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func aMonthByRepInJSONHasRawNumbersAndNullRates() throws {
        let rounds = try november()
        let result = try rounds.run(["kpi", "--period", "2026-11", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try json(result)
        #expect(rows.map { $0["rep"] as? String } == ["R01", "R02", "total"])
        let r01 = rows[0], r02 = rows[1], total = rows[2]
        #expect(r01["visits_planned"] as? Int == 2 && r01["planned_done"] as? Int == 1 && r01["plan_adherence"] as? Double == 0.5)
        #expect(r01["visits_done"] as? Int == 1 && r01["proposals"] as? Int == 1 && r01["focus_share"] as? Double == 1)
        #expect(r01["sales_yen"] as? Int == 100_000 && r01["target_yen"] as? Int == 200_000 && r01["sales_vs_target"] as? Double == 0.5)
        #expect(r01["visits_target"] as? Int == 4 && r01["visits_vs_target"] as? Double == 0.25)
        #expect(r01["with_next_action"] as? Double == 1)
        #expect(r01["win_rate"] is NSNull, "nothing won or lost")
        #expect(r02["plan_adherence"] is NSNull && r02["target_yen"] is NSNull && r02["sales_vs_target"] is NSNull)
        #expect(r02["visits_done"] as? Int == 1 && r02["develop_share"] as? Double == 1)
        #expect(total["visits_done"] as? Int == 2 && total["sales_yen"] as? Int == 130_000 && total["sales_vs_target"] as? Double == 0.65)
        #expect(total["conversion"] as? Double == 0)

        let table = try rounds.run(["kpi", "--period", "2026-11", "--rep", "R02"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("¥30,000") && table.stdout.contains("–") && !table.stdout.contains("R01"))
    }

    @Test func byTeamRankAndAFiscalYear() throws {
        let rounds = try november()
        let teams = try rounds.run(["kpi", "--by", "team", "--period", "2026-11", "--format", "csv", "--only", "team"])
        #expect(teams.stdout == "東京\n横浜\ntotal\n", "\(teams.stderr)")
        let ranks = try json(try rounds.run(["kpi", "--by", "rank", "--period", "FY2026", "--format", "json"]))
        #expect(ranks.map { $0["rank"] as? String } == ["focus", "develop", "total"])
        #expect(ranks[0]["visit_share"] as? Double == 0.5 && ranks[0]["sales_yen"] as? Int == 100_000)
        let quarter = try rounds.run(["kpi", "--period", "2026Q3", "--format", "csv"])
        #expect(quarter.status == 1, "no data in July–September")
        #expect(quarter.stderr.contains("no visits, deals or orders in 2026Q3"))
        let trend = try rounds.run(["kpi", "trend", "--months", "3", "--format", "csv", "--only", "month"])
        #expect(trend.status == 0, "\(trend.stderr)")
        #expect(trend.stdout.split(separator: "\n").count == 3)
        #expect(try rounds.run(["rep", "list", "--only", "team"]).stdout == "東京\n横浜\n")
    }

    @Test func badInputIsNamed() throws {
        let rounds = try november()
        let period = try rounds.run(["kpi", "--period", "2026-13"])
        #expect(period.status == 2)
        #expect(period.stderr.contains("invalid --period '2026-13'") && period.stderr.contains("FY2026Q1"))
        let rep = try rounds.run(["kpi", "--rep", "R99", "--period", "2026-11"])
        #expect(rep.status == 1 && rep.stderr.contains("unknown rep 'R99'"))
        let team = try rounds.run(["kpi", "--team", "札幌", "--period", "2026-11"])
        #expect(team.status == 1 && team.stderr.contains("unknown team '札幌'") && team.stderr.contains("東京"))
        #expect(try rounds.run(["kpi", "--by", "rank", "--rep", "R01"]).status == 2)
        #expect(try rounds.run(["target", "set", "--rep", "R99", "--month", "2026-11", "--sales", "1", "--visits", "1"]).status == 1)
        #expect(try rounds.run(["target", "set", "--rep", "R01", "--month", "FY2026", "--sales", "1", "--visits", "1"]).status == 2)
    }

    @Test func targetsReplaceAndList() throws {
        let rounds = try november()
        let set = try rounds.run(["target", "set", "--rep", "R01", "--month", "2026-11", "--sales", "¥250,000", "--visits", "5"])
        #expect(set.stdout == "target for R01 in 2026-11: sales ¥250,000, 5 visits\n", "\(set.stderr)")
        let list = try rounds.run(["target", "list", "--format", "csv"])
        #expect(list.stdout == "month,rep,sales_yen,visits,set_by\n2026-11,R01,250000,5,tester\n", "\(list.stderr)")
    }
}
