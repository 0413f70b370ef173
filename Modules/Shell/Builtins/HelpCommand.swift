import ArgumentParser
import RoundsDomain

/// `help`, `help COMMAND [SUBCOMMAND]`, `help fields ENTITY`.
struct HelpCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "help", abstract: Message.helpAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.helpTopicHelp.text(), valueName: "command"))
    var topic: [String] = []

    @OptionGroup var listing: ListingOptions

    /// Catalogs that `help fields` knows; later modules add theirs here.
    static let catalogs: [FieldCatalog] = [.customer, .facts]

    func run(in session: Session) throws {
        if topic.first == "fields" {
            return try fields(topic.dropFirst().first, in: session)
        }
        if topic.isEmpty {
            return overview(session)
        }
        try session.execute(topic + ["--help"])
    }

    private func overview(_ session: Session) {
        session.out.line(Message.helpIntro.text())
        for plugin in session.registry.plugins {
            session.out.line("\n\(plugin.name):")
            let names = plugin.commands.map { ($0._commandName, $0.configuration.abstract) }
            let width = names.map { DisplayWidth.of($0.0) }.max() ?? 0
            for (name, abstract) in names {
                session.out.line("  " + DisplayWidth.pad(name, to: width, align: .left) + "  " + abstract)
            }
        }
        session.out.line("\n" + Message.helpScriptLanguage.text())
    }

    private func fields(_ entity: String?, in session: Session) throws {
        guard let entity, let catalog = Self.catalogs.first(where: { $0.entity == entity }) else {
            throw RoundsError(.usage, .invalidField("entity", entity ?? "", .oneOf(Self.catalogs.map(\.entity))))
        }
        var table = Listing(columns: [.init("field", .fieldHeader), .init("type", .typeHeader), .init("description", .descriptionHeader)])
        for field in catalog.fields {
            table.append([.text(field.name), .text(field.type.rawValue), .text(field.help.text())])
        }
        try session.emit(table, self.listing)
    }
}

/// `plugins`: every loaded plugin with its version and commands.
struct PluginsCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plugins", abstract: Message.pluginsAbstract.text())
    }

    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        var table = Listing(columns: [.init("plugin", .pluginHeader), .init("version", .versionHeader),
                                      .init("commands", .commandsHeader)])
        for plugin in session.registry.plugins {
            table.append([.text(plugin.name), .text(plugin.version),
                          .text(plugin.commands.map { $0._commandName }.joined(separator: " "))])
        }
        try session.emit(table, listing)
    }
}

extension Plugin {
    /// The commands every shell has, whatever plugins it was built with.
    static let core = Plugin(name: "Shell", version: RoundsVersion.current,
                             commands: [HelpCommand.self, PluginsCommand.self])
}

public enum RoundsVersion {
    public static let current = "0.1.0"
}
