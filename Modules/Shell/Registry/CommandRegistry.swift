import ArgumentParser
import RoundsDomain
import RoundsStorage

/// Every command of every loaded plugin, by name. The shell looks the first word of a line up
/// here and lets ArgumentParser parse the rest.
public struct CommandRegistry: Sendable {
    public let plugins: [Plugin]
    private let commandsByName: [String: (plugin: Plugin, command: any ParsableCommand.Type)]

    public init(plugins: [Plugin]) throws(RoundsError) {
        var byName: [String: (plugin: Plugin, command: any ParsableCommand.Type)] = [:]
        for plugin in plugins {
            for command in plugin.commands {
                let name = command._commandName
                if let existing = byName[name] {
                    throw RoundsError(.usage, .commandClash(name, existing.plugin.name, plugin.name))
                }
                byName[name] = (plugin, command)
            }
        }
        self.plugins = plugins
        self.commandsByName = byName
    }

    public var commandNames: [String] { commandsByName.keys.sorted() }

    public func command(named name: String) -> (any ParsableCommand.Type)? {
        commandsByName[name]?.command
    }

    public func plugin(of name: String) -> Plugin? {
        commandsByName[name]?.plugin
    }

    public func valueSource(named valueName: String) -> Plugin.ValueSource? {
        plugins.lazy.compactMap { $0.valueSources[valueName] }.first
    }

    /// Opens the database at `location`: a SQLite file here, a server through the plugin that
    /// brings its backend.
    public func openStore(_ location: DatabaseLocation, warn: @escaping (Message) -> Void) throws -> any Store {
        switch location {
        case .sqlite(let file):
            return try SQLStore(path: file)
        case .postgres(let url):
            guard let open = plugins.lazy.compactMap(\.serverStore).first else {
                throw RoundsError(.usage, .noServerBackend(url.description))
            }
            return try open(url, warn)
        }
    }

    /// The closest known command name, for "did you mean".
    public func suggestion(for name: String) -> String? {
        Suggestion.nearest(to: name, among: commandNames)
    }
}
