import RoundsShell

/// Visit planning commands: `nearby` for drop-in visits (ついで訪問).
public let plugin = Plugin(name: "PlanCommands", version: RoundsVersion.current, commands: [NearbyCommand.self])
