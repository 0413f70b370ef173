import ArgumentParser
import RoundsDomain
import RoundsRouting
import RoundsShell
import RoundsStorage

/// Every subcommand here names itself: without a `commandName`, ArgumentParser derives the name
/// from the type's name by reflection, which cost a fresh process about seven million instructions
/// (an eighth of `customer show`) each time it built the command tree.
struct CustomerCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "customer", abstract: Message.customerAbstract.text(),
                             subcommands: [Add.self, Edit.self, Show.self, List.self, Archive.self, Log.self])
    }

    struct Add: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: Message.customerAddAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.newCodeHelp.text(), valueName: "code")) var code: String
        @OptionGroup var fields: CustomerFields

        func run(in session: Session) throws {
            guard fields.name != nil else { throw RoundsError(.usage, .requiredField("--name")) }
            var customer = Customer(code: code, name: "")
            try fields.apply(to: &customer)
            let saved = try session.store().addCustomer(customer, author: session.settings.user)
            session.out.line(Message.customerAdded(saved.code, saved.name).text())
        }
    }

    struct Edit: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: Message.customerEditAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.codeHelp.text(), valueName: "customer-code")) var code: String
        @OptionGroup var fields: CustomerFields

        func run(in session: Session) throws {
            let saved = try session.store().updateCustomer(code: code, author: session.settings.user) { customer in
                try fields.apply(to: &customer)
            }
            session.out.line(Message.customerUpdated(saved.code).text())
        }
    }

    struct Archive: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "archive", abstract: Message.customerArchiveAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.codeHelp.text(), valueName: "customer-code")) var code: String

        func run(in session: Session) throws {
            _ = try session.store().updateCustomer(code: code, author: session.settings.user) { $0.status = .archived }
            session.out.line(Message.customerArchived(code).text())
        }
    }

    struct Show: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: Message.customerShowAbstract.text(),
                                 discussion: Message.customerShowDiscussion.text())
        }

        @Argument(help: ArgumentHelp(Message.codeHelp.text(), valueName: "customer-code")) var code: String
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let store = try session.store()
            guard let customer = try store.customer(code: code) else { throw RoundsError(.notFound, .unknownCustomer(code)) }
            var record = CustomerView.record(customer)
            if let repCode = customer.rep, let rep = try store.rep(code: repCode),
               let start = rep.start, let location = customer.location {
                let kilometres = (TravelModel.kilometres(from: start, to: location) * 10).rounded() / 10
                record.add("km_from_rep_start", .distanceLabel(rep.name), .real(kilometres))
            }
            let format = session.format(listing)
            // CSV keeps one field per row: the history sections have shapes of their own (`order list --format csv`, …).
            // `--only` and `--count` concern the profile too.
            guard format != .csv, listing.only == nil, !listing.count else { return try session.emit(record, listing) }
            let overview = try CustomerOverview(customer: customer, store: store, flow: session.settings.rules.salesFlow)
            try session.emit(text: format == .json ? overview.json(profile: record).text()
                                 : overview.render(profile: session.render(record, as: .table)), listing)
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Message.customerListAbstract.text(),
                                 discussion: Message.customerListDiscussion.text())
        }

        @Option(name: .customLong("where"), help: ArgumentHelp(Message.whereHelp.text(), valueName: "expression"))
        var condition: String?
        // Unconditional: "-potential" is a descending sort key, not an option.
        @Option(parsing: .unconditional, help: ArgumentHelp(Message.sortHelp.text(), valueName: "field,-field"))
        var sort: String?
        @Option(help: ArgumentHelp(Message.limitHelp.text(), valueName: "n"))
        var limit: Int?
        @Flag(help: ArgumentHelp(Message.allHelp.text())) var all = false
        @Flag(help: ArgumentHelp(Message.wideHelp.text())) var wide = false
        @OptionGroup var listing: ListingOptions

        func validate() throws {
            if let limit, limit < 0 { throw RoundsError(.usage, .invalidField("limit", "\(limit)", .negativeAmount)) }
        }

        func run(in session: Session) throws {
            var query = CustomerQuery(limit: limit, includeArchived: all)
            query.filter = try condition.map { text in
                try RoundsError.naming("--where") { () throws(RoundsError) in try FilterExpression(parsing: text, fields: .customer) }
            }
            query.sort = try sort.map { text in
                try RoundsError.naming("--sort") { () throws(RoundsError) in try SortKey.list(parsing: text, fields: .customer) }
            } ?? []
            if listing.count {
                let count = try session.store().countCustomers(query)
                return try session.emitCount(min(count, limit ?? count), listing)
            }
            let customers = try session.store().customers(query)
            let format = session.format(listing)
            try session.emit(CustomerView.listing(customers, wide: wide || format != .table), listing)
        }
    }
}
