/// The rank proposed for one customer, with why.
public struct RankProposal: Sendable, Equatable {
    /// Which way a customer moves; focus is the top.
    public enum Movement: String, Sendable {
        case up, down, same
        /// The customer had no rank yet.
        case new
    }

    public let figures: CustomerFigures
    public let abcClass: ABCClass
    public let rank: Rank
    /// The criteria of the condition that matched, or the ABC class when no rule did.
    public let reasons: [RankReason]

    public init(figures: CustomerFigures, abcClass: ABCClass, rank: Rank, reasons: [RankReason]) {
        self.figures = figures
        self.abcClass = abcClass
        self.rank = rank
        self.reasons = reasons
    }

    public var movement: Movement {
        guard let current = figures.currentRank else { return .new }
        return rank == current ? .same : rank < current ? .up : .down
    }
}

extension RankingRules {
    /// Ranks every customer: the ABC class from its place in the Pareto order of sales, then
    /// the first rule with a condition that holds. Proposals come in the order of `figures`.
    ///
    /// ```swift
    /// let proposals = RankingRules.standard.propose([
    ///     CustomerFigures(code: "C1", name: "大口", salesYen: 8_000_000),
    ///     CustomerFigures(code: "C2", name: "中口", salesYen: 1_500_000),
    ///     CustomerFigures(code: "C3", name: "小口", salesYen: 500_000),
    /// ])
    /// proposals.map(\.rank)   // [.focus, .develop, .maintain]: A (0 % above it), B (80 %), C (95 %)
    /// ```
    public func propose(_ figures: [CustomerFigures]) -> [RankProposal] {
        let classes = abcClasses(figures)
        return figures.indices.map { index in
            let customer = figures[index]
            let abc = classes[index]
            for rule in rules {
                if let condition = rule.when.first(where: { $0.holds(for: customer, abcClass: abc) }) {
                    return RankProposal(figures: customer, abcClass: abc, rank: rule.rank,
                                        reasons: reasons(condition, customer, abc))
                }
            }
            return RankProposal(figures: customer, abcClass: abc, rank: otherwise, reasons: [classReason(abc, customer)])
        }
    }

    /// Each customer's class, by the share of sales held by the customers above it. Customers
    /// with equal sales share one place (the first's), so a tie never splits across a line.
    func abcClasses(_ figures: [CustomerFigures]) -> [ABCClass] {
        let total = figures.reduce(0) { $0 + $1.salesYen }
        var classes = [ABCClass](repeating: .c, count: figures.count)
        let order = figures.indices.filter { figures[$0].salesYen > 0 }.sorted { figures[$0].salesYen > figures[$1].salesYen }
        var above = 0
        var group: (sales: Int, abc: ABCClass)?
        for index in order {
            let sales = figures[index].salesYen
            if group?.sales != sales {
                let share = Double(above) / Double(total)
                group = (sales, share < classAShare ? .a : share < classBShare ? .b : .c)
            }
            classes[index] = group!.abc
            above += sales
        }
        return classes
    }

    private func reasons(_ condition: RankCondition, _ figures: CustomerFigures, _ abc: ABCClass) -> [RankReason] {
        var reasons: [RankReason] = []
        if condition.abcClass != nil { reasons.append(classReason(abc, figures)) }
        if condition.untappedAtLeast != nil || condition.shareOfWalletBelow != nil {
            reasons.append(.potential(potentialYen: figures.potentialYen, salesYen: figures.salesYen))
        }
        if condition.growthAtLeast != nil {
            reasons.append(.growth(recentYen: figures.recentYen, yearEarlierYen: figures.yearEarlierYen))
        } else if condition.salesAtLeast != nil {
            reasons.append(.sales(yen: figures.salesYen))
        }
        return reasons
    }

    private func classReason(_ abc: ABCClass, _ figures: CustomerFigures) -> RankReason {
        switch abc {
        case _ where figures.salesYen == 0: .noSales
        case .a: .abcClass(.a, fromShare: 0, toShare: classAShare)
        case .b: .abcClass(.b, fromShare: classAShare, toShare: classBShare)
        case .c: .abcClass(.c, fromShare: classBShare, toShare: 1)
        }
    }
}
