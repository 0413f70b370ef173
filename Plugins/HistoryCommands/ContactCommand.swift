import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `contact add|list`: the people at each customer.
struct ContactCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "contact", abstract: Message.contactAbstract.text(), subcommands: [Add.self, List.self])
    }

    struct Add: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.contactAddAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.customerHelp.text(), valueName: "customer-code")) var customer: String
        @Option(help: ArgumentHelp(Message.contactNameHelp.text(), valueName: "name")) var name: String?
        @Option(help: ArgumentHelp(Message.roleHelp.text(), valueName: "role")) var role: String?
        @Option(help: ArgumentHelp(Message.phoneHelp.text(), valueName: "phone")) var phone: String?
        @Option(help: ArgumentHelp(Message.emailHelp.text(), valueName: "email")) var email: String?

        func run(in session: Session) throws {
            guard let name else { throw RoundsError(.usage, .requiredField("--name")) }
            let contact = Contact(customer: customer, name: name, role: role.nilIfBlank, phone: phone.nilIfBlank,
                                  email: email.nilIfBlank)
            let saved = try session.store().addContact(contact, author: session.settings.user)
            session.out.line(Message.contactAdded(saved.id ?? 0, saved.name, saved.customer).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.contactListAbstract.text()) }

        @Option(help: ArgumentHelp(Message.customerFilterHelp.text(), valueName: "customer-code")) var customer: String?
        @Option(help: ArgumentHelp(Message.limitHelp.text(), valueName: "n")) var limit: String?
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let query = HistoryQuery(customer: customer, limit: try Parse.count(limit, field: "limit"))
            var table = Listing(columns: [
                .init("id", .idHeader, align: .right), .init("customer", .customerHeader), .init("name", .contactNameHeader),
                .init("role", .roleHeader), .init("phone", .phoneHeader), .init("email", .emailHeader),
            ])
            for contact in try session.store().contacts(query) {
                table.append([.integer(contact.id ?? 0), .text(contact.customer), .text(contact.name), .optional(contact.role),
                              .optional(contact.phone), .optional(contact.email)])
            }
            try session.emit(table, listing)
        }
    }
}
