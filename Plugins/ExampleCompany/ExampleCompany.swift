import RoundsShell

public let plugin = Plugin(name: "ExampleCompany", version: "1.0.0", commands: [])
