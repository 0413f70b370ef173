import Foundation
import RoundsDomain
import Yams

/// The company's rules file (`rounds-rules.yaml` beside the database, or `rules_file:` in
/// rounds.yaml): the built-in rules it changes or switches off, and its own. A rule named like
/// a built-in keeps whatever the entry leaves out; a new rule needs `when` and `message`.
///
/// ```yaml
/// rules:
///   - {name: high-potential, enabled: false}
///   - name: big-customer-quiet
///     when: sales_12m >= 1000万 and days_since_order > 30
///     message: "no order for {days_since_order} days ({sales_12m} a year)"   # or {en: …, ja: …}
///     priority: 85
///     purpose: 受注状況の確認
/// ```
///
/// A mistake is reported at its line (`rounds-rules.yaml:4: …`), and a file with one is not used.
public enum RulesFile {
    /// The rules of `base` changed by the file; a file that does not exist changes nothing.
    public static func load(from url: URL, base: [Rule], facts: FieldCatalog) throws(ExchangeProblem) -> RuleBook {
        guard FileManager.default.fileExists(atPath: url.path) else { return RuleBook(base: base) }
        return try book(YAMLFile.load(from: url, empty: .emptyRulesFile), file: url.relativePath, base: base, facts: facts)
    }

    public static func parse(yaml: String, file: String, base: [Rule] = Rule.builtIn,
                             facts: FieldCatalog = .facts) throws(ExchangeProblem) -> RuleBook {
        try book(YAMLFile.compose(yaml, file: file, empty: .emptyRulesFile), file: file, base: base, facts: facts)
    }

    /// Writes the book's changed rules whole, through a temporary file, so a reader never sees half a file.
    public static func save(_ book: RuleBook, to url: URL) throws(ExchangeProblem) {
        do {
            try Data(try text(book).utf8).write(to: url, options: .atomic)
        } catch {
            throw ExchangeProblem(file: url.relativePath, message: .cannotWrite(ChunkedInput.reason(error)), code: .io)
        }
    }

    /// The YAML `save` writes: for a base rule only what differs from it.
    public static func text(_ book: RuleBook) throws -> String {
        let entries: [Node] = book.changedRules.map { rule in
            let base = book.baseRule(named: rule.name)
            var pairs: [(Node, Node)] = [("name", Node(rule.name))]
            if rule.when != base?.when { pairs.append(("when", Node(rule.when))) }
            if rule.message != base?.message { pairs.append(("message", message(rule.message))) }
            if rule.priority != base?.priority { pairs.append(("priority", Node(String(rule.priority)))) }
            if rule.purpose != base?.purpose, let purpose = rule.purpose { pairs.append(("purpose", message(purpose))) }
            if rule.enabled != (base?.enabled ?? true) { pairs.append(("enabled", Node(rule.enabled ? "true" : "false"))) }
            return Node.mapping(Node.Mapping(pairs))
        }
        let root = Node.mapping(Node.Mapping([("rules", Node.sequence(Node.Sequence(entries)))]))
        return try "# Rounds rules: `rule add|enable|disable` rewrite this file; built-in rules list only what differs.\n"
            + Yams.serialize(node: root, allowUnicode: true)
    }

    private static func message(_ message: Message) -> Node {
        message.en == message.ja ? Node(message.en)
            : Node.mapping(Node.Mapping([("en", Node(message.en)), ("ja", Node(message.ja))]))
    }

    private static func book(_ root: Node, file: String, base: [Rule], facts: FieldCatalog) throws(ExchangeProblem) -> RuleBook {
        let reader = ConfigNodeReader(file: file)
        var rules: [Rule] = []
        for (_, value) in try reader.entries(root, keys: ["rules"]) {
            guard let items = value.sequence else { throw reader.problem(value, .rulesShape) }
            for item in items {
                let rule = try rule(item, reader, base: base, facts: facts)
                guard !rules.contains(where: { $0.name == rule.name }) else { throw reader.problem(item, .duplicateRule(rule.name)) }
                rules.append(rule)
            }
        }
        return RuleBook(base: base, fileRules: rules)
    }

    private static func rule(_ node: Node, _ reader: ConfigNodeReader, base: [Rule], facts: FieldCatalog) throws(ExchangeProblem) -> Rule {
        var values: [String: Node] = [:]
        for (key, value) in try reader.entries(node, keys: ["name", "when", "message", "priority", "purpose", "enabled"]) {
            values[key] = value
        }
        guard let nameNode = values["name"] else { throw reader.problem(node, .ruleEntryNeeds("name")) }
        let name = try reader.text(nameNode, key: "name")
        let original = base.first { $0.name == name }
        func required<T>(_ key: String, _ read: (Node) throws(ExchangeProblem) -> T, else fallback: T?) throws(ExchangeProblem) -> T {
            if let value = values[key] { return try read(value) }
            guard let fallback else { throw reader.problem(node, .ruleEntryNeeds(key)) }
            return fallback
        }
        let when = try required("when", { node throws(ExchangeProblem) in try reader.text(node, key: "when") }, else: original?.when)
        let message = try required("message", { node throws(ExchangeProblem) in try Self.message(node, key: "message", reader) },
                                   else: original?.message)
        let priority = try required("priority", { node throws(ExchangeProblem) in try Self.priority(node, reader) },
                                    else: original?.priority ?? 50)
        let purpose = try values["purpose"].map { node throws(ExchangeProblem) in try Self.message(node, key: "purpose", reader) }
            ?? original?.purpose
        let enabled = try required("enabled", { node throws(ExchangeProblem) in try Self.flag(node, reader) }, else: true)
        do {
            return try Rule(name: name, when: when, message: message, priority: priority, purpose: purpose,
                            enabled: enabled, facts: facts)
        } catch {
            throw reader.problem(values["when"] ?? node, error.message)
        }
    }

    /// Text, or `{en: …, ja: …}` for a message in both languages.
    private static func message(_ node: Node, key: String, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Message {
        guard node.mapping != nil else {
            let text = try reader.text(node, key: key)
            return Message(en: text, ja: text)
        }
        var texts: [String: String] = [:]
        for (language, value) in try reader.entries(node, keys: ["en", "ja"]) { texts[language] = try reader.text(value, key: key) }
        guard let either = texts["en"] ?? texts["ja"] else { throw reader.problem(node, .configValueNotText(key)) }
        return Message(en: texts["en"] ?? either, ja: texts["ja"] ?? either)
    }

    private static func priority(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Int {
        let text = try reader.text(node, key: "priority")
        guard let number = Int(text), (1...1000).contains(number) else { throw reader.problem(node, .rulePriority(text)) }
        return number
    }

    private static func flag(_ node: Node, _ reader: ConfigNodeReader) throws(ExchangeProblem) -> Bool {
        guard let flag = node.bool else { throw reader.problem(node, .ruleEnabledFlag) }
        return flag
    }
}

extension Message {
    static let emptyRulesFile = Message(en: "the rules file is empty; write rules: with a list of rules",
                                        ja: "ルールファイルが空です。rules: にルールの一覧を書いてください")
    static let rulesShape = Message(en: "rules: takes a list of rules, each with name:", ja: "rules: には name: を持つルールの一覧を書いてください")
    static let ruleEnabledFlag = Message(en: "enabled: takes true or false", ja: "enabled: には true か false を指定してください")

    static func ruleEntryNeeds(_ key: String) -> Message {
        Message(en: "a rule needs \(key):", ja: "ルールには \(key): が必要です")
    }

    static func duplicateRule(_ name: String) -> Message {
        Message(en: "rule '\(name)' is listed twice", ja: "ルール '\(name)' が 2 回あります")
    }

    static func rulePriority(_ value: String) -> Message {
        Message(en: "invalid priority '\(value)': give a whole number from 1 to 1000",
                ja: "優先度 '\(value)' が不正です。1〜1000 の整数で指定してください")
    }
}
