import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsKPI
import RoundsShell

/// `report month 2026-11 --html report-2026-11.html`: KPIs by rep with targets, twelve months of
/// sales and visits, visits by rank, the rank mix and the month's rank movements, and a map of the
/// month's visits, in one self-contained file. Without a file the Markdown goes to standard
/// output, so a script can pipe it.
struct ReportMonthCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "month", abstract: Message.reportMonthAbstract.text(),
                             discussion: Message.reportMonthDiscussion.text())
    }

    @Argument(help: ArgumentHelp(Message.reportMonthHelp.text(), valueName: "month")) var month: String
    @Option(help: ArgumentHelp(Message.reportHTMLHelp.text(), valueName: "file"), completion: .file()) var html: String?
    @Option(help: ArgumentHelp(Message.reportMarkdownHelp.text(), valueName: "file"), completion: .file()) var markdown: String?

    func run(in session: Session) throws {
        let period = try KPIPeriod(parsing: month, fiscalYearStart: session.settings.rules.fiscalYearStart, field: "month")
        guard period.monthCount == 1 else { throw RoundsError(.usage, .invalidField("month", month, .reportOneMonth)) }
        let store = try session.store()
        let report = try MonthReportBuilder(store: store, rules: session.settings.rules, month: period,
                                            language: Language.current).build(at: Date())
        if html == nil, markdown == nil {
            session.out.write(MarkdownReport.render(report))
            return
        }
        let written: [String]
        do {
            written = try report.write(html: html, markdown: markdown)
        } catch {
            throw error.roundsError
        }
        for file in written {
            session.out.line(Message.reportWritten(file, charts: report.sections.map(\.charts.count).reduce(0, +)).text())
        }
    }
}
