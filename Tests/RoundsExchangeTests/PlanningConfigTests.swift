import RoundsDomain
import RoundsExchange
import Testing

@Suite struct PlanningConfigTests {
    @Test func aCompanyPolicy() throws {
        let yaml = """
            planning:
              policy:
                focus: {visits_per_month: 8, min_gap_days: 2}
                develop:
                  max_gap_days: 20
              due_at: 0.8
              must_visit_score: 120
            """
        let policy = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml").visitPolicy
        #expect(policy.rule(for: .focus) == VisitPolicy.Rule(visitsPerMonth: 8, minimumGapDays: 2))
        #expect(policy.rule(for: .develop) == VisitPolicy.Rule(visitsPerMonth: 2, minimumGapDays: 10, maximumGapDays: 20))
        #expect(policy.rule(for: .maintain) == VisitPolicy.standardRules[.maintain])
        #expect(policy.dueShare == 0.8)
        #expect(policy.mustVisitScore == 120)
        #expect(try ConfigFile.parse(yaml: "planning:\n  due_at: 0.8\n", file: "rounds.yaml").visitPolicy.mustVisitScore == 80,
                "80 when left out")
    }

    @Test func mistakesNameTheLine() {
        func problem(_ yaml: String) -> String? {
            do {
                _ = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml")
                return nil
            } catch {
                return error.text(in: .en)
            }
        }
        #expect(problem("planning:\n  policy:\n    focus: {visits_per_month: many}\n")
            == "rounds.yaml:3: invalid visits_per_month 'many': give a whole number")
        #expect(problem("planning:\n  policy:\n    gold: {visits_per_month: 2}\n")?.hasPrefix("rounds.yaml:3: unknown key 'gold'") == true)
        #expect(problem("planning:\n  due_at: 1.5\n") == "rounds.yaml:2: invalid due_at '1.5': give a share above 0 and up to 1, such as 0.7")
        #expect(problem("planning:\n  must_visit_score: 0\n")
            == "rounds.yaml:2: invalid must_visit_score '0': give a score of 1 or more, such as 80")
        #expect(problem("planning:\n  must_visit_score: high\n") == "rounds.yaml:2: invalid must_visit_score 'high': give a whole number")
        #expect(problem("planning:\n  policy:\n    develop: {min_gap_days: 10, max_gap_days: 5}\n")?
            .hasPrefix("rounds.yaml:3: invalid max_gap_days '5'") == true)
    }
}
