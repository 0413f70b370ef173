import RoundsShell

/// Visit planning commands: `plan baseline` (the weekday routine), `nearby` for drop-in visits (ついで訪問).
public let plugin = Plugin(name: "PlanCommands", version: RoundsVersion.current, commands: [NearbyCommand.self, PlanCommand.self])
