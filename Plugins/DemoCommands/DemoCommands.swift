import RoundsShell

/// `demo create`: a realistic, reproducible company to try Rounds on.
public let plugin = Plugin(name: "DemoCommands", version: RoundsVersion.current, commands: [DemoCommand.self])
