import RoundsShell

/// A sample company plugin: one command of the company's own, `audit`, registered the same way
/// every built-in command is, and one fact and one rule for `next` (`missing_details`,
/// `focus-details`). Copy this folder (or run `Tools/new-plugin NAME`) to start yours.
public let plugin = Plugin(name: "ExampleCompany", version: "1.0.0", commands: [AuditCommand.self],
                           facts: [FocusDetails.provider], rules: [FocusDetails.rule])
