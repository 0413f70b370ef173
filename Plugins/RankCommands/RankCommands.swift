import RoundsShell

/// `rank compute|diff|apply|history`: customers ranked into focus / develop / maintain (重点・育成・維持)
/// by the company's ranking rules.
public let plugin = Plugin(name: "RankCommands", version: RoundsVersion.current, commands: [RankCommand.self])
