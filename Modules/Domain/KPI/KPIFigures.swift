/// The counts behind one row of a KPI report (a rep, a team, a rank or the total), as the store
/// sums them, and the rates made from them. A rate is `nil` when its denominator is zero: no
/// visits planned means no plan adherence, not 0 %.
///
/// ```swift
/// var figures = KPIFigures()
/// figures.visitsPlanned = 20
/// figures.plannedDone = 17
/// figures.planAdherence      // 0.85
/// figures.winRate            // nil: nothing was won or lost
/// ```
///
/// The definitions, for a period:
/// - visits planned: visits planned for a day in the period; planned done: those of them done since;
/// - visits done: done visits dated in the period; proposals, with a purpose, with a next action:
///   those of them recording one (blank text counts as none);
/// - deals created in the period; won and lost: deals that entered a won or lost stage in it;
/// - sales: the period's orders, by the order's rep; targets: the monthly targets of its months.
public struct KPIFigures: Sendable, Equatable {
    public var visitsPlanned = 0
    public var plannedDone = 0
    public var visitsDone = 0
    public var proposals = 0
    public var withPurpose = 0
    public var withNextAction = 0
    /// Done visits by the customer's current rank (unranked customers are not in it).
    public var visitsDoneByRank: [Rank: Int] = [:]
    public var dealsCreated = 0
    public var dealsWon = 0
    public var dealsLost = 0
    public var salesYen = 0
    /// The sum of the monthly sales targets set; `nil` when none was.
    public var targetSalesYen: Int?
    public var targetVisits: Int?

    public init() {}

    /// Whether nothing at all happened: no visit planned or done, no deal, no order.
    public var isEmpty: Bool {
        visitsPlanned == 0 && visitsDone == 0 && dealsCreated == 0 && dealsWon == 0 && dealsLost == 0 && salesYen == 0
    }

    /// Planned visits done ÷ visits planned.
    public var planAdherence: Double? { Self.ratio(plannedDone, visitsPlanned) }
    /// Deals created ÷ visits done.
    public var conversion: Double? { Self.ratio(dealsCreated, visitsDone) }
    /// Deals won ÷ deals closed (won or lost).
    public var winRate: Double? { Self.ratio(dealsWon, dealsWon + dealsLost) }
    /// Sales ÷ the sales target.
    public var salesAgainstTarget: Double? { targetSalesYen.flatMap { Self.ratio(salesYen, $0) } }
    /// Visits done ÷ the visits target.
    public var visitsAgainstTarget: Double? { targetVisits.flatMap { Self.ratio(visitsDone, $0) } }
    /// Done visits with a purpose ÷ visits done.
    public var purposeShare: Double? { Self.ratio(withPurpose, visitsDone) }
    /// Done visits with a next action ÷ visits done.
    public var nextActionShare: Double? { Self.ratio(withNextAction, visitsDone) }

    /// Done visits at customers of `rank` ÷ visits done.
    public func visitShare(_ rank: Rank) -> Double? { Self.ratio(visitsDoneByRank[rank] ?? 0, visitsDone) }

    /// `part ÷ whole`, or `nil` when `whole` is zero.
    public static func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) / Double(whole)
    }

    /// Two rows added up (a team from its reps, the total from every row). A target is the sum of
    /// the targets set, and stays `nil` only when neither row has one.
    public static func + (lhs: KPIFigures, rhs: KPIFigures) -> KPIFigures {
        var sum = KPIFigures()
        sum.visitsPlanned = lhs.visitsPlanned + rhs.visitsPlanned
        sum.plannedDone = lhs.plannedDone + rhs.plannedDone
        sum.visitsDone = lhs.visitsDone + rhs.visitsDone
        sum.proposals = lhs.proposals + rhs.proposals
        sum.withPurpose = lhs.withPurpose + rhs.withPurpose
        sum.withNextAction = lhs.withNextAction + rhs.withNextAction
        sum.visitsDoneByRank = lhs.visitsDoneByRank.merging(rhs.visitsDoneByRank, uniquingKeysWith: +)
        sum.dealsCreated = lhs.dealsCreated + rhs.dealsCreated
        sum.dealsWon = lhs.dealsWon + rhs.dealsWon
        sum.dealsLost = lhs.dealsLost + rhs.dealsLost
        sum.salesYen = lhs.salesYen + rhs.salesYen
        sum.targetSalesYen = add(lhs.targetSalesYen, rhs.targetSalesYen)
        sum.targetVisits = add(lhs.targetVisits, rhs.targetVisits)
        return sum
    }

    private static func add(_ lhs: Int?, _ rhs: Int?) -> Int? {
        lhs == nil && rhs == nil ? nil : (lhs ?? 0) + (rhs ?? 0)
    }
}

/// A month's targets for one rep (`target set`): sales in yen and visits.
///
/// ```swift
/// let target = SalesTarget(rep: "R01", month: "2026-11", salesYen: 5_000_000, visits: 60)
/// ```
public struct SalesTarget: Sendable, Equatable, Codable {
    public var rep: String
    /// `YYYY-MM`.
    public var month: String
    public var salesYen: Int
    public var visits: Int
    public var setBy: String?

    public init(rep: String, month: String, salesYen: Int, visits: Int, setBy: String? = nil) {
        self.rep = rep
        self.month = month
        self.salesYen = salesYen
        self.visits = visits
        self.setBy = setBy
    }

    public func validate() throws(RoundsError) {
        guard salesYen >= 0 else { throw RoundsError.invalid("sales", String(salesYen), .kpiTargetNegative) }
        guard visits >= 0 else { throw RoundsError.invalid("visits", String(visits), .kpiTargetNegative) }
    }
}

extension Message {
    public static let kpiTargetNegative = Message(en: "a target cannot be negative", ja: "目標に負の値は指定できません")
}
