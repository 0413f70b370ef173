import RoundsShell

/// `kpi`, `kpi trend` and `target set|list`: how reps, teams and ranks did against their targets.
public let plugin = Plugin(name: "KPICommands", version: RoundsVersion.current, commands: [KPICommand.self, TargetCommand.self])
