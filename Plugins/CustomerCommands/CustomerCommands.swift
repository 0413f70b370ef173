import RoundsShell

/// The customer and rep master: `customer add|edit|show|list|archive`, `rep add|edit|list`,
/// `rep dayoff add|remove|list`.
public let plugin = Plugin(
    name: "CustomerCommands", version: RoundsVersion.current,
    commands: [CustomerCommand.self, RepCommand.self, BriefCommand.self],
    valueSources: [
        "customer-code": { context, prefix in try context.store.customerCodes(prefix: prefix, limit: 200) },
        "rep-code": { context, prefix in try context.store.repCodes(prefix: prefix, limit: 200) },
    ])
