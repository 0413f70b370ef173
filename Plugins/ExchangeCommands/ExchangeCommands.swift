import RoundsShell

/// `import` and `export` of customers, reps, orders, deals, notes and visits as CSV, XLSX or JSON.
public let plugin = Plugin(name: "ExchangeCommands", version: RoundsVersion.current,
                           commands: [ImportCommand.self, ExportCommand.self])
