import RoundsDomain

/// A what-if change to the visit policy: visits a month for some ranks, typed as
/// `focus=8,develop=2,maintain=1` (ranks in English or Japanese, 0–31 visits). Ranks left out
/// keep their rule.
///
/// ```swift
/// let change = try PolicyChange(parsing: "focus=8,維持=0")
/// let policy = change.applied(to: .standard)
/// policy.rule(for: .focus).visitsPerMonth   // 8, at least 2 days apart
/// ```
public struct PolicyChange: Sendable, Equatable {
    public var visitsPerMonth: [Rank: Int]

    public init(visitsPerMonth: [Rank: Int]) {
        self.visitsPerMonth = visitsPerMonth
    }

    /// Parses `RANK=VISITS,…`; an error names the part that is wrong.
    public init(parsing text: String, field: String = "--policy") throws(RoundsError) {
        var visits: [Rank: Int] = [:]
        let parts = HalfWidth.fold(text).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else { throw RoundsError.invalid(field, text, .policyChangeFormat) }
        for part in parts {
            let pair = part.split(separator: "=", omittingEmptySubsequences: false)
            guard pair.count == 2 else { throw RoundsError.invalid(field, part, .policyChangeFormat) }
            let name = pair[0].trimmingCharacters(in: .whitespaces)
            guard let rank = Rank.allCases.first(where: { $0.rawValue == name.lowercased() || $0.label.ja == name }) else {
                throw RoundsError.invalid(field, part, .policyChangeRank(name))
            }
            guard let count = Int(pair[1].trimmingCharacters(in: .whitespaces)) else {
                throw RoundsError.invalid(field, part, .policyChangeNumber)
            }
            guard (0...31).contains(count) else { throw RoundsError.invalid(field, part, .policyChangeRange) }
            guard visits[rank] == nil else { throw RoundsError.invalid(field, part, .policyChangeTwice(rank.rawValue)) }
            visits[rank] = count
        }
        visitsPerMonth = visits
    }

    /// The policy with these visits a month. A minimum gap too long for the new frequency
    /// shrinks to the due share of the new interval (so `focus=8` is not blocked by focus's 4 days).
    public func applied(to policy: VisitPolicy) -> VisitPolicy {
        var changed = policy
        for (rank, visits) in visitsPerMonth {
            var rule = policy.rule(for: rank)
            rule.visitsPerMonth = visits
            if visits > 0 {
                let fitting = max(1, Int((VisitPolicy.daysPerMonth / Double(visits) * policy.dueShare).rounded(.down)))
                rule.minimumGapDays = min(rule.minimumGapDays, fitting)
                if let maximum = rule.maximumGapDays, maximum < rule.minimumGapDays { rule.maximumGapDays = rule.minimumGapDays }
            }
            changed.rules[rank] = rule
        }
        return changed
    }
}

extension Message {
    static let policyChangeFormat = Message(en: "use RANK=VISITS a month, such as focus=8,develop=2,maintain=1",
                                            ja: "focus=8,develop=2,maintain=1 のように ランク=月の訪問回数 で指定してください")
    static func policyChangeRank(_ name: String) -> Message {
        Message(en: "unknown rank '\(name)': use one of: focus, develop, maintain",
                ja: "ランク '\(name)' はありません。focus, develop, maintain（重点・育成・維持）のいずれかを指定してください")
    }
    static let policyChangeNumber = Message(en: "give the visits a month as a whole number", ja: "月の訪問回数を整数で指定してください")
    static let policyChangeRange = Message(en: "give 0 to 31 visits a month", ja: "月の訪問回数は 0〜31 で指定してください")
    static func policyChangeTwice(_ rank: String) -> Message {
        Message(en: "\(rank) is given twice", ja: "\(rank) が2回指定されています")
    }
}
