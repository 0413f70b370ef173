import RoundsShell

/// `import` and `export` of customers, reps, orders, deals, notes, visits and contacts as CSV, XLSX or JSON.
public let plugin = Plugin(name: "ExchangeCommands", version: RoundsVersion.current,
                           commands: [ImportCommand.self, ExportCommand.self])
