import RoundsDomain
import Yams

extension ConfigFile {
    /// `ranking:` — the ABC lines, the growth window and the rules, first match wins. Listing
    /// `rules` replaces the standard ones; amounts take yen as typed (`1000万`, `¥3,000,000`).
    ///
    /// ```yaml
    /// ranking:
    ///   abc: {a: 0.7, b: 0.9}
    ///   growth_months: 3
    ///   rules:
    ///     - rank: focus
    ///       when:
    ///         - {class: A}
    ///         - {untapped_at_least: 1000万, share_below: 0.3}
    ///     - rank: develop
    ///       when: [{class: B}, {growth_at_least: 0.2, sales_at_least: 100万}]
    ///   otherwise: maintain
    /// ```
    static func ranking(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> RankingRules {
        var ranking = RankingRules.standard
        // A line or window out of range is checked once all are read (b depends on a), then
        // blamed on the node that set it.
        var nodes: [String: Node] = [:]
        for (key, value) in try reader.entries(node, keys: ["abc", "growth_months", "rules", "otherwise"]) {
            nodes[key] = value
            switch key {
            case "abc":
                for (line, share) in try reader.entries(value, keys: ["a", "b"]) {
                    nodes[line] = share
                    let number = try number(share, key: line, reader)
                    if line == "a" { ranking.classAShare = number } else { ranking.classBShare = number }
                }
            case "growth_months": ranking.growthMonths = try wholeNumber(value, key: key, reader)
            case "rules": ranking.rules = try rankRules(value, reader)
            default: ranking.otherwise = try rank(value, key: key, reader)
            }
        }
        do {
            try ranking.check()
        } catch {
            throw reader.problem(error.field.flatMap { nodes[$0] } ?? nodes["abc"] ?? node, error.message)
        }
        return ranking
    }

    private static func rankRules(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> [RankRule] {
        guard let items = node.sequence else { throw reader.problem(node, .rankingRulesShape) }
        return try items.map { item throws(ExchangeProblem) in
            var rank: Rank?
            var conditions: [RankCondition] = []
            for (key, value) in try reader.entries(item, keys: ["rank", "when"]) {
                if key == "rank" {
                    rank = try self.rank(value, key: key, reader)
                } else {
                    let list = value.sequence.map(Array.init) ?? [value]
                    conditions = try list.map { condition throws(ExchangeProblem) in try rankCondition(condition, reader) }
                }
            }
            guard let rank, !conditions.isEmpty else { throw reader.problem(item, .rankingRuleShape) }
            return RankRule(rank: rank, when: conditions)
        }
    }

    private static func rankCondition(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> RankCondition {
        var condition = RankCondition()
        let keys = ["class", "untapped_at_least", "share_below", "growth_at_least", "sales_at_least"]
        for (key, value) in try reader.entries(node, keys: keys) {
            switch key {
            case "class": condition.abcClass = try reader.choice(value, key: key, as: ABCClass.self)
            case "untapped_at_least": condition.untappedAtLeast = try yen(value, key: key, reader)
            case "share_below": condition.shareOfWalletBelow = try number(value, key: key, reader)
            case "growth_at_least": condition.growthAtLeast = try number(value, key: key, reader)
            default: condition.salesAtLeast = try yen(value, key: key, reader)
            }
        }
        guard !condition.isEmpty else { throw reader.problem(node, .configExpectedKeys(keys)) }
        return condition
    }

    private static func rank(_ node: Node, key: String, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Rank {
        let text = try reader.text(node, key: key)
        do {
            return try Rank(parsing: text)
        } catch {
            throw reader.problem(node, error.message)
        }
    }

    private static func yen(_ node: Node, key: String, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Int {
        let text = try reader.text(node, key: key)
        do throws(RoundsError) {
            let amount = try Yen.parse(text, field: key)
            guard amount >= 0 else { throw RoundsError.invalid(key, text, .negativeAmount) }
            return amount
        } catch {
            throw reader.problem(node, error.message)
        }
    }
}

extension Message {
    static let rankingRulesShape = Message(en: "rules: give a list of rules, each with 'rank:' and 'when:'",
                                           ja: "rules: には 'rank:' と 'when:' を持つルールの一覧を書いてください")
    static let rankingRuleShape = Message(en: "every rule needs 'rank:' and at least one condition under 'when:'",
                                          ja: "各ルールに 'rank:' と 'when:'（条件を 1 つ以上）を指定してください")
}
