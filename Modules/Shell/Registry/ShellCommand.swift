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

/// What a plugin brings: its commands, the value lists its options complete from, and the
/// facts and rules it adds to `next`.
///
/// Option values complete by their `valueName` (`@Option(help: ArgumentHelp("…", valueName: "rep-code"))`),
/// so a declaration says both what help prints (`--rep <rep-code>`) and what Tab offers.
///
/// ```swift
/// let plugin = Plugin(name: "Acme", version: "1.0", commands: [], facts: [complaints], rules: [complaintRule])
/// ```
public struct Plugin: Sendable {
    public typealias ValueSource = @Sendable (_ context: ValueContext, _ prefix: String) throws -> [String]
    /// Opens the store on a database server; `warn` hears what the user should know (a password
    /// file others can read).
    public typealias ServerStore = @Sendable (_ url: PostgresURL, _ warn: @escaping (Message) -> Void) throws -> any Store

    public let name: String
    public let version: String
    public let commands: [any ParsableCommand.Type]
    public let valueSources: [String: ValueSource]
    public let facts: [FactProvider]
    /// Rules on by default, like the built-ins; a rules file may change or switch them off.
    public let rules: [Rule]
    /// How `--db postgres://…` is opened, from the one plugin that brings a server backend.
    public let serverStore: ServerStore?

    public init(name: String, version: String, commands: [any ParsableCommand.Type],
                valueSources: [String: ValueSource] = [:], facts: [FactProvider] = [], rules: [Rule] = [],
                serverStore: ServerStore? = nil) {
        self.name = name
        self.version = version
        self.commands = commands
        self.valueSources = valueSources
        self.facts = facts
        self.rules = rules
        self.serverStore = serverStore
    }
}

/// Facts a plugin computes for every customer the rules look at, in Swift, from the store.
///
/// ```swift
/// let complaints = FactProvider(fields: [.init("open_complaints", .integer, Message(verbatim: "open complaints"))],
///                               otherwise: ["open_complaints": .integer(0)]) { store, customers in
///     // Values for the customers that have some; the others take `otherwise`.
///     try openComplaints(in: store).mapValues { ["open_complaints": .integer($0)] }
/// }
/// ```
public struct FactProvider: Sendable {
    public typealias Compute = @Sendable (_ store: any Store, _ customers: [CustomerFacts]) throws -> [String: [String: FilterValue]]

    public let fields: [FieldCatalog.Field]
    /// The values of a customer `compute` leaves out; without one, such a customer has no
    /// value and a rule naming the fact is skipped. One shared value costs nothing per
    /// customer, where a company's worth of equal dictionaries took a third of a second.
    public let otherwise: [String: FilterValue]
    public let compute: Compute

    public init(fields: [FieldCatalog.Field], otherwise: [String: FilterValue] = [:], compute: @escaping Compute) {
        self.fields = fields
        self.otherwise = otherwise
        self.compute = compute
    }
}

/// What a value source may look at: the session's database and the company's rules (Tab after
/// `deal move` offers open deals, and which stages are open is the company's choice).
public struct ValueContext {
    public let store: any Store
    public let rules: CompanyRules
}
