import Foundation
import RoundsExchange

/// The plan as a spreadsheet: one row per visit, UTF-8 (with the byte order mark Excel needs),
/// written by the exports' own CSV writer.
///
/// ```swift
/// try PlanCSVExport(exported).write(to: URL(fileURLWithPath: "plan.csv"))
/// // rep,date,seq,customer,name,arrive,depart,drive_minutes,why
/// // R01,2026-12-01,1,C00016,松本鋳造株式会社,08:48,09:33,18,policy: develop, 2 a period; …
/// ```
struct PlanCSVExport {
    static let columns: [TableColumn] = ["rep", "date", TableColumn("seq", kind: .number), "customer", "name", "arrive",
                                         "depart", TableColumn("drive_minutes", kind: .number), "why"]
    let exported: ExportedPlan

    init(_ exported: ExportedPlan) {
        self.exported = exported
    }

    func write(to url: URL) throws(ExchangeProblem) {
        var writer = try CSVTableWriter(url: url, columns: Self.columns)
        for visit in exported.visits {
            try writer.write([visit.rep, visit.date.description, String(visit.seq), visit.stop.customer, visit.name,
                              visit.arrive, visit.depart, String(visit.driveMinutes), visit.why.joined(separator: "; ")])
        }
        try writer.finish()
    }
}
