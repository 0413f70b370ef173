import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `visit plan|log|edit|list|show`: visits with a purpose, and what came of them.
struct VisitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "visit", abstract: Message.visitAbstract.text(),
                             discussion: Message.visitDiscussion.text(), subcommands: [Plan.self, Log.self, Edit.self, List.self, Show.self])
    }

    /// The intent of a visit, which planning and logging both take.
    struct Fields: ParsableArguments {
        @Option(help: ArgumentHelp(Message.purposeHelp.text(), valueName: "text")) var purpose: String?
        @Option(help: ArgumentHelp(Message.visitProposalHelp.text(), valueName: "text")) var proposal: String?
        @Option(help: ArgumentHelp(Message.obtainHelp.text(), valueName: "text")) var obtain: String?
        @Option(name: .customLong("next-action"), help: ArgumentHelp(Message.nextActionHelp.text(), valueName: "text"))
        var nextAction: String?
        @Option(help: ArgumentHelp(Message.dueHelp.text(), valueName: "date")) var due: String?
        @Option(help: ArgumentHelp(Message.visitRepHelp.text(), valueName: "rep-code")) var rep: String?
        @Option(help: ArgumentHelp(Message.visitDateHelp.text(), valueName: "date")) var date: String?
        @Option(help: ArgumentHelp(Message.appointmentHelp.text(), valueName: "HH:MM|none")) var at: String?

        /// Writes every given option into `visit`; an empty text clears a field.
        func apply(to visit: inout Visit) throws(RoundsError) {
            if let purpose { visit.purpose = purpose.nilIfBlank }
            if let proposal { visit.proposal = proposal.nilIfBlank }
            if let obtain { visit.informationToObtain = obtain.nilIfBlank }
            if let nextAction { visit.nextAction = nextAction.nilIfBlank }
            if let due { visit.nextActionDue = try Parse.date(due.nilIfBlank, field: "due") }
            if let rep { visit.rep = rep.nilIfBlank }
            if let date { visit.date = try CalendarDate(parsing: date, field: "date") }
            if let at { visit.appointment = at.nilIfBlank == nil || at == "none" ? nil : try TimeOfDay(parsing: at, field: "--at") }
        }
    }

    struct Plan: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.visitPlanAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.customerHelp.text(), valueName: "customer-code")) var customer: String
        @OptionGroup var fields: Fields

        func run(in session: Session) throws {
            var visit = Visit(customer: customer, status: .planned, date: .today())
            try fields.apply(to: &visit)
            let saved = try session.store().addVisit(visit, requirements: session.settings.rules.visitRequirements,
                                                     author: session.settings.user)
            session.out.line(Message.visitPlanned(saved.id ?? 0, saved.customer, saved.date.description).text())
        }
    }

    struct Log: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.visitLogAbstract.text(), discussion: Message.visitLogDiscussion.text())
        }

        @Argument(help: ArgumentHelp(Message.plannedVisitHelp.text(), valueName: "visit-id")) var id: String?
        @Option(help: ArgumentHelp(Message.unplannedCustomerHelp.text(), valueName: "customer-code")) var customer: String?
        @OptionGroup var fields: Fields
        @Option(help: ArgumentHelp(Message.outcomeHelp.text(), valueName: "outcome,…")) var outcome: String?
        @Option(help: ArgumentHelp(Message.reportHelp.text(), valueName: "text")) var report: String?

        func run(in session: Session) throws {
            let requirements = session.settings.rules.visitRequirements
            let store = try session.store()
            let outcomes = try outcome.map { text throws(RoundsError) in try VisitOutcome.list(parsing: text) }
            // Without --date a visit happened on its planned day, or today when that is still ahead (it came early);
            // logging a day later must not turn the plan's day into a wrong one. Fields given add to or replace the plan's.
            func complete(_ visit: inout Visit) throws(RoundsError) {
                visit.date = min(visit.date, .today())
                try fields.apply(to: &visit)
                if let outcomes { visit.outcomes = outcomes }
                if let report { visit.report = report.nilIfBlank }
            }
            let saved: Visit
            switch (id, customer) {
            case (let id?, nil):
                saved = try store.logVisit(id: try Parse.id(id, field: "visit id"), requirements: requirements,
                                           author: session.settings.user) { visit in try complete(&visit) }
            case (nil, let customer?):
                var visit = Visit(customer: customer, status: .done, date: .today())
                try complete(&visit)
                saved = try store.addVisit(visit, requirements: requirements, author: session.settings.user)
            default:
                throw RoundsError(.usage, .visitOrCustomer)
            }
            session.out.line(Message.visitLogged(saved.id ?? 0, saved.customer, saved.date.description).text())
        }
    }

    struct Edit: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.visitEditAbstract.text(), discussion: Message.visitEditDiscussion.text())
        }

        @Argument(help: ArgumentHelp(Message.visitIDHelp.text(), valueName: "visit-id")) var id: String
        @OptionGroup var fields: Fields
        @Option(help: ArgumentHelp(Message.outcomeHelp.text(), valueName: "outcome,…")) var outcome: String?
        @Option(help: ArgumentHelp(Message.reportHelp.text(), valueName: "text")) var report: String?

        func run(in session: Session) throws {
            let id = try Parse.id(id, field: "visit id")
            let outcomes = try outcome.map { text throws(RoundsError) in try VisitOutcome.list(parsing: text) }
            let saved = try session.store().updateVisit(id: id, requirements: session.settings.rules.visitRequirements,
                                                        author: session.settings.user) { visit in
                try fields.apply(to: &visit)
                if let outcomes { visit.outcomes = outcomes }
                if let report { visit.report = report.nilIfBlank }
            }
            session.out.line(Message.visitUpdated(saved.id ?? 0, saved.customer, saved.date.description).text())
        }
    }

    struct List: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.visitListAbstract.text()) }

        @OptionGroup var filters: HistoryFilters
        @Option(help: ArgumentHelp(Message.visitStatusHelp.text(), valueName: "planned|done")) var status: String?
        @Flag(help: ArgumentHelp(Message.wideHelp.text())) var wide = false
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let status = try status.map { text throws(RoundsError) in try VisitStatus(parsing: text) }
            let visits = try session.store().visits(try filters.query(), status: status)
            let format = session.format(listing)
            try session.emit(VisitView.listing(visits, wide: wide || format != .table), listing)
        }
    }

    struct Show: ShellCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: Message.visitShowAbstract.text()) }

        @Argument(help: ArgumentHelp(Message.visitIDHelp.text(), valueName: "visit-id")) var id: String
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let id = try Parse.id(id, field: "visit id")
            guard let visit = try session.store().visit(id: id) else { throw RoundsError(.notFound, .unknownVisit(id)) }
            try session.emit(VisitView.record(visit), listing)
        }
    }
}
