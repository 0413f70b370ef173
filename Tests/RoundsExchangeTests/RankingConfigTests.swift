import RoundsDomain
import RoundsExchange
import Testing

@Suite struct RankingConfigTests {
    @Test func aCompanysRanking() throws {
        let yaml = """
            ranking:
              abc: {a: 0.8, b: 0.95}
              growth_months: 6
              rules:
                - rank: focus
                  when:
                    - {class: A}
                    - {untapped_at_least: 1000万, share_below: 0.25}
                - rank: 育成
                  when: {growth_at_least: 0.1, sales_at_least: "¥500,000"}
              otherwise: develop
            """
        let ranking = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml").ranking
        #expect(ranking == RankingRules(classAShare: 0.8, classBShare: 0.95, growthMonths: 6, rules: [
            RankRule(rank: .focus, when: [RankCondition(abcClass: .a), RankCondition(untappedAtLeast: 10_000_000, shareOfWalletBelow: 0.25)]),
            RankRule(rank: .develop, when: [RankCondition(growthAtLeast: 0.1, salesAtLeast: 500_000)]),
        ], otherwise: .develop))
    }

    @Test func whatIsLeftOutStaysStandard() throws {
        #expect(try ConfigFile.parse(yaml: "ranking:\n  growth_months: 2\n", file: "rounds.yaml").ranking
            == RankingRules(growthMonths: 2))
        #expect(try ConfigFile.parse(yaml: "visits:\n  plan_requires: [purpose]\n", file: "rounds.yaml").ranking == .standard)
    }

    @Test func mistakesNameTheFileAndLine() {
        func problem(_ yaml: String) -> String? {
            do {
                _ = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml")
                return nil
            } catch {
                return error.text(in: .en)
            }
        }
        #expect(problem("ranking:\n  abc: {a: 0.9, b: 0.8}\n") == "rounds.yaml:2: invalid b '0.8': give a share above a (0.9) and up to 1")
        #expect(problem("ranking:\n  abc:\n    a: 0.7\n    b: 1.5\n")?.hasPrefix("rounds.yaml:4: invalid b '1.5'") == true)
        #expect(problem("ranking:\n  growth_months: 0\n") == "rounds.yaml:2: invalid growth_months '0': give 1 to 12 months")
        #expect(problem("ranking:\n  rules:\n    - rank: gold\n      when: [{class: A}]\n")?
            .hasPrefix("rounds.yaml:3: invalid rank 'gold'") == true)
        #expect(problem("ranking:\n  rules:\n    - rank: focus\n      when: [{clas: A}]\n")?
            .hasPrefix("rounds.yaml:4: unknown key 'clas'; did you mean 'class'?") == true)
        #expect(problem("ranking:\n  rules:\n    - rank: focus\n      when:\n        - {untapped_at_least: lots}\n")?
            .hasPrefix("rounds.yaml:5: invalid untapped_at_least 'lots'") == true)
        #expect(problem("ranking:\n  rules:\n    - rank: focus\n") == "rounds.yaml:3: every rule needs 'rank:' and at least one condition under 'when:'")
        #expect(problem("ranking:\n  rules: focus\n")?.hasPrefix("rounds.yaml:2: rules: give a list") == true)
        #expect(problem("ranking:\n  rankings: 1\n")?.hasPrefix("rounds.yaml:2: unknown key 'rankings'") == true)
    }
}
