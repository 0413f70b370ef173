import RoundsShell

/// The customer and rep master: `customer add|edit|show|list|archive`, `rep add|edit|list`.
public let plugin = Plugin(
    name: "CustomerCommands", version: RoundsVersion.current,
    commands: [CustomerCommand.self, RepCommand.self, BriefCommand.self],
    valueSources: [
        "customer-code": { store, prefix in try store.customerCodes(prefix: prefix, limit: 200) },
        "rep-code": { store, prefix in try store.repCodes(prefix: prefix, limit: 200) },
    ])
