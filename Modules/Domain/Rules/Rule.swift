/// A rule that tells a rep what to do next: a condition over a customer's facts (the filter
/// language, against `FieldCatalog.facts`), the reason in words with `{fact}` placeholders, a
/// priority and the visit purpose to suggest.
///
/// ```swift
/// let rule = try Rule(name: "big-drop", when: "trend_percent <= -50",
///                     message: Message(verbatim: "sales {trend_percent} % against a year before"),
///                     priority: 90, purpose: Message(verbatim: "解約リスクのヒアリング"))
/// try rule.matches(facts)     // true when the last 3 months halved
/// rule.reason(for: facts)     // "sales -55 % against a year before"
/// ```
public struct Rule: Sendable, Equatable {
    public var name: String
    /// The condition as written, kept for the rules file and `rule list`.
    public private(set) var when: String
    public private(set) var condition: FilterExpression
    public private(set) var message: Message
    /// Higher comes first; a customer's score is the sum of its matching rules' priorities.
    public var priority: Int
    public var purpose: Message?
    public var enabled: Bool
    /// The message cut at its placeholders once, in each language, to word many reasons.
    private let pieces: (en: [Piece], ja: [Piece])
    /// The condition with its facts resolved once, run for every customer.
    private let test: @Sendable (CustomerFacts) throws(RoundsError) -> Bool

    /// Checks the name, parses the condition and the message's placeholders against `facts`.
    ///
    /// - Throws: `RoundsError(.usage, …)` naming the column of the mistake and the known facts.
    public init(name: String, when: String, message: Message, priority: Int, purpose: Message? = nil,
                enabled: Bool = true, facts: FieldCatalog = .facts) throws(RoundsError) {
        try Self.checkName(name)
        guard (1...1000).contains(priority) else { throw RoundsError(.usage, .rulePriorityRange(String(priority))) }
        let parsed: FilterExpression
        do {
            parsed = try FilterExpression(parsing: when, fields: facts)
        } catch {
            throw RoundsError(.usage, .ruleCondition(name, error.message, known: facts.fields.map(\.name)))
        }
        for text in [message.en, message.ja] {
            try Self.checkPlaceholders(text, rule: name, facts: facts)
        }
        self.name = name
        self.when = when
        condition = parsed
        self.message = message
        self.priority = priority
        self.purpose = purpose
        self.enabled = enabled
        let yen = Set(facts.fields.filter { $0.type == .yen }.map(\.name))
        pieces = (Self.pieces(message.en, yen: yen), Self.pieces(message.ja, yen: yen))
        test = parsed.matcher(CustomerFacts.reader)
    }

    /// Whether the rule fires for the customer; a fact without a value (a plugin's that failed) throws.
    public func matches(_ facts: CustomerFacts) throws(RoundsError) -> Bool {
        try test(facts)
    }

    /// The message with each `{fact}` replaced by the customer's value: yen as ¥1,234, no value as –.
    public func reason(for facts: CustomerFacts, in language: Language = .current) -> String {
        var text = ""
        for piece in language == .ja ? pieces.ja : pieces.en {
            switch piece {
            case .text(let part): text += part
            case .fact(let read, let yen): text += Self.shown(read(facts) ?? .null, yen: yen)
            }
        }
        return text
    }

    /// A stretch of a message: its own text, or a fact to fill in.
    private enum Piece: Sendable {
        case text(String)
        case fact(@Sendable (CustomerFacts) -> FilterValue?, yen: Bool)
    }

    /// `"{open_deals} deals"` as the fact `open_deals` and the text `" deals"`; placeholders are checked before.
    private static func pieces(_ message: String, yen: Set<String>) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            pieces.append(.fact(CustomerFacts.reader(name), yen: yen.contains(name)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }

    static func shown(_ value: FilterValue, yen: Bool) -> String {
        switch value {
        case .integer(let number): yen ? Yen.format(number) : String(number)
        case .real(let number): String(number)
        case .text(let text), .date(let text): text
        case .null: "–"
        }
    }

    /// Names are what `rule enable NAME` is typed with: letters, digits, `-` and `_`.
    static func checkName(_ name: String) throws(RoundsError) {
        guard !name.isEmpty, name.count <= 40,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw RoundsError(.usage, .ruleNameFormat(name))
        }
    }

    /// Every `{…}` must name a known fact; the column counts from 1 in the message.
    private static func checkPlaceholders(_ text: String, rule: String, facts: FieldCatalog) throws(RoundsError) {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            defer { index += 1 }
            guard characters[index] == "{" else { continue }
            guard let close = characters[index...].firstIndex(of: "}") else {
                throw RoundsError(.usage, .ruleMessage(rule, column: index + 1, .ruleUnclosedPlaceholder,
                                                       known: facts.fields.map(\.name)))
            }
            let name = String(characters[(index + 1)..<close])
            if facts.field(named: name) == nil {
                throw RoundsError(.usage, .ruleMessage(rule, column: index + 1, .ruleUnknownPlaceholder(name),
                                                       known: facts.fields.map(\.name)))
            }
            index = close
        }
    }

    public static func == (lhs: Rule, rhs: Rule) -> Bool {
        lhs.name == rhs.name && lhs.when == rhs.when && lhs.message == rhs.message && lhs.priority == rhs.priority
            && lhs.purpose == rhs.purpose && lhs.enabled == rhs.enabled
    }
}
