import RoundsDomain
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

/// Ten customers whose ranks are worked out by hand: ¥10M of sales in all, so each ¥100,000 is 1 %.
private let company = [
    CustomerFigures(code: "C01", name: "一", currentRank: .focus, salesYen: 4_000_000),       // 0 % above: A
    CustomerFigures(code: "C02", name: "二", currentRank: .develop, salesYen: 2_000_000),     // 40 % above: A
    CustomerFigures(code: "C03", name: "三", salesYen: 1_000_000),                           // 60 % above: A
    CustomerFigures(code: "C04", name: "四", currentRank: .focus, salesYen: 1_000_000),      // tied with C03: A, not B
    CustomerFigures(code: "C05", name: "五", currentRank: .maintain, salesYen: 800_000),     // 80 % above: B
    CustomerFigures(code: "C06", name: "六", currentRank: .develop, salesYen: 600_000),      // 88 %: B
    CustomerFigures(code: "C07", name: "七", currentRank: .maintain, salesYen: 400_000,     // 94 %: C, but ¥3.6M untapped
                    potentialYen: 4_000_000),
    CustomerFigures(code: "C08", name: "八", currentRank: .focus, salesYen: 200_000),        // 98 %: C
    CustomerFigures(code: "C09", name: "九", currentRank: .maintain, salesYen: 0,           // no sales, ¥20M untapped
                    potentialYen: 20_000_000),
    CustomerFigures(code: "C10", name: "十", salesYen: 0),                                   // no sales, no potential
]

@Suite struct RankingTests {
    @Test func paretoClassesWithTiesAndNoSales() {
        let proposals = RankingRules.standard.propose(company)
        #expect(proposals.map(\.abcClass) == [.a, .a, .a, .a, .b, .b, .c, .c, .c, .c])
    }

    @Test func standardRulesOnAHandComputedCompany() {
        let proposals = RankingRules.standard.propose(company)
        #expect(proposals.map(\.figures.code) == company.map(\.code), "proposals keep the input order")
        #expect(proposals.map(\.rank) == [.focus, .focus, .focus, .focus, .develop, .develop, .develop, .maintain, .focus, .maintain])
        #expect(proposals.map(\.movement) == [.same, .up, .new, .same, .up, .same, .up, .down, .up, .new])
        let reasons = proposals.map { RankReason.line($0.reasons, in: .en) }
        #expect(reasons[0] == "A-class: top 70 % of sales")
        #expect(reasons[4] == "B-class: top 70–90 % of sales")
        #expect(reasons[6] == "potential ¥4M, share of wallet 10 %")
        #expect(reasons[7] == "C-class: the last 10 % of sales")
        #expect(reasons[8] == "potential ¥20M, share of wallet 0 %")
        #expect(reasons[9] == "C-class: no sales in 12 months")
        #expect(RankReason.line(proposals[6].reasons, in: .ja) == "ポテンシャル 400万円、シェア 10 %")
    }

    @Test func theLinesAreExact() {
        // C04 and C03 together end exactly at 80 %; with A up to 60 %, C03/C04 (60 % above) are B.
        var rules = RankingRules.standard
        rules.classAShare = 0.6
        #expect(rules.propose(company).prefix(4).map(\.abcClass) == [.a, .a, .b, .b])
        rules.classAShare = 0.6000001
        #expect(rules.propose(company).prefix(4).map(\.abcClass) == [.a, .a, .a, .a])
    }

    @Test func growthNeedsTheYearBeforeAndTheMinimumSales() {
        let growing = CustomerFigures(code: "G1", name: "伸", salesYen: 3_000_000, recentYen: 1_200_000, yearEarlierYen: 900_000)
        let small = CustomerFigures(code: "G2", name: "小", salesYen: 500_000, recentYen: 300_000, yearEarlierYen: 100_000)
        let fresh = CustomerFigures(code: "G3", name: "新", salesYen: 2_000_000, recentYen: 2_000_000, yearEarlierYen: 0)
        let rules = RankingRules(rules: [RankRule(rank: .develop, when: [RankCondition(growthAtLeast: 0.2, salesAtLeast: 1_000_000)])])
        let proposals = rules.propose([growing, small, fresh])
        #expect(proposals.map(\.rank) == [.develop, .maintain, .maintain])
        #expect(RankReason.line(proposals[0].reasons, in: .en) == "growth +33 % (¥1.2M vs ¥0.9M)")
        #expect(RankReason.line(proposals[0].reasons, in: .ja) == "伸び率 +33 %（120万円 / 前年 90万円）")
        #expect(fresh.growth == nil, "no sales a year before: growth is unknown, not infinite")
    }

    @Test func everyCriterionOfAConditionMustHold() {
        let rules = RankingRules(rules: [RankRule(rank: .focus, when: [RankCondition(untappedAtLeast: 10_000_000, shareOfWalletBelow: 0.3)])])
        let bigShare = CustomerFigures(code: "B", name: "b", salesYen: 8_000_000, potentialYen: 20_000_000)  // 40 %
        let smallShare = CustomerFigures(code: "S", name: "s", salesYen: 2_000_000, potentialYen: 12_000_000)  // 17 %
        #expect(rules.propose([bigShare, smallShare]).map(\.rank) == [.maintain, .focus])
    }

    @Test func anEmptyCompanyAndAllZero() {
        #expect(RankingRules.standard.propose([]).isEmpty)
        let zero = [CustomerFigures(code: "Z", name: "z", salesYen: 0)]
        #expect(RankingRules.standard.propose(zero).map(\.abcClass) == [.c])
    }

    @Test func windowsAreWholeMonthsAtAMonthsEnd() throws {
        let october = RankingPeriod(asOf: try day("2026-10-31"), growthMonths: 3)
        #expect(october.sales == (try day("2025-11-01"))...(try day("2026-10-31")))
        #expect(october.recent == (try day("2026-08-01"))...(try day("2026-10-31")))
        #expect(october.yearEarlier == (try day("2025-08-01"))...(try day("2025-10-31")))
        let november = RankingPeriod(asOf: try day("2026-11-30"), growthMonths: 3)
        #expect(november.recent.lowerBound == (try day("2026-09-01")))
        let midMonth = RankingPeriod(asOf: try day("2026-11-15"), growthMonths: 1)
        #expect(midMonth.sales.lowerBound == (try day("2025-11-16")))
        #expect(midMonth.yearEarlier == (try day("2025-10-16"))...(try day("2025-11-15")))
        #expect(RankingPeriod.defaultAsOf(today: try day("2026-12-15")) == (try day("2026-11-30")))
        #expect(RankingPeriod.defaultAsOf(today: try day("2027-01-01")) == (try day("2026-12-31")))
    }

    @Test func badLinesAreRefused() {
        #expect(throws: RoundsError.self) { try RankingRules(classAShare: 0.9, classBShare: 0.8).check() }
        #expect(throws: RoundsError.self) { try RankingRules(classAShare: 0).check() }
        #expect(throws: RoundsError.self) { try RankingRules(growthMonths: 13).check() }
        #expect(throws: Never.self) { try RankingRules.standard.check() }
    }
}
