import RoundsDomain
import RoundsStorage

/// Facts, then rules, with every problem on the way reported and the rest still run.
public enum RuleRunning {
    public static func run(_ rules: SessionRules, asOf: CalendarDate, rep: String?, in session: Session,
                    _ body: (RuleBook, [CustomerFacts]) -> RuleRun) throws -> RuleRun {
        if let rep, try session.store().rep(code: rep) == nil { throw RoundsError(.notFound, .rulesUnknownRep(rep)) }
        let company = session.settings.rules
        let query = FactsQuery(asOf: asOf, rep: rep, policy: company.visitPolicy, openStages: company.salesFlow.openCodes)
        let (customers, problems) = try rules.facts(query, in: session)
        for problem in problems { session.out.error(problem.text()) }
        let run = body(rules.book, customers)
        for skipped in run.skipped { session.out.error(Message.ruleSkipped(skipped.rule, skipped.error.message).text()) }
        return run
    }
}
