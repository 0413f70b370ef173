/// How customers are ranked into focus / develop / maintain (重点・育成・維持): the ABC lines of
/// the Pareto split, the growth window, and an ordered list of rules where the first that
/// matches wins. A company changes them in the `ranking:` section of its config file.
///
/// ```swift
/// var rules = RankingRules.standard
/// rules.classAShare = 0.8                       // A-class: the top 80 % of sales
/// rules.rules[0].when.append(RankCondition(growthAtLeast: 0.5, salesAtLeast: 5_000_000))
/// let proposals = rules.propose(figures)        // [RankProposal], one per customer
/// ```
public struct RankingRules: Sendable, Equatable {
    /// A customer is A-class while the customers above it hold less than this share of the
    /// trailing-12-month sales (so the one who crosses the line is A too).
    public var classAShare: Double
    /// …and B-class below this share; the rest, and everyone without sales, is C-class.
    public var classBShare: Double
    /// Growth compares the last this-many months with the same months a year before.
    public var growthMonths: Int
    /// Tried in order: the first rule with a matching condition gives the rank.
    public var rules: [RankRule]
    /// The rank when no rule matches.
    public var otherwise: Rank

    public init(classAShare: Double = 0.7, classBShare: Double = 0.9, growthMonths: Int = 3,
                rules: [RankRule] = RankingRules.standardRules, otherwise: Rank = .maintain) {
        self.classAShare = classAShare
        self.classBShare = classBShare
        self.growthMonths = growthMonths
        self.rules = rules
        self.otherwise = otherwise
    }

    /// focus: A-class, or ¥10M untapped while holding under 30 % of the wallet;
    /// develop: B-class, or growing 20 % on ¥1M of yearly sales, or ¥3M untapped;
    /// everyone else maintain.
    public static let standardRules = [
        RankRule(rank: .focus, when: [RankCondition(abcClass: .a),
                                      RankCondition(untappedAtLeast: 10_000_000, shareOfWalletBelow: 0.3)]),
        RankRule(rank: .develop, when: [RankCondition(abcClass: .b),
                                        RankCondition(growthAtLeast: 0.2, salesAtLeast: 1_000_000),
                                        RankCondition(untappedAtLeast: 3_000_000)]),
    ]

    public static let standard = RankingRules()

    /// Checks the ABC lines (0 < A < B ≤ 1) and the growth window (1–12 months).
    public func check() throws(RoundsError) {
        guard classAShare > 0, classAShare < 1 else {
            throw RoundsError.invalid("a", String(classAShare), .rankingShareRange)
        }
        guard classBShare > classAShare, classBShare <= 1 else {
            throw RoundsError.invalid("b", String(classBShare), .rankingClassBRange(classAShare))
        }
        guard (1...12).contains(growthMonths) else {
            throw RoundsError.invalid("growth_months", String(growthMonths), .rankingGrowthMonthsRange)
        }
    }
}

/// One rule: the rank a customer gets when any of the conditions holds.
public struct RankRule: Sendable, Equatable {
    public var rank: Rank
    public var when: [RankCondition]

    public init(rank: Rank, when: [RankCondition]) {
        self.rank = rank
        self.when = when
    }
}

/// A condition on a customer's figures: every criterion it names must hold.
///
/// ```swift
/// RankCondition(untappedAtLeast: 10_000_000, shareOfWalletBelow: 0.3)   // big room, small share
/// RankCondition(growthAtLeast: 0.2, salesAtLeast: 1_000_000)            // +20 % on ¥1M a year
/// ```
public struct RankCondition: Sendable, Equatable {
    public var abcClass: ABCClass?
    /// Potential minus trailing-12-month sales, at least this many yen.
    public var untappedAtLeast: Int?
    /// Sales over potential below this share; a customer without potential never matches.
    public var shareOfWalletBelow: Double?
    /// Growth at least this share (0.2 is +20 %); a customer without sales a year before never matches.
    public var growthAtLeast: Double?
    /// Trailing-12-month sales at least this many yen.
    public var salesAtLeast: Int?

    public init(abcClass: ABCClass? = nil, untappedAtLeast: Int? = nil, shareOfWalletBelow: Double? = nil,
                growthAtLeast: Double? = nil, salesAtLeast: Int? = nil) {
        self.abcClass = abcClass
        self.untappedAtLeast = untappedAtLeast
        self.shareOfWalletBelow = shareOfWalletBelow
        self.growthAtLeast = growthAtLeast
        self.salesAtLeast = salesAtLeast
    }

    /// Whether it names no criterion at all (a config mistake: it would match everyone).
    public var isEmpty: Bool {
        abcClass == nil && untappedAtLeast == nil && shareOfWalletBelow == nil && growthAtLeast == nil && salesAtLeast == nil
    }

    func holds(for figures: CustomerFigures, abcClass actual: ABCClass) -> Bool {
        if let abcClass, abcClass != actual { return false }
        if let untappedAtLeast, figures.untappedYen < untappedAtLeast { return false }
        if let shareOfWalletBelow {
            guard let share = figures.shareOfWallet, share < shareOfWalletBelow else { return false }
        }
        if let growthAtLeast {
            guard let growth = figures.growth, growth >= growthAtLeast else { return false }
        }
        if let salesAtLeast, figures.salesYen < salesAtLeast { return false }
        return true
    }
}

/// The Pareto class of a customer's trailing-12-month sales.
public enum ABCClass: String, Sendable, Codable, CaseIterable {
    case a = "A"
    case b = "B"
    case c = "C"
}

extension Message {
    static let rankingShareRange = Message(en: "give a share above 0 and below 1, such as 0.7",
                                           ja: "0 より大きく 1 未満の割合（例 0.7）で指定してください")
    static func rankingClassBRange(_ a: Double) -> Message {
        Message(en: "give a share above a (\(a)) and up to 1", ja: "a（\(a)）より大きく 1 以下の割合で指定してください")
    }
    static let rankingGrowthMonthsRange = Message(en: "give 1 to 12 months", ja: "1〜12 か月で指定してください")
}
