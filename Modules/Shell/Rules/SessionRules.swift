import Foundation
import RoundsDomain
import RoundsExchange
import RoundsStorage

/// The rules a session runs: the built-ins and every plugin's, changed by the company's rules
/// file, over the facts the store computes and the plugins add.
///
/// ```swift
/// let rules = try SessionRules(session)
/// let facts = try rules.facts(FactsQuery(asOf: .today()), in: session)
/// rules.book.run(facts.customers).toDos
/// ```
public struct SessionRules {
    public let catalog: FieldCatalog
    public let book: RuleBook
    /// Nil when the session keeps no rules file (the built-ins only).
    public let file: URL?
    private let providers: [(plugin: String, provider: FactProvider)]

    public init(_ session: Session) throws {
        let plugins = session.registry.plugins
        providers = plugins.flatMap { plugin in plugin.facts.map { (plugin.name, $0) } }
        let catalog = FieldCatalog.facts.adding(providers.flatMap(\.provider.fields))
        let base = Rule.builtIn + plugins.flatMap(\.rules)
        let file = session.settings.rulesFile.map(URL.init(fileURLWithPath:))
        do {
            book = try file.map { url throws(ExchangeProblem) in try RulesFile.load(from: url, base: base, facts: catalog) }
                ?? RuleBook(base: base)
        } catch {
            throw error.roundsError
        }
        self.catalog = catalog
        self.file = file
    }

    /// The store's facts with the plugins' added. A provider that fails is reported in
    /// `problems` and its facts stay without a value, so only the rules naming them are skipped.
    public func facts(_ query: FactsQuery, in session: Session) throws -> (customers: [CustomerFacts], problems: [Message]) {
        let store = try session.store()
        var customers = try store.customerFacts(query)
        var problems: [Message] = []
        for (plugin, provider) in providers {
            do {
                let values = try provider.compute(store, customers)
                for index in customers.indices {
                    let own = values[customers[index].code] ?? provider.otherwise
                    if customers[index].extra.isEmpty {
                        customers[index].extra = own
                    } else {
                        customers[index].extra.merge(own) { _, new in new }
                    }
                }
            } catch {
                problems.append(.factProviderFailed(plugin, String(describing: error)))
            }
        }
        return (customers, problems)
    }

    /// Keeps the book in the rules file, written whole.
    public func save(_ book: RuleBook) throws {
        guard let file else { throw RoundsError(.usage, .noRulesFile) }
        do { try RulesFile.save(book, to: file) } catch { throw error.roundsError }
    }

    /// The rule of that name; an unknown one suggests the nearest.
    public func rule(named name: String) throws(RoundsError) -> Rule {
        if let rule = book.rule(named: name) { return rule }
        throw RoundsError(.notFound, .unknownRule(name, suggestion: Suggestion.nearest(to: name, among: book.rules.map(\.name))))
    }
}

/// `--date D`: the day the facts are counted to, today by default.
public func asOfDay(_ text: String?) throws(RoundsError) -> CalendarDate {
    guard let text else { return .today() }
    return try JapaneseDate.parse(typed: text, field: "--date")
}
