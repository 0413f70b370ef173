import ArgumentParser
import RoundsDomain
import RoundsKPI
import RoundsShell

/// `kpi [--by rep|team|rank] [--period 2026-11|2026Q3|FY2026|FY2026Q1]` and `kpi trend`.
struct KPICommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "kpi", abstract: Message.kpiAbstract.text(), discussion: Message.kpiDefinitions.text(),
                             subcommands: [KPIReportCommand.self, KPITrendCommand.self], defaultSubcommand: KPIReportCommand.self)
    }
}

/// Who the figures are for: `--rep R01` or `--team 東京第一`; everyone without either.
struct KPIScopeOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Message.kpiRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.kpiTeamHelp.text(), valueName: "team")) var team: String?

    func validate() throws {
        if rep != nil, team != nil { throw RoundsError(.usage, .kpiRepOrTeam) }
    }

    var scope: KPIScope { KPIScope(rep: rep, team: team) }
}

extension KPIReport.Grouping: ExpressibleByArgument {}

/// `kpi --by team --period FY2026`: one line per rep, team or rank with every KPI, and the total.
struct KPIReportCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: Message.kpiReportAbstract.text(), discussion: Message.kpiDefinitions.text())
    }

    @Option(help: ArgumentHelp(Message.kpiByHelp.text(), valueName: "rep|team|rank")) var by: KPIReport.Grouping = .rep
    @Option(help: ArgumentHelp(Message.kpiPeriodHelp.text(), valueName: "period")) var period: String?
    @OptionGroup var scope: KPIScopeOptions
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let rules = session.settings.rules
        let span = try period.map { text throws(RoundsError) in try KPIPeriod(parsing: text, fiscalYearStart: rules.fiscalYearStart) }
            ?? KPIPeriod.monthBefore(.today())
        let report = try KPIReport(store: session.store(), period: span, by: by, scope: scope.scope, flow: rules.salesFlow)
        try session.emit(KPITable.listing(report), listing)
    }
}
