import RoundsShell

/// `calendar holidays` and `calendar workdays`: Japan's national holidays and the company's working days.
public let plugin = Plugin(name: "CalendarCommands", version: RoundsVersion.current, commands: [CalendarCommand.self])
