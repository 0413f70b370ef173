/// The ways of working a company chooses rather than Rounds: the stages its deals go through,
/// what a visit must carry and how fast its reps travel. A value, loaded from the company's rules file by the shell and handed
/// to every command through its session.
///
/// ```swift
/// var rules = CompanyRules.standard
/// rules.visitRequirements.logging.append(.report)   // every done visit needs a report
/// ```
public struct CompanyRules: Sendable {
    public var salesFlow: SalesFlow
    public var visitRequirements: VisitRequirements
    public var travel: TravelSettings

    public init(salesFlow: SalesFlow = .standard, visitRequirements: VisitRequirements = .standard,
                travel: TravelSettings = TravelSettings()) {
        self.salesFlow = salesFlow
        self.visitRequirements = visitRequirements
        self.travel = travel
    }

    /// hearing → proposal → quote → won / lost; visits planned with a purpose, logged with the next action.
    public static let standard = CompanyRules()
}
