import ArgumentParser
import RoundsDomain
import RoundsShell

/// `rule add NAME --when EXPR --message TEXT [--priority N] [--purpose TEXT] [--replace]`: a
/// new rule, checked against the facts before it is written; `--replace` changes an existing
/// one (a built-in too).
///
/// ```
/// rule add big-quiet --when "sales_12m >= 1000万 and days_since_order > 30" \
///     --message "no order for {days_since_order} days" --priority 85 --purpose 受注状況の確認
/// ```
struct RuleAddCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: Message.ruleAddAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.ruleNameHelp.text(), valueName: "name")) var name: String
    @Option(help: ArgumentHelp(Message.ruleWhenHelp.text(), valueName: "expression")) var when: String
    @Option(help: ArgumentHelp(Message.ruleMessageHelp.text(), valueName: "text")) var message: String
    @Option(help: ArgumentHelp(Message.rulePriorityHelp.text(), valueName: "n")) var priority = 50
    @Option(help: ArgumentHelp(Message.rulePurposeHelp.text(), valueName: "text")) var purpose: String?
    @Flag(help: ArgumentHelp(Message.ruleReplaceHelp.text())) var replace = false

    func run(in session: Session) throws {
        let rules = try SessionRules(session)
        if !replace, rules.book.rule(named: name) != nil { throw RoundsError(.duplicate, .ruleExists(name)) }
        let rule = try Rule(name: name, when: when, message: Message(verbatim: message), priority: priority,
                            purpose: purpose.map(Message.init(verbatim:)), facts: rules.catalog)
        var book = rules.book
        book.put(rule)
        try rules.save(book)
        session.out.line(Message.ruleSaved(name).text())
    }
}
