import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `deal add|move|list|show`: deals (商談) through the company's sales flow.
struct DealCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "deal", abstract: Message.dealAbstract.text(),
                             discussion: Message.dealDiscussion.text(),
                             subcommands: [Add.self, Move.self, List.self, Show.self, Stages.self])
    }

    /// The deal fields `deal add` and `deal move` both take: a move may bring what its stage requires.
    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp(Message.dealAmountHelp.text(), valueName: "yen")) var amount: String?
        @Option(help: ArgumentHelp(Message.dealProposalHelp.text(), valueName: "text")) var proposal: String?
        @Option(name: .customLong("expected-close"), help: ArgumentHelp(Message.expectedCloseHelp.text(), valueName: "date"))
        var expectedClose: String?
        @Option(help: ArgumentHelp(Message.competitorHelp.text(), valueName: "name")) var competitor: String?
        @Option(name: .customLong("lost-reason"), help: ArgumentHelp(Message.lostReasonHelp.text(), valueName: "text"))
        var lostReason: String?

        /// Writes every given option into `deal`; an empty text clears a field.
        func apply(to deal: inout Deal) throws(RoundsError) {
            if let amount { deal.amountYen = amount.nilIfBlank == nil ? nil : try Yen.parse(amount, field: "amount") }
            if let proposal { deal.proposal = proposal.nilIfBlank }
            if let expectedClose { deal.expectedClose = try Parse.date(expectedClose.nilIfBlank, field: "expected-close") }
            if let competitor { deal.competitor = competitor.nilIfBlank }
            if let lostReason { deal.lostReason = lostReason.nilIfBlank }
        }
    }

    struct Add: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.dealAddAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.customerHelp.text(), valueName: "customer-code")) var customer: String
        @Option(help: ArgumentHelp(Message.titleHelp.text(), valueName: "title")) var title: String?
        @Option(help: ArgumentHelp(Message.startStageHelp.text(), valueName: "stage")) var stage: String?
        @Option(help: ArgumentHelp(Message.dealRepHelp.text(), valueName: "rep-code")) var rep: String?
        @OptionGroup var fields: Fields

        func run(in session: Session) throws {
            guard let title else { throw RoundsError(.usage, .requiredField("--title")) }
            let flow = session.settings.rules.salesFlow
            let start = try stage.map { text throws(RoundsError) in try flow.stage(parsing: text) } ?? flow.first
            var deal = Deal(customer: customer, rep: rep.nilIfBlank, title: title, stage: start.code)
            try fields.apply(to: &deal)
            let saved = try session.store().addDeal(deal, flow: flow, author: session.settings.user)
            session.out.line(Message.dealAdded(saved.id ?? 0, saved.customer, start.label).text())
        }
    }

    struct Move: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.dealMoveAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.dealIDHelp.text(), valueName: "deal-id")) var id: String
        @Argument(help: ArgumentHelp(Message.stageHelp.text(), valueName: "stage")) var stage: String
        @OptionGroup var fields: Fields

        func run(in session: Session) throws {
            let flow = session.settings.rules.salesFlow
            let id = try Parse.id(id, field: "deal id")
            let target = try flow.stage(parsing: stage)
            var previous = target.label
            _ = try session.store().moveDeal(id: id, to: target, flow: flow, author: session.settings.user) { deal in
                previous = flow.stage(code: deal.stage)?.label ?? Message(verbatim: deal.stage)
                try fields.apply(to: &deal)
            }
            session.out.line(Message.dealMoved(id, previous, target.label).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.dealListAbstract.text(), discussion: Message.dealListDiscussion.text())
        }

        @OptionGroup var filters: HistoryFilters
        @Option(help: ArgumentHelp(Message.stageFilterHelp.text(), valueName: "stage,…")) var stage: String?
        @Flag(help: ArgumentHelp(Message.openHelp.text())) var open = false
        @Flag(help: ArgumentHelp(Message.wideHelp.text())) var wide = false
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let flow = session.settings.rules.salesFlow
            var stages = try stage.map { text throws(RoundsError) in
                try text.split(separator: ",").map { part throws(RoundsError) in try flow.stage(parsing: String(part)).code }
            }
            if open { stages = (stages ?? flow.openCodes).filter(flow.openCodes.contains) }
            let deals = try session.store().deals(try filters.query(), stages: stages)
            let format = session.format(listing)
            try session.emit(DealView.listing(deals, flow: flow, wide: wide || format != .table), listing)
        }
    }

    struct Show: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.dealShowAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.dealIDHelp.text(), valueName: "deal-id")) var id: String
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let id = try Parse.id(id, field: "deal id")
            let store = try session.store()
            guard let deal = try store.deal(id: id) else { throw RoundsError(.notFound, .unknownDeal(id)) }
            let record = DealView.record(deal, stages: try store.stageChanges(dealID: id), flow: session.settings.rules.salesFlow)
            try session.emit(record, listing)
        }
    }

    struct Stages: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.dealStagesAbstract.text()) }

        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            try session.emit(DealView.stages(session.settings.rules.salesFlow), listing)
        }
    }
}
