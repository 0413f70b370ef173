import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `order add|list`: what customers bought.
struct OrderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "order", abstract: Message.orderAbstract.text(), subcommands: [Add.self, List.self])
    }

    struct Add: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.orderAddAbstract.text(), discussion: Message.orderAddDiscussion.text())
        }

        @Argument(help: ArgumentHelp(Message.customerHelp.text(), valueName: "customer-code")) var customer: String
        @Option(help: ArgumentHelp(Message.amountHelp.text(), valueName: "yen")) var amount: String?
        @Option(help: ArgumentHelp(Message.orderDateHelp.text(), valueName: "date")) var date: String?
        @Option(help: ArgumentHelp(Message.productHelp.text(), valueName: "product")) var product: String?
        @Option(help: ArgumentHelp(Message.categoryHelp.text(), valueName: "category")) var category: String?
        @Option(help: ArgumentHelp(Message.quantityHelp.text(), valueName: "n")) var quantity: String?
        @Option(help: ArgumentHelp(Message.orderRepHelp.text(), valueName: "rep-code")) var rep: String?

        func run(in session: Session) throws {
            guard let amount else { throw RoundsError(.usage, .requiredField("--amount")) }
            let order = Order(customer: customer, rep: rep.nilIfBlank, date: try Parse.date(date, field: "date") ?? .today(),
                              amountYen: try Yen.parse(amount, field: "amount"), product: product.nilIfBlank,
                              category: category.nilIfBlank, quantity: try Parse.count(quantity, field: "quantity"))
            let saved = try session.store().addOrder(order, author: session.settings.user)
            session.out.line(Message.orderAdded(saved.id ?? 0, saved.customer, Yen.format(saved.amountYen)).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.orderListAbstract.text()) }

        @OptionGroup var filters: HistoryFilters
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            var table = Listing(columns: [
                .init("id", .idHeader, align: .right), .init("date", .dateHeader), .init("customer", .customerHeader),
                .init("rep", .repHeader), .init("amount_yen", .amountHeader, align: .right), .init("product", .productHeader),
                .init("category", .categoryHeader), .init("quantity", .quantityHeader, align: .right),
            ])
            for order in try session.store().orders(try filters.query()) {
                table.append([
                    .integer(order.id ?? 0), .text(order.date.description), .text(order.customer), .optional(order.rep),
                    .yen(order.amountYen), .optional(order.product), .optional(order.category),
                    order.quantity.map(Cell.integer) ?? .null,
                ])
            }
            try session.emit(table, listing)
        }
    }
}
