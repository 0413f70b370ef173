import ArgumentParser
import RoundsDomain

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

    /// The closest known name, for "did you mean": by edit distance, at most a third of the word.
    public func suggestion(for name: String, among candidates: [String]? = nil) -> String? {
        let candidates = candidates ?? commandNames
        let scored = candidates.map { ($0, EditDistance.between($0, name)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else {
            return candidates.first { $0.hasPrefix(name) }
        }
        return best.0
    }
}

enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
