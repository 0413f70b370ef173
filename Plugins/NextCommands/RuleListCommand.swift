import ArgumentParser
import RoundsDomain
import RoundsShell

/// `rule list`: every rule in the order `next` runs them, with where it comes from.
struct RuleListCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Message.ruleListAbstract.text())
    }

    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let rules = try SessionRules(session)
        var table = Listing(columns: [
            .init("name", .ruleNameHeader), .init("enabled", .ruleEnabledHeader), .init("priority", .rulePriorityHeader, align: .right),
            .init("when", .ruleWhenHeader), .init("message", .ruleMessageHeader), .init("purpose", .rulePurposeHeader),
            .init("origin", .ruleOriginHeader),
        ])
        for rule in rules.book.rules {
            table.append([.text(rule.name), .bool(rule.enabled), .integer(rule.priority), .text(rule.when),
                          .text(rule.message.text()), .optional(rule.purpose?.text()), origin(of: rule, in: rules.book)])
        }
        try session.emit(table, listing)
    }

    private func origin(of rule: Rule, in book: RuleBook) -> Cell {
        guard let base = book.baseRule(named: rule.name) else { return .label(code: "file", .ruleOriginFile) }
        return base == rule ? .label(code: "built-in", .ruleOriginBuiltIn) : .label(code: "changed", .ruleOriginChanged)
    }
}
