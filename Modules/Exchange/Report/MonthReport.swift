import Foundation
import RoundsDomain

/// The monthly report as plain values: what a sales meeting looks at, already in words. The
/// command fills it from the store (every cell formatted, every chart drawn); `HTMLReport` and
/// `MarkdownReport` only lay it out, so both documents say the same thing.
///
/// ```swift
/// let sales = ReportTable(columns: [ReportTable.Column("Rep"), ReportTable.Column("Sales", alignment: .right)],
///                         rows: [["R01 山田", ReportFormat.yen(1_200_000)]])
/// let report = MonthReport(title: "Monthly report", company: "Demo Co.", month: "2026-11",
///                          generatedAt: "2026-12-01 09:00", language: .en,
///                          sections: [MonthReport.Section(heading: "Sales", tables: [sales])])
/// HTMLReport.render(report)       // "<!DOCTYPE html>\n<html lang=\"en\">…"
/// ```
public struct MonthReport: Sendable {
    /// One part of the report: a heading, a sentence or two, then its tables and charts.
    public struct Section: Sendable {
        public var heading: String
        public var lead: String?
        public var tables: [ReportTable]
        public var charts: [ReportChart]

        public init(heading: String, lead: String? = nil, tables: [ReportTable] = [], charts: [ReportChart] = []) {
            self.heading = heading
            self.lead = lead
            self.tables = tables
            self.charts = charts
        }
    }

    public var title: String
    public var company: String
    /// The month as the reader says it: `2026-11`, `2026年11月`.
    public var month: String
    public var generatedAt: String
    public var language: Language
    public var sections: [Section]

    public init(title: String, company: String, month: String, generatedAt: String, language: Language,
                sections: [Section]) {
        self.title = title
        self.company = company
        self.month = month
        self.generatedAt = generatedAt
        self.language = language
        self.sections = sections
    }
}

extension MonthReport {
    /// The company as its manager named the database file: `/data/acme.sqlite` → `acme`.
    public static func company(fromLocation location: String) -> String {
        URL(fileURLWithPath: location).deletingPathExtension().lastPathComponent
    }

    /// When a report was made, in the company's time zone: `2026-11-30 17:52`.
    public static func stamp(_ now: Date, timeZone: TimeZone = TimeZone(identifier: "Asia/Tokyo")!) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: now)
    }
}
