import RoundsShell

/// `report month`: the monthly sales meeting's document, as one offline HTML file or Markdown.
public let plugin = Plugin(name: "ReportCommands", version: RoundsVersion.current, commands: [ReportCommand.self])
