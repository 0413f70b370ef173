import RoundsShell

/// `route solve FILE` for benchmark files and `route day` for a rep's day from the store.
public let plugin = Plugin(name: "RouteCommands", version: RoundsVersion.current, commands: [RouteCommand.self])
