import RoundsShell

/// `next` and `rule add|list|enable|disable|test`: the rules that tell each rep which customers
/// to act on today, and why.
public let plugin = Plugin(name: "NextCommands", version: RoundsVersion.current, commands: [NextCommand.self, RuleCommand.self])
