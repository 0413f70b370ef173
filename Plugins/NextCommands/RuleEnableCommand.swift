import ArgumentParser
import RoundsDomain
import RoundsShell

/// `rule enable NAME`: `next` runs the rule again.
struct RuleEnableCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "enable", abstract: Message.ruleEnableAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.ruleNameHelp.text(), valueName: "name")) var name: String

    func run(in session: Session) throws {
        try RuleSwitch.set(name, enabled: true, in: session)
    }
}

/// `rule disable NAME`: `next` leaves the rule out; it stays in the file to switch on again.
struct RuleDisableCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "disable", abstract: Message.ruleDisableAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.ruleNameHelp.text(), valueName: "name")) var name: String

    func run(in session: Session) throws {
        try RuleSwitch.set(name, enabled: false, in: session)
    }
}

enum RuleSwitch {
    static func set(_ name: String, enabled: Bool, in session: Session) throws {
        let rules = try SessionRules(session)
        var rule = try rules.rule(named: name)
        rule.enabled = enabled
        var book = rules.book
        book.put(rule)
        try rules.save(book)
        session.out.line((enabled ? Message.ruleEnabled(name) : .ruleDisabled(name)).text())
    }
}
