/// The ways of working a company chooses rather than Rounds: the stages its deals go through,
/// what a visit must carry, how fast its reps travel, how often each rank is visited and how customers are ranked. A value, loaded from the company's rules file by the shell and handed
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
    public var visitPolicy: VisitPolicy
    /// The company's weekly days off and holidays (national holidays always apply).
    public var calendar: WorkingCalendar
    /// The month a fiscal year starts in (April in most Japanese companies): `FY2026` in KPIs.
    public var fiscalYearStart: Int
    /// How customers are ranked into focus / develop / maintain (`rank compute`).
    public var ranking: RankingRules
    /// The rules file `next` reads (`rules_file:`, relative to the config file); nil: `rounds-rules.yaml` beside the database.
    public var rulesFile: String?

    public init(salesFlow: SalesFlow = .standard, visitRequirements: VisitRequirements = .standard,
                travel: TravelSettings = TravelSettings(), visitPolicy: VisitPolicy = .standard,
                calendar: WorkingCalendar = WorkingCalendar(), fiscalYearStart: Int = 4, ranking: RankingRules = .standard) {
        self.salesFlow = salesFlow
        self.visitRequirements = visitRequirements
        self.travel = travel
        self.visitPolicy = visitPolicy
        self.calendar = calendar
        self.fiscalYearStart = fiscalYearStart
        self.ranking = ranking
    }

    /// hearing → proposal → quote → won / lost; visits planned with a purpose, logged with the next action.
    public static let standard = CompanyRules()
}
