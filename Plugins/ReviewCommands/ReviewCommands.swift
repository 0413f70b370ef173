import RoundsShell

/// `review month`: the monthly sales meeting's review, as one offline HTML file or Markdown.
public let plugin = Plugin(name: "ReviewCommands", version: RoundsVersion.current, commands: [ReviewCommand.self])
