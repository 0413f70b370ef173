import ArgumentParser
import RoundsDomain

/// `rule …`: the rules `next` runs. `list` shows them, `add` writes a new one (or, with
/// `--replace`, changes one), `enable` and `disable` switch one on or off (built-ins too),
/// `test` shows which customers one rule fires for and why. Changes go to the rules file.
struct RuleCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rule", abstract: Message.ruleAbstract.text(), discussion: Message.ruleDiscussion.text(),
                             subcommands: [RuleListCommand.self, RuleAddCommand.self, RuleEnableCommand.self,
                                           RuleDisableCommand.self, RuleTestCommand.self])
    }
}
