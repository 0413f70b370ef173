import Foundation

/// A company's rules: the built-ins, changed or switched off by the rules file, and its own.
/// Run over every customer's facts it gives the to-do list: one entry per customer that any
/// enabled rule fires for, with all its reasons.
///
/// ```swift
/// let book = RuleBook()
/// let run = book.run(facts)
/// run.toDos.first?.reasons.map(\.text)    // ["next action due on 2026-12-01", "sales of the last 3 months -40 % …"]
/// run.skipped                              // rules that failed, each with why; the others still ran
/// ```
public struct RuleBook: Sendable, Equatable {
    public private(set) var rules: [Rule]
    /// The rules before any file changed them: the built-ins and the plugins'.
    public let base: [Rule]

    /// `base` with the file's rules: one named like a base rule replaces it where it stands,
    /// the others follow in the file's order.
    public init(base: [Rule] = Rule.builtIn, fileRules: [Rule] = []) {
        self.base = base
        rules = base
        for rule in fileRules { put(rule) }
    }

    public func rule(named name: String) -> Rule? {
        rules.first { $0.name == name }
    }

    /// Adds a rule, or replaces the one of the same name where it stands.
    public mutating func put(_ rule: Rule) {
        if let index = rules.firstIndex(where: { $0.name == rule.name }) { rules[index] = rule } else { rules.append(rule) }
    }

    /// The base rule of that name (a built-in or a plugin's), if any.
    public func baseRule(named name: String) -> Rule? {
        base.first { $0.name == name }
    }

    /// The rules that differ from the base: what a rules file keeps.
    public var changedRules: [Rule] {
        rules.filter { $0 != baseRule(named: $0.name) }
    }

    /// Every enabled rule over every customer. A customer's score is the sum of the priorities
    /// of the rules that fire for it, so two reasons outrank one of the same weight; ties go
    /// to the highest single priority, then the code. A rule that fails on any customer is
    /// skipped whole (never half its customers) and reported.
    public func run(_ facts: [CustomerFacts]) -> RuleRun {
        let enabled = rules.filter(\.enabled)
        // A big company in parts on the cores: after the facts, the rules and their words are
        // most of a run's work.
        let parts = facts.count >= Self.partSize ? min(4, ProcessInfo.processInfo.activeProcessorCount) : 1
        let bounds = (0...parts).map { $0 * facts.count / parts }
        let fired = ResultSlots<FiredRules>(count: parts)
        let language = Language.current
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            fired.fill(part, with: FiredRules(enabled, over: facts[bounds[part]..<bounds[part + 1]], in: language))
        }
        var failed: [String: RoundsError] = [:]
        for part in fired.values { failed.merge(part.failed) { first, _ in first } }
        var reasons = fired.values.flatMap(\.reasons)
        // Sorted as small keys, not as to-dos: a company's worth of facts is heavy to move around.
        var order: [(score: Int, top: Int, index: Int)] = []
        for index in reasons.indices {
            if !failed.isEmpty { reasons[index].removeAll { failed[$0.rule] != nil } }
            guard !reasons[index].isEmpty else { continue }
            reasons[index].sort { $0.priority > $1.priority }
            order.append((reasons[index].reduce(0) { $0 + $1.priority }, reasons[index][0].priority, index))
        }
        order.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            if lhs.top != rhs.top { return lhs.top > rhs.top }
            return facts[lhs.index].code < facts[rhs.index].code
        }
        let skipped = enabled.compactMap { rule in failed[rule.name].map { RuleRun.Skipped(rule: rule.name, error: $0) } }
        return RuleRun(toDos: order.map { ToDo(facts: facts[$0.index], reasons: reasons[$0.index]) }, skipped: skipped)
    }

    /// Customers from which a run is split into parts.
    public static let partSize = 20_000
}

/// The rules over one part of the customers: each customer's reasons, and the rules that failed
/// (their reasons in this part left out; the run drops them from the other parts too).
private struct FiredRules: Sendable {
    var reasons: [[ToDo.Reason]]
    var failed: [String: RoundsError] = [:]

    init(_ rules: [Rule], over facts: ArraySlice<CustomerFacts>, in language: Language) {
        reasons = Array(repeating: [], count: facts.count)
        for rule in rules {
            let purpose = rule.purpose?.text(in: language)
            do {
                var matching: [Int] = []
                for (offset, customer) in facts.enumerated() where try rule.matches(customer) { matching.append(offset) }
                for offset in matching {
                    let customer = facts[facts.startIndex + offset]
                    reasons[offset].append(ToDo.Reason(rule: rule.name, text: rule.reason(for: customer, in: language),
                                                       priority: rule.priority, purpose: purpose))
                }
            } catch {
                failed[rule.name] = error
            }
        }
    }
}

/// What running the rules gave: the to-do list, best first, and the rules that failed.
public struct RuleRun: Sendable {
    public struct Skipped: Sendable {
        public var rule: String
        public var error: RoundsError
    }

    public var toDos: [ToDo]
    public var skipped: [Skipped]
}

/// One customer to act on, with every reason the rules found and what to do about it.
public struct ToDo: Sendable {
    public struct Reason: Sendable, Equatable {
        public var rule: String
        public var text: String
        public var priority: Int
        public var purpose: String?
    }

    public var facts: CustomerFacts
    /// Highest priority first.
    public var reasons: [Reason]

    /// The sum of the reasons' priorities: what the list is ordered by (and planning can weigh).
    public var score: Int { reasons.reduce(0) { $0 + $1.priority } }

    /// The suggested visit purpose: the most urgent reason's that has one.
    public var purpose: String? { reasons.lazy.compactMap(\.purpose).first }
}
