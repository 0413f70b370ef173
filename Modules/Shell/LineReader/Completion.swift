import ArgumentParser
import RoundsDomain
import RoundsStorage

/// What Tab offers for the word under the cursor.
enum Candidates: Equatable {
    /// These words (an empty list: nothing to offer).
    case words([String])
    /// File names, which readline completes itself.
    case files

    static let none = Candidates.words([])
}

/// Tab completion without the terminal: given what was typed before the cursor, the
/// candidates from the registry's commands, their declared options and the plugins' value
/// sources.
///
/// ```swift
/// let completer = Completer(registry: session.registry, rules: session.settings.rules, store: session.store)
/// completer.candidates(for: "customer li")          // .words(["list"])
/// completer.candidates(for: "customer show C00")    // .words(["C0001", "C0002"]) from the database
/// completer.candidates(for: "customer list --output ")  // .files
/// ```
final class Completer {
    /// The script language's own words, which the registry doesn't know.
    static let builtins = ["set", "unset", "echo", "exit", "source", "for", "if", "end", "else"]

    private let registry: CommandRegistry
    private let rules: CompanyRules
    private let store: () throws -> any Store
    /// Decoded on first use, not at start-up: decoding every command would slow the prompt's first appearance.
    private var specs: [String: CommandSpec] = [:]

    init(registry: CommandRegistry, rules: CompanyRules = .standard, store: @escaping () throws -> any Store) {
        self.registry = registry
        self.rules = rules
        self.store = store
    }

    /// `text` is everything typed before the cursor, earlier lines of the entry included.
    func candidates(for text: String) -> Candidates {
        let line = TypedLine(text)
        var words = line.words[...]
        // `if [not] COMMAND`: the condition is itself a command.
        if words.first == "if" {
            words.removeFirst()
            if words.first == "not" { words.removeFirst() }
        }
        guard let name = words.first else {
            return matching(registry.commandNames + Self.builtins, line.partial)
        }
        let arguments = words.dropFirst()
        switch name {
        case "help":
            return helpCandidates(after: arguments, partial: line.partial)
        case "source":
            return arguments.isEmpty ? .files : .none
        default:
            guard let spec = spec(of: name) else { return .none }
            return candidates(in: spec, after: arguments, partial: line.partial)
        }
    }

    private func candidates(in root: CommandSpec, after arguments: ArraySlice<String>, partial: String) -> Candidates {
        var command = root
        var rest = arguments
        while let word = rest.first, let subcommand = command.subcommand(named: word) {
            command = subcommand
            rest.removeFirst()
        }
        var optionAwaitingValue: ArgumentSpec?
        var positionalCount = 0
        var onlyPositionals = false
        for word in rest {
            if optionAwaitingValue != nil {
                optionAwaitingValue = nil
            } else if word == "--" && !onlyPositionals {
                onlyPositionals = true
            } else if word.hasPrefix("-") && word.count > 1 && !onlyPositionals {
                // `--limit=5` carries its value; `--limit 5` leaves it to the next word.
                if !word.contains("="), let option = command.option(named: word), option.kind == .option {
                    optionAwaitingValue = option
                }
            } else {
                positionalCount += 1
            }
        }
        if let option = optionAwaitingValue {
            return values(of: option, partial: partial)
        }
        if partial.hasPrefix("-") && !onlyPositionals {
            return matching(command.longOptions, partial)
        }
        if rest.isEmpty && !command.subcommands.isEmpty {
            return matching(command.subcommands.map(\.name), partial)
        }
        guard let positional = command.positional(at: positionalCount) else { return .none }
        return values(of: positional, partial: partial)
    }

    /// `help COMMAND [SUBCOMMAND]`.
    private func helpCandidates(after arguments: ArraySlice<String>, partial: String) -> Candidates {
        guard let name = arguments.first else { return matching(registry.commandNames, partial) }
        guard var command = spec(of: name) else { return .none }
        for word in arguments.dropFirst() {
            guard let subcommand = command.subcommand(named: word) else { return .none }
            command = subcommand
        }
        return matching(command.subcommands.map(\.name), partial)
    }

    private func values(of argument: ArgumentSpec, partial: String) -> Candidates {
        if let valueName = argument.valueName, let source = registry.valueSource(named: valueName) {
            // No database, or a failing one, must not break the prompt: it just offers nothing.
            guard let store = try? store(), let values = try? source(ValueContext(store: store, rules: rules), partial) else {
                return .none
            }
            return .words(values)
        }
        switch argument.values {
        case .files: return .files
        case .list(let values): return matching(values, partial)
        case .unknown: return .none
        }
    }

    private func spec(of name: String) -> CommandSpec? {
        if let spec = specs[name] { return spec }
        guard let command = registry.command(named: name), let spec = CommandSpec(of: command) else { return nil }
        specs[name] = spec
        return spec
    }

    private func matching(_ words: [String], _ partial: String) -> Candidates {
        .words(Set(words.filter { $0.hasPrefix(partial) }).sorted())
    }
}
