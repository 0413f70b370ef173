import ArgumentParser
import Foundation
import RoundsDomain
import RoundsStorage

/// One run of the shell: its settings, its output, its database (opened on first use) and the
/// registry of commands. Commands get it in `run(in:)`.
public final class Session: @unchecked Sendable {
    public let registry: CommandRegistry
    public var settings: Settings
    public let out = Output()
    public let cancellation = Cancellation()
    /// Whether progress may be drawn: standard error is a terminal and no script is running.
    public var showsProgress: Bool

    private var progressLineOpen = false
    private let openStore: () throws -> any Store
    private var openedStore: (any Store)?

    public init(registry: CommandRegistry, settings: Settings, showsProgress: Bool,
                openStore: @escaping () throws -> any Store) {
        self.registry = registry
        self.settings = settings
        self.showsProgress = showsProgress
        self.openStore = openStore
    }

    /// The database, opened (and migrated) the first time a command asks for it.
    public func store() throws -> any Store {
        if let openedStore { return openedStore }
        let store = try openStore()
        openedStore = store
        return store
    }

    /// Opens another database (`db copy`, `demo create --db`), a file or a server URL.
    public func openStore(at text: String) throws -> any Store {
        try registry.openStore(try DatabaseLocation(text), warn: Self.warn)
    }

    /// Tells the user on standard error, in scripts too: a warning is not output.
    static func warn(_ message: Message) {
        FileHandle.standardError.write(Data(("rounds: " + message.text() + "\n").utf8))
    }

    /// Replaces the database for the rest of the session (`demo create` into the current file).
    public func closeStore() {
        openedStore = nil
    }

    /// Runs one command line, already split into words: the registry finds the command,
    /// ArgumentParser parses the rest, and `--help` prints the command's help.
    public func execute(_ words: [String]) throws {
        guard let name = words.first else { return }
        guard let root = registry.command(named: name) else {
            throw RoundsError(.usage, .unknownCommand(name, suggestion: registry.suggestion(for: name)))
        }
        // The common case, a command line that parses, takes the short way; anything else (an error,
        // `--help`) goes the whole way from the root, whose messages name the full command.
        if let command = Self.parseLeaf(root, words.dropFirst()) {
            try run(command)
            return
        }
        let parsed: any ParsableCommand
        do {
            parsed = try root.parseAsRoot(Array(words.dropFirst()))
        } catch {
            // `--help` arrives as an error that exits successfully: it is output, not a failure.
            guard root.exitCode(for: error) == .success else { throw CommandLineError(root: root, error: error) }
            out.write(root.fullMessage(for: error) + "\n")
            return
        }
        guard let command = parsed as? any ShellCommand else {
            // `--help`, `help` and a group without its subcommand come back as commands whose run()
            // throws the help request: render it as output.
            var builtin = parsed
            do {
                try builtin.run()
            } catch {
                guard root.exitCode(for: error) == .success else { throw CommandLineError(root: root, error: error) }
                out.write(root.fullMessage(for: error) + "\n")
            }
            return
        }
        try run(command)
    }

    /// Parses a line that names a subcommand (`visit log …`) as that subcommand alone: ArgumentParser
    /// builds each command's arguments by reflection, and from the root it does so for the group and
    /// again for every word that could name a subcommand — most of a short command's time.
    /// Nil when the line does not parse this way; the caller then parses it from the root.
    private static func parseLeaf(_ root: any ParsableCommand.Type, _ arguments: ArraySlice<String>) -> (any ShellCommand)? {
        var command = root
        var rest = arguments
        while let word = rest.first, let sub = command.configuration.subcommands.first(where: {
            $0._commandName == word || $0.configuration.aliases.contains(word)
        }) {
            command = sub
            rest = rest.dropFirst()
        }
        return (try? command.parseAsRoot(Array(rest))) as? any ShellCommand
    }

    private func run(_ command: any ShellCommand) throws {
        // Deferred in reverse: the progress line ends before the command's own output appears.
        defer { out.flush() }
        defer { endProgressLine() }
        try cancellation.run(interrupt: { [weak self] in self?.openedStore?.interrupt() }) {
            try command.run(in: self)
        }
    }

    /// Draws `done of total` on the terminal's last line; nothing in scripts and pipes.
    public func progress(_ label: Message, done: Int, total: Int) {
        guard showsProgress, total > 0 else { return }
        let width = 30
        let filled = min(width, done * width / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        out.flush()
        FileHandle.standardError.write(Data("\r\(label.text()) \(bar) \(done)/\(total)\u{1B}[K".utf8))
        progressLineOpen = true
    }

    /// Ends the progress line, so what follows (a result, an error after Ctrl-C) starts on its own line.
    private func endProgressLine() {
        guard progressLineOpen else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        progressLineOpen = false
    }
}

/// An ArgumentParser failure or help request, rendered by the error reporter with the command's own text.
public struct CommandLineError: Error {
    public let root: any ParsableCommand.Type
    public let error: any Error
}
