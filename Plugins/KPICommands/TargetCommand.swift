import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsShell

/// `target set --rep R01 --month 2026-12 --sales 500万 --visits 60` and `target list [--month M]`:
/// each rep's monthly targets, which `kpi` holds sales and visits against.
struct TargetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "target", abstract: Message.targetAbstract.text(), subcommands: [Set.self, List.self])
    }

    struct Set: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.targetSetAbstract.text()) }

        @Option(help: ArgumentHelp(Message.kpiRepHelp.text(), valueName: "rep-code")) var rep: String
        @Option(help: ArgumentHelp(Message.targetMonthHelp.text(), valueName: "YYYY-MM")) var month: String
        @Option(help: ArgumentHelp(Message.targetSalesHelp.text(), valueName: "yen")) var sales: String
        @Option(help: ArgumentHelp(Message.targetVisitsHelp.text(), valueName: "n")) var visits: Int

        func run(in session: Session) throws {
            let target = SalesTarget(rep: rep, month: try TargetCommand.month(month), salesYen: try Yen.parse(sales, field: "--sales"),
                                     visits: visits)
            let saved = try session.store().setTarget(target, author: session.settings.user)
            session.out.line(Message.targetSet(saved.rep, saved.month, Yen.format(saved.salesYen), saved.visits).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.targetListAbstract.text()) }

        @Option(help: ArgumentHelp(Message.targetMonthHelp.text(), valueName: "YYYY-MM")) var month: String?
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            var table = Listing(columns: [
                .init("month", .kpiMonthHeader), .init("rep", .kpiRepHeader), .init("sales_yen", .kpiTargetHeader, align: .right),
                .init("visits", .kpiVisitsTargetHeader, align: .right), .init("set_by", .targetSetByHeader),
            ])
            for target in try session.store().targets(month: try month.map(TargetCommand.month)) {
                table.append([.text(target.month), .text(target.rep), .yen(target.salesYen), .integer(target.visits),
                              .optional(target.setBy)])
            }
            try session.emit(table, listing)
        }
    }

    /// A target's month as stored (`2026-12`); a quarter or a year is no month.
    static func month(_ text: String) throws(RoundsError) -> String {
        let period = try KPIPeriod(parsing: text, field: "--month")
        guard period.monthCount == 1 else { throw RoundsError(.usage, .invalidField("--month", text, .targetMonthFormat)) }
        return period.description
    }
}
