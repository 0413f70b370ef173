import ArgumentParser
import Foundation

/// What Tab needs to know about one command, decoded from ArgumentParser's own description of
/// it (`_dumpHelp()`), so completion follows the declarations and needs no second list.
///
/// ```swift
/// let list = CommandSpec(of: CustomerCommand.self)?.subcommand(named: "list")
/// list?.longOptions   // ["--where", "--sort", "--limit", "--all", …, "--help"]
/// ```
struct CommandSpec: Decodable, Sendable {
    let name: String
    let subcommands: [CommandSpec]
    let arguments: [ArgumentSpec]

    init?(of command: any ParsableCommand.Type) {
        struct Dump: Decodable { let command: CommandSpec }
        guard let dump = try? JSONDecoder().decode(Dump.self, from: Data(command._dumpHelp().utf8)) else { return nil }
        self = dump.command
    }

    func subcommand(named name: String) -> CommandSpec? {
        subcommands.first { $0.name == name }
    }

    /// The `--name` spellings of its options and flags, `--help` included.
    var longOptions: [String] {
        arguments.filter { $0.kind != .positional }.flatMap { $0.names.filter { $0.hasPrefix("--") } }
    }

    /// The option or flag spelled `name` (`--limit`, `-l`).
    func option(named name: String) -> ArgumentSpec? {
        arguments.first { $0.kind != .positional && $0.names.contains(name) }
    }

    /// The positional argument the `index`th bare word fills; a repeating last one takes all the rest.
    func positional(at index: Int) -> ArgumentSpec? {
        let positionals = arguments.filter { $0.kind == .positional }
        if index < positionals.count { return positionals[index] }
        return positionals.last.flatMap { $0.isRepeating ? $0 : nil }
    }

    private enum CodingKeys: String, CodingKey {
        case commandName, subcommands, arguments
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .commandName)
        // ArgumentParser adds a `help` subcommand to every root; the shell's `help COMMAND` is the one to offer.
        subcommands = try container.decodeIfPresent([CommandSpec].self, forKey: .subcommands)?
            .filter { $0.name != "help" } ?? []
        arguments = try container.decodeIfPresent([ArgumentSpec].self, forKey: .arguments)?
            .filter(\.isShown) ?? []
    }
}

/// One option, flag or positional argument of a command, as completion sees it.
struct ArgumentSpec: Decodable, Sendable {
    enum Kind: String, Decodable, Sendable {
        case positional, option, flag
    }

    /// What may follow the option, or fill the positional.
    enum Values: Equatable, Sendable {
        case unknown
        case files
        case list([String])
    }

    let kind: Kind
    /// As typed: `--limit`, `-l`.
    let names: [String]
    /// `customer-code` in `--customer <customer-code>`: the key of the plugins' value sources.
    let valueName: String?
    let isRepeating: Bool
    let values: Values
    fileprivate let isShown: Bool

    private enum CodingKeys: String, CodingKey {
        case kind, names, valueName, isRepeating, shouldDisplay, completionKind, allValues
    }

    private struct Name: Decodable {
        let kind: String
        let name: String
        var spelled: String { kind == "long" ? "--" + name : "-" + name }
    }

    /// `{"file":{"extensions":[]}}`, `{"directory":{}}`, `{"list":{"values":[…]}}`, …
    private struct CompletionKind: Decodable {
        struct Empty: Decodable {}
        struct List: Decodable { let values: [String] }
        let file: Empty?
        let directory: Empty?
        let list: List?
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        names = try container.decodeIfPresent([Name].self, forKey: .names)?.map(\.spelled) ?? []
        valueName = try container.decodeIfPresent(String.self, forKey: .valueName)
        isRepeating = try container.decodeIfPresent(Bool.self, forKey: .isRepeating) ?? false
        isShown = try container.decodeIfPresent(Bool.self, forKey: .shouldDisplay) ?? true
        let completion = try container.decodeIfPresent(CompletionKind.self, forKey: .completionKind)
        let allValues = try container.decodeIfPresent([String].self, forKey: .allValues)
        if completion?.file != nil || completion?.directory != nil {
            values = .files
        } else if let list = completion?.list?.values ?? allValues {
            values = .list(list)
        } else {
            values = .unknown
        }
    }
}
