import Foundation
import RoundsDomain
import Yams

/// The company's config file (`rounds.yaml`): its sales flow, what a visit must carry, travel,
/// the visit policy, the calendar and how customers are ranked. Every key is optional; what the
/// file leaves out keeps Rounds' standard.
///
/// ```yaml
/// sales_flow:
///   - stage: hearing
///     ja: ヒアリング
///   - stage: survey
///     en: site survey
///     ja: 現地調査
///     requires: [expected-close]
///   - stage: quote
///     ja: 見積
///     requires: [amount]
///   - {stage: won, ja: 受注, outcome: won, requires: [amount]}
///   - {stage: lost, ja: 失注, outcome: lost, requires: [lost-reason]}
/// visits:
///   plan_requires: [purpose, obtain]
///   log_requires: [purpose, next-action, report]
/// travel:
///   detour_factor: 1.3
///   speed_kmh: 30
///   reps:
///     R02: {speed_kmh: 20}
/// planning:
///   policy:
///     focus: {visits_per_month: 4, min_gap_days: 4}
///     develop: {visits_per_month: 2, min_gap_days: 10, max_gap_days: 20}
///   due_at: 0.7
///   must_visit_score: 80
/// calendar:
///   weekly_days_off: [sat, sun]
///   company_holidays: [12-29..01-03, 08-13..08-16, 2026-10-01]
/// company:
///   fiscal_year_start: 4
/// ranking:
///   abc: {a: 0.7, b: 0.9}
///   rules:
///     - {rank: focus, when: [{class: A}, {untapped_at_least: 1000万, share_below: 0.3}]}
/// rules_file: rules/next.yaml
/// ```
///
/// A mistake is reported at its line (`rounds.yaml:7: …`), and a file with one is not used at all.
public enum ConfigFile {
    public static func load(from url: URL) throws(ExchangeProblem) -> CompanyRules {
        var rules = try rules(YAMLFile.load(from: url, empty: .emptyConfig), file: url.relativePath)
        // The rules file is named relative to the config, which may live anywhere.
        if let named = rules.rulesFile, !named.hasPrefix("/") {
            rules.rulesFile = url.deletingLastPathComponent().appendingPathComponent(named).path
        }
        return rules
    }

    public static func parse(yaml: String, file: String) throws(ExchangeProblem) -> CompanyRules {
        try rules(YAMLFile.compose(yaml, file: file, empty: .emptyConfig), file: file)
    }

    private static func rules(_ root: Node, file: String) throws(ExchangeProblem) -> CompanyRules {
        let reader = ConfigNodeReader(file: file)
        var rules = CompanyRules.standard
        for (key, value) in try reader.entries(root, keys: ["sales_flow", "visits", "travel", "planning", "calendar", "company", "ranking", "rules_file"]) {
            switch key {
            case "sales_flow": rules.salesFlow = try salesFlow(value, reader)
            case "visits": rules.visitRequirements = try visitRequirements(value, reader)
            case "travel": rules.travel = try travel(value, reader)
            case "planning": rules.visitPolicy = try visitPolicy(value, reader)
            case "company": rules.fiscalYearStart = try fiscalYearStart(value, reader)
            case "ranking": rules.ranking = try ranking(value, reader)
            case "rules_file": rules.rulesFile = try reader.text(value, key: key)
            default: rules.calendar = try workingCalendar(value, reader)
            }
        }
        return rules
    }

    private static func salesFlow(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> SalesFlow {
        guard let items = node.sequence, !items.isEmpty else { throw reader.problem(node, .flowShape) }
        var stages: [DealStage] = []
        for item in items {
            var code: String?
            var english: String?
            var japanese: String?
            var outcome = DealStage.Outcome.open
            var requires: [DealField] = []
            for (key, value) in try reader.entries(item, keys: ["stage", "en", "ja", "outcome", "requires"]) {
                switch key {
                case "stage": code = try reader.text(value, key: key)
                case "en": english = try reader.text(value, key: key)
                case "ja": japanese = try reader.text(value, key: key)
                case "outcome": outcome = try reader.choice(value, key: key, as: DealStage.Outcome.self)
                default: requires = try reader.list(value, key: key, of: DealField.self)
                }
            }
            guard let code else { throw reader.problem(item, .stageWithoutCode) }
            let label = Message(en: english ?? code, ja: japanese ?? english ?? code)
            stages.append(DealStage(code: code, label: label, outcome: outcome, requires: requires))
        }
        do {
            return try SalesFlow(stages: stages)
        } catch {
            throw reader.problem(node, error.message)
        }
    }

    private static func visitRequirements(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> VisitRequirements {
        var requirements = VisitRequirements.standard
        for (key, value) in try reader.entries(node, keys: ["plan_requires", "log_requires"]) {
            let fields = try reader.list(value, key: key, of: VisitField.self)
            if key == "plan_requires" { requirements.planning = fields } else { requirements.logging = fields }
        }
        return requirements
    }
}

extension ConfigFile {
    fileprivate static func travel(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> TravelSettings {
        var settings = TravelSettings()
        let own = try speed(node, reader, extraKeys: ["reps"])
        settings.detourFactor = own.detourFactor ?? settings.detourFactor
        settings.kilometresPerHour = own.kilometresPerHour ?? settings.kilometresPerHour
        for (key, value) in try reader.entries(node, keys: ["detour_factor", "speed_kmh", "reps"]) where key == "reps" {
            guard let reps = value.mapping else { throw reader.problem(value, .travelRepsShape) }
            for (rep, speeds) in reps {
                let code = try reader.text(rep, key: "reps")
                settings.reps[code] = try speed(speeds, reader, extraKeys: [])
            }
        }
        return settings
    }

    private static func speed(_ node: Node, _ reader: ConfigNodeReader, extraKeys: [String]) throws(ExchangeProblem) -> TravelSettings.Speed {
        var speed = TravelSettings.Speed()
        for (key, value) in try reader.entries(node, keys: ["detour_factor", "speed_kmh"] + extraKeys) where key != "reps" {
            let text = try reader.text(value, key: key)
            guard let number = Double(text) else { throw reader.problem(value, .invalidField(key, text, .travelNumber)) }
            do {
                if key == "detour_factor" {
                    try TravelSettings.checkDetourFactor(number)
                    speed.detourFactor = number
                } else {
                    try TravelSettings.checkSpeed(number)
                    speed.kilometresPerHour = number
                }
            } catch {
                throw reader.problem(value, error.message)
            }
        }
        return speed
    }
}

/// Reads the nodes of a config file, each mistake a problem at the node's line.
struct ConfigNodeReader {
    let file: String

    /// The mapping's entries in file order; a key outside `keys` is a mistake, with a suggestion.
    func entries(_ node: Node, keys: [String]) throws(ExchangeProblem) -> [(String, Node)] {
        guard let mapping = node.mapping else { throw problem(node, .configExpectedKeys(keys)) }
        return try mapping.map { key, value throws(ExchangeProblem) in
            let name = key.string ?? ""
            guard keys.contains(name) else {
                throw problem(key, .unknownConfigKey(name, allowed: keys, suggestion: Suggestion.nearest(to: name, among: keys)))
            }
            return (name, value)
        }
    }

    func text(_ node: Node, key: String) throws(ExchangeProblem) -> String {
        guard let text = node.scalar?.string, node.null == nil, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw problem(node, .configValueNotText(key))
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, key: String, as type: Value.Type) throws(ExchangeProblem) -> Value
    where Value.RawValue == String {
        let text = try text(node, key: key)
        guard let value = Value(rawValue: text) else {
            throw problem(node, .invalidField(key, text, .oneOf(Value.allCases.map(\.rawValue))))
        }
        return value
    }

    /// One value or a list of them, each one of `Value`'s cases; `[]` is an empty list.
    func list<Value: RawRepresentable & CaseIterable>(_ node: Node, key: String, of type: Value.Type) throws(ExchangeProblem) -> [Value]
    where Value.RawValue == String {
        let items = node.sequence.map(Array.init) ?? [node]
        return try items.map { item throws(ExchangeProblem) in try choice(item, key: key, as: type) }
    }

    func problem(_ node: Node, _ message: Message) -> ExchangeProblem {
        ExchangeProblem(file: file, row: node.mark?.line, message: message)
    }
}
