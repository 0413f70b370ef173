import RoundsDomain

/// The report as one HTML5 file that opens offline and prints on A4: the stylesheet inline,
/// every chart an inline `<svg>` in a `<figure>` with its caption, tables with `<th scope>`, and
/// nothing fetched from anywhere. The markup is also well-formed XML (void elements closed,
/// only XML's five entities), so an XML parser reads it as well as a browser does.
///
/// ```swift
/// let html = HTMLReport.render(report)
/// try html.write(toFile: "report-2026-11.html", atomically: true, encoding: .utf8)
/// ```
public enum HTMLReport {
    public static func render(_ report: MonthReport) -> String {
        let language = report.language
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escaped("\(report.title) · \(report.month)"))</title>
            <style>
            \(style)</style>
            </head>
            <body>
            <header>
            <h1>\(escaped(report.title))</h1>
            <p class="meta">\(escaped(report.company)) · \(escaped(report.month)) · \
            \(escaped(Message.reportGenerated.text(in: language))) \(escaped(report.generatedAt))</p>
            </header>

            """
        for section in report.sections {
            out += "<section>\n<h2>\(escaped(section.heading))</h2>\n"
            if let lead = section.lead { out += "<p>\(escaped(lead))</p>\n" }
            for table in section.tables { out += self.table(table) }
            for chart in section.charts {
                out += "<figure>\n\(chart.svg)<figcaption>\(escaped(chart.caption))</figcaption>\n</figure>\n"
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static func table(_ table: ReportTable) -> String {
        var out = "<table>\n"
        if let caption = table.caption { out += "<caption>\(escaped(caption))</caption>\n" }
        out += "<thead><tr>" + table.columns.map { "<th scope=\"col\"\(alignment($0.alignment))>\(escaped($0.title))</th>" }
            .joined() + "</tr></thead>\n"
        let row = { (cells: [String]) -> String in
            "<tr>" + zip(table.columns, table.shaped(cells)).enumerated().map { index, pair in
                index == 0 ? "<th scope=\"row\"\(alignment(pair.0.alignment))>\(escaped(pair.1))</th>"
                    : "<td\(alignment(pair.0.alignment))>\(escaped(pair.1))</td>"
            }.joined() + "</tr>\n"
        }
        out += "<tbody>\n" + table.rows.map(row).joined() + "</tbody>\n"
        if !table.footer.isEmpty { out += "<tfoot>\n" + table.footer.map(row).joined() + "</tfoot>\n" }
        return out + "</table>\n"
    }

    private static func alignment(_ alignment: ReportTable.Alignment) -> String {
        switch alignment {
        case .left: ""
        case .right: " class=\"num\""
        case .center: " class=\"center\""
        }
    }

    private static func escaped(_ text: String) -> String { XMLText.escaped(text) }

    /// Light, print-friendly, Japanese-capable fonts from the system only.
    private static let style = """
        body { font-family: system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; color: #222;
               background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.5; }
        h1 { font-size: 1.6rem; margin: 0; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #0072b2; padding-bottom: 0.2rem; margin-top: 2rem; }
        .meta { color: #555; margin-top: 0.2rem; }
        table { border-collapse: collapse; margin: 0.8rem 0; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #888; background: #f4f4f0; }
        tbody th { font-weight: normal; }
        tfoot th, tfoot td { font-weight: bold; border-top: 2px solid #888; }
        .num { text-align: right; white-space: nowrap; }
        .center { text-align: center; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { color: #555; font-size: 0.9rem; margin-top: 0.3rem; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { margin: 0; max-width: none; }
          h2 { break-after: avoid; }
          table, figure { break-inside: avoid; }
        }

        """
}
