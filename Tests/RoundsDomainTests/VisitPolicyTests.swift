import RoundsDomain
import Testing

@Suite struct VisitPolicyTests {
    @Test func ranksShareAMonthAndOwnIntervalsWin() {
        let policy = VisitPolicy.standard
        #expect(policy.intervalDays(rank: .focus, own: nil) == 30.4375 / 4)
        #expect(policy.intervalDays(rank: .maintain, own: nil) == 30.4375)
        #expect(policy.intervalDays(rank: nil, own: nil) == 30.4375)
        #expect(policy.intervalDays(rank: .focus, own: 60) == 60)
        #expect(policy.rule(for: .focus).minimumGapDays == 4)
        #expect(policy.rule(for: .develop).minimumGapDays == 10)
    }

    @Test func dueAfterSeventyPercentOfTheInterval() {
        let policy = VisitPolicy.standard
        // develop: 15.22 days; 70 % is 10.65.
        #expect(!policy.isDue(daysSinceLastVisit: 10, rank: .develop, own: nil))
        #expect(policy.isDue(daysSinceLastVisit: 11, rank: .develop, own: nil))
        #expect(policy.isDue(daysSinceLastVisit: nil, rank: .maintain, own: nil))
        #expect(!policy.isDue(daysSinceLastVisit: 41, rank: .focus, own: 60))
        #expect(policy.isDue(daysSinceLastVisit: 42, rank: .focus, own: 60))
    }

    @Test func badRulesAreRefused() {
        #expect(throws: RoundsError.self) { try VisitPolicy.checkOwnInterval(6) }
        #expect(throws: RoundsError.self) { try VisitPolicy.checkOwnInterval(731) }
        #expect(throws: Never.self) { try VisitPolicy.checkOwnInterval(7) }
        #expect(throws: RoundsError.self) {
            try VisitPolicy.check(.init(visitsPerMonth: 40), rank: .focus)
        }
        #expect(throws: RoundsError.self) {
            try VisitPolicy.check(.init(visitsPerMonth: 2, minimumGapDays: 10, maximumGapDays: 5), rank: .develop)
        }
    }
}
