import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsStorage

/// The `rounds` process: global options, then one of four modes — a command given as
/// arguments, `-c` text, a `-f` script, or the interactive prompt (lines from stdin when it is
/// not a terminal).
///
/// ```swift
/// // Tools/rounds/main.swift
/// Shell.main(plugins: [CustomerCommands.plugin, DemoCommands.plugin])
/// ```
public enum Shell {
    public static func main(plugins: [Plugin]) -> Never {
        Language.current = Language(environment: ProcessInfo.processInfo.environment)
        let options: ShellOptions
        do {
            options = try ShellOptions.parse(Array(CommandLine.arguments.dropFirst()))
        } catch {
            ShellOptions.exit(withError: error)
        }
        exit(run(options, plugins: plugins))
    }

    static func run(_ options: ShellOptions, plugins: [Plugin]) -> Int32 {
        if let language = options.lang { Language.current = language }
        let environment = ProcessInfo.processInfo.environment
        let stdinIsTerminal = isatty(STDIN_FILENO) == 1
        let runsScript = !options.command.isEmpty || options.file != nil || (options.words.isEmpty && !stdinIsTerminal)
        let session: Session
        let path: String
        do {
            let registry = try CommandRegistry(plugins: [.core] + plugins)
            var settings = Settings(user: options.user ?? environment["USER"] ?? "rounds")
            if let format = options.format { settings.format = format }
            path = try options.databasePath(environment: environment)
            if let config = try options.configFile(environment: environment, databasePath: path) {
                do { settings.rules = try ConfigFile.load(from: config) } catch { throw error.roundsError }
            }
            settings.rulesFile = settings.rules.rulesFile
                ?? URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("rounds-rules.yaml").path
            let location = try DatabaseLocation(path)
            session = Session(registry: registry, settings: settings,
                              showsProgress: isatty(STDERR_FILENO) == 1 && !runsScript,
                              openStore: { try registry.openStore(location, warn: Session.warn) })
            if options.demo { try session.execute(["demo", "create", "--db", path]) }
        } catch {
            // A mistake in a file (the config) names the file and line; anything else is the program's own.
            let command = (error as? RoundsError)?.location == nil ? "rounds" : nil
            FileHandle.standardError.write(Data((ErrorReporter.text(for: error, command: command, location: nil) + "\n").utf8))
            return ErrorReporter.status(for: error)
        }
        defer {
            session.out.flush()
            // The demo database is the session's scratch pad: it goes when the session does.
            if options.demo { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        }
        let runner = ScriptRunner(session: session)
        if !options.command.isEmpty {
            // Like psql: several -c run in order, each a line of one script.
            return runner.run(source: options.command.joined(separator: "\n"), file: "-c", arguments: options.words)
        }
        if let file = options.file {
            return runner.runFile(file, arguments: options.words)
        }
        if !options.words.isEmpty {
            return runner.runCommand(options.words)
        }
        if stdinIsTerminal {
            return InteractiveShell(session: session, runner: runner).run()
        }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        return runner.run(source: String(decoding: input, as: UTF8.self), file: "<stdin>", arguments: [])
    }
}

/// The process's own options; everything after the first word is the command or script arguments.
struct ShellOptions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rounds",
        abstract: "Customers, visits and routes for route-sales teams.",
        usage: """
            rounds [OPTIONS]                       interactive shell
            rounds [OPTIONS] COMMAND [ARGS…]       run one command
            rounds [OPTIONS] -c 'CMD; CMD'         run commands
            rounds [OPTIONS] -f SCRIPT [ARGS…]     run a .rounds script
            """,
        version: RoundsVersion.current)

    @Option(help: ArgumentHelp("The SQLite database file (default: $ROUNDS_DB, else ./rounds.sqlite).", valueName: "path"))
    var db: String?

    @Flag(help: "Open the shell on a fresh demo company in a temporary database.")
    var demo = false

    @Option(help: ArgumentHelp("The company's config file: sales flow, visit requirements (default: $ROUNDS_CONFIG, else rounds.yaml beside the database).", valueName: "path"))
    var config: String?

    @Option(help: "Language of messages: en or ja (default: from LANG).")
    var lang: Language?

    @Option(help: ArgumentHelp("Author recorded on every write (default: $USER).", valueName: "name"))
    var user: String?

    @Option(help: "Default output format of listings: table, csv or json.")
    var format: OutputFormat?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run these commands (';' or newlines between them; -c again adds more) and exit.", valueName: "commands"))
    var command: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run this script file; the words after it are its $1, $2, …", valueName: "script"))
    var file: String?

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("A command and its arguments, or the script's arguments.", valueName: "args"))
    var words: [String] = []

    func databasePath(environment: [String: String]) throws -> String {
        if demo {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-demo-\(getpid())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return directory.appendingPathComponent("demo.sqlite").path
        }
        return db ?? environment["ROUNDS_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "rounds.sqlite"
    }

    /// `--config`, else `$ROUNDS_CONFIG` (either must exist), else `rounds.yaml` beside the
    /// database when there is one: a company keeps its rules next to its data.
    func configFile(environment: [String: String], databasePath: String) throws(RoundsError) -> URL? {
        if let named = config ?? environment["ROUNDS_CONFIG"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard FileManager.default.fileExists(atPath: named) else { throw RoundsError(.notFound, .configNotFound(named)) }
            return URL(fileURLWithPath: named)
        }
        let beside = URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("rounds.yaml")
        return FileManager.default.fileExists(atPath: beside.path) ? beside : nil
    }
}

extension Language: ExpressibleByArgument {}
