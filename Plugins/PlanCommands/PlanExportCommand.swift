import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsPlanning
import RoundsShell
import RoundsStorage

/// `plan export ics|geojson|csv|json|svg FILE [--rep R] [--date D]`: the draft plan as a calendar,
/// a map, a spreadsheet, JSON or a picture of the routes. The file is written under a temporary
/// name and renamed, so a failure leaves no half file.
///
/// ```
/// plan month --all --from 2026-12-01
/// plan export ics december.ics --rep R01     # exported 32 visits to december.ics
/// plan export svg tuesday.svg --date 2026-12-01
/// ```
struct PlanExportCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "export", abstract: Message.planExportAbstract.text(),
                             discussion: Message.planExportDiscussion.text())
    }

    @Argument(help: ArgumentHelp(Message.planExportFormatHelp.text(), valueName: PlanExportFormat.choices)) var format: String
    @Argument(help: ArgumentHelp(Message.planExportFileHelp.text(), valueName: "file"), completion: .file()) var file: String
    @Option(help: ArgumentHelp(Message.planExportRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.planExportDateHelp.text(), valueName: "date")) var date: String?

    func run(in session: Session) throws {
        let format = try PlanExportFormat(parsing: format)
        let store = try session.store()
        var plan = try PlanDraft.load(from: store)
        if let rep {
            plan.reps = plan.reps.filter { $0.rep == rep }
            guard !plan.reps.isEmpty else { throw RoundsError(.notFound, .planRepNotInPlan(rep)) }
        }
        if let date {
            plan = try Self.only(try JapaneseDate.parse(typed: date, field: "--date"), of: plan)
        }
        let exported = ExportedPlan(plan, customers: try store.customers(CustomerQuery(includeArchived: true)),
                                    reps: try store.reps())
        do {
            try Self.write(exported, as: format, to: URL(fileURLWithPath: file), stamp: Date())
        } catch {
            throw error.roundsError
        }
        session.out.line(Message.planExported(file, visits: plan.visitCount).text())
    }

    /// Writes the file whole: every encoder's output replaces the target in one rename.
    static func write(_ exported: ExportedPlan, as format: PlanExportFormat, to url: URL, stamp: Date) throws(ExchangeProblem) {
        switch format {
        case .ics: try WholeFile.write(PlanICSExport(exported, stamp: stamp).text(), to: url)
        case .geojson: try WholeFile.write(PlanGeoJSONExport(exported).text(), to: url)
        case .csv: try PlanCSVExport(exported).write(to: url)
        case .json: try WholeFile.write(PlanJSONExport(exported).text(), to: url)
        case .svg: try WholeFile.write(PlanSVGExport(exported).text(), to: url)
        }
    }

    /// The plan cut to one day, its period that day; an error when no rep visits anyone then.
    static func only(_ day: CalendarDate, of plan: VisitPlan) throws(RoundsError) -> VisitPlan {
        var cut = plan
        for index in cut.reps.indices { cut.reps[index].days = cut.reps[index].days.filter { $0.date == day } }
        guard cut.visitCount > 0 else {
            throw RoundsError(.notFound, .planDateNotInPlan(day.description, from: plan.from.description, to: plan.to.description))
        }
        cut.from = day
        cut.to = day
        return cut
    }
}
