import ArgumentParser
import RoundsDomain
import RoundsStorage

/// A command the shell can run: an ArgumentParser command (so help, validation and completion
/// come from its declaration) that runs against the session instead of the process.
///
/// ```swift
/// struct Hello: ShellCommand {
///     static var configuration: CommandConfiguration { CommandConfiguration(abstract: "Say hello.") }
///     @Argument var name: String
///     func run(in session: Session) throws { session.out.line("こんにちは、\(name)") }
/// }
/// ```
public protocol ShellCommand: ParsableCommand {
    func run(in session: Session) throws
}

/// What a plugin brings: its commands, and the value lists its options complete from.
///
/// Option values complete by their `valueName` (`@Option(help: ArgumentHelp("…", valueName: "rep-code"))`),
/// so a declaration says both what help prints (`--rep <rep-code>`) and what Tab offers.
public struct Plugin: Sendable {
    public typealias ValueSource = @Sendable (_ context: ValueContext, _ prefix: String) throws -> [String]

    public let name: String
    public let version: String
    public let commands: [any ParsableCommand.Type]
    public let valueSources: [String: ValueSource]

    public init(name: String, version: String, commands: [any ParsableCommand.Type],
                valueSources: [String: ValueSource] = [:]) {
        self.name = name
        self.version = version
        self.commands = commands
        self.valueSources = valueSources
    }
}

/// What a value source may look at: the session's database and the company's rules (Tab after
/// `deal move` offers open deals, and which stages are open is the company's choice).
public struct ValueContext {
    public let store: any Store
    public let rules: CompanyRules
}
