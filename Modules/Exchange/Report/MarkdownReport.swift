import RoundsDomain

/// The report as GitHub Markdown: the same tables (pipes escaped, columns aligned by `:---:`),
/// each chart as its caption and its summary in words, for a chat message or a wiki page.
///
/// ```swift
/// MarkdownReport.render(report)
/// // # Monthly report
/// //
/// // Demo Co. · 2026-11 · Generated 2026-12-01 09:00
/// //
/// // ## Sales
/// //
/// // | Rep | Sales |
/// // | :--- | ---: |
/// // | R01 山田 | ¥1,200,000 |
/// ```
public enum MarkdownReport {
    public static func render(_ report: MonthReport) -> String {
        var out = "# \(escaped(report.title))\n\n\(escaped(report.company)) · \(escaped(report.month)) · "
            + "\(Message.reportGenerated.text(in: report.language)) \(escaped(report.generatedAt))\n"
        for section in report.sections {
            out += "\n## \(escaped(section.heading))\n"
            if let lead = section.lead { out += "\n\(escaped(lead))\n" }
            for table in section.tables { out += "\n" + self.table(table) }
            for chart in section.charts {
                out += "\n**\(escaped(chart.caption))**\n\n" + chart.summary.map { "- \(escaped($0))\n" }.joined()
            }
        }
        return out
    }

    static func table(_ table: ReportTable) -> String {
        var out = table.caption.map { "**\(escaped($0))**\n\n" } ?? ""
        let line = { (cells: [String]) in "| " + cells.map(escaped).joined(separator: " | ") + " |\n" }
        out += line(table.columns.map(\.title))
        out += "| " + table.columns.map { column in
            switch column.alignment {
            case .left: ":---"
            case .right: "---:"
            case .center: ":---:"
            }
        }.joined(separator: " | ") + " |\n"
        for row in table.rows + table.footer { out += line(table.shaped(row)) }
        return out
    }

    /// Text that Markdown would otherwise read as markup: pipes split cells, `<` opens HTML,
    /// `*` `_` `` ` `` `[` `]` format; a line break would end a table row.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(character)"
            case "\n", "\r", "\r\n": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
