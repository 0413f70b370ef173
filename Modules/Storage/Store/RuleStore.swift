import RoundsDomain

/// What the rules read: every customer's facts on a day, computed by the database from the
/// orders, visits and deals. Part of `Store`.
///
/// ```swift
/// let facts = try store.customerFacts(FactsQuery(asOf: .today(), policy: rules.visitPolicy,
///                                                openStages: rules.salesFlow.openCodes))
/// RuleBook().run(facts).toDos.first?.facts.code
/// ```
public protocol RuleStore: AnyObject, Sendable {
    /// The facts of every customer not archived (or one rep's), by code.
    func customerFacts(_ query: FactsQuery) throws -> [CustomerFacts]
}

/// Whose facts, as of which day, and what the company calls a visit due and a deal open.
public struct FactsQuery: Sendable {
    public var asOf: CalendarDate
    public var rep: String?
    public var policy: VisitPolicy
    /// The sales flow's stages that are neither won nor lost.
    public var openStages: [String]

    public init(asOf: CalendarDate, rep: String? = nil, policy: VisitPolicy = .standard,
                openStages: [String] = SalesFlow.standard.openCodes) {
        self.asOf = asOf
        self.rep = rep
        self.policy = policy
        self.openStages = openStages
    }
}
