import Foundation
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct ReportRenderTests {
    @Test func htmlIsOneWellFormedDocumentWithAnSVGPerChart() throws {
        let html = HTMLReport.render(ReportSamples.report(.ja))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\"/>"))
        let xml = ParsedXML(html)
        #expect(xml.error == nil, "\(xml.error ?? "")")
        #expect(xml.count("svg") == 5 && xml.count("figure") == 5 && xml.count("figcaption") == 5)
        #expect(xml.count("section") == 3 && xml.count("h2") == 3 && xml.count("style") == 1)
        // Every chart's marks arrive intact inside the page.
        #expect(xml.count(class: "bar") == 5 && xml.count(class: "point") == 22 && xml.count(class: "segment") == 5)
        #expect(xml.count(class: "cell") == 9 && xml.count(class: "visit") == 3 && xml.count(class: "start") == 2)
        #expect(xml.text.contains("月次報告 <2026-11>") && xml.text.contains("デモ商事 & Co · 2026-11 · 作成 2026-12-01 09:00"))
        #expect(xml.text.contains("Sales rose \"a lot\" & visits too."))
    }

    @Test func tablesHaveScopedHeadersAlignmentAndAFooter() {
        let html = HTMLReport.render(ReportSamples.report(.en))
        let xml = ParsedXML(html)
        #expect(xml.attributes["scope"]?.filter { $0 == "col" }.count == 4)
        #expect(xml.attributes["scope"]?.filter { $0 == "row" }.count == 4)  // three reps and the total
        #expect(xml.count("tfoot") == 1 && xml.count("td") == 12)            // short and long rows shaped to 4 columns
        #expect(html.contains("<td class=\"num\">80.0%</td>") && html.contains("<td class=\"num\">–</td>"))
        #expect(html.contains("<th scope=\"row\">R01 山田 &lt;本店&gt;</th>") && html.contains("R02 &quot;鈴木&quot; &amp; Co"))
        #expect(!html.contains("extra cell") && html.contains("<html lang=\"en\">"))
    }

    @Test func nothingIsFetchedFromTheNetwork() {
        let html = HTMLReport.render(ReportSamples.report(.ja))
        let namespace = "http://www.w3.org/2000/svg"
        #expect(html.components(separatedBy: namespace).count - 1 == 5)
        let rest = html.replacingOccurrences(of: namespace, with: "")
        for reference in ["http:", "https:", "//", "src=", "href", "url(", "@import", "<script", "<link"] {
            #expect(!rest.contains(reference), "\(reference)")
        }
    }

    @Test func markdownTablesKeepTheirShapeAndEscapePipes() {
        let markdown = MarkdownReport.render(ReportSamples.report(.en))
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# 月次報告 \\<2026-11\\>")
        #expect(lines.contains("デモ商事 & Co · 2026-11 · Generated 2026-12-01 09:00"))
        let table = lines.filter { $0.hasPrefix("|") }
        #expect(table.count == 6)  // header, alignment, three rows, the total
        #expect(table[0] == "| Rep | Sales | Achieved | Note |" && table[1] == "| :--- | ---: | ---: | :---: |")
        #expect(table[2] == "| R01 山田 \\<本店\\> | ¥1,200,000 | 80.0% | a\\|b |")
        #expect(table[4] == "| R03 佐藤\\|営業 | ¥0 | 0.0% | x |")
        #expect(table[5] == "| Total | ¥2,100,000 | – |  |")
        // Every row has as many unescaped pipes as the header.
        let pipes = { (line: String) in line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
        #expect(table.allSatisfy { pipes($0) == 5 })
    }

    @Test func markdownTellsEachChartInWords() {
        let markdown = MarkdownReport.render(ReportSamples.report(.en))
        #expect(markdown.contains("**Sales vs target**\n\n- R01 山田 \\<本店\\>: Sales ¥1.2M · Target ¥1.5M\n"))
        #expect(markdown.contains("**Rank movements**\n\n- up 9 · down 6 · same 250\n"))
        #expect(markdown.contains("- R03 佐藤\\|営業 · 0 visits\n"))
        #expect(!markdown.contains("<svg"))
    }

    @Test func aReportWithNothingInItStillRenders() {
        let empty = MonthReport(title: "Empty", company: "", month: "2026-11", generatedAt: "", language: .en, sections: [
            MonthReport.Section(heading: "Nothing", tables: [ReportTable(columns: [ReportTable.Column("Rep")], rows: [])],
                                charts: [ReportChart(caption: "Sales", drawing: BarChart(title: "Sales", unit: .yen,
                                                                                         series: ["Sales"], groups: []),
                                                     language: .en)]),
        ])
        let xml = ParsedXML(HTMLReport.render(empty))
        #expect(xml.error == nil && xml.count("svg") == 1 && xml.count(class: "no-data") == 1 && xml.count("tbody") == 1)
        #expect(MarkdownReport.render(empty).contains("| Rep |\n| :--- |\n\n**Sales**\n\n- No data\n"))
    }
}

/// Python's own parsers, which share no code with ours, read the report: `html.parser` counts
/// the elements as a browser's tokenizer would, `xml.etree` reads every SVG on its own.
@Suite(.enabled(if: Python.available, "needs python3"))
struct ReportPythonTests {
    @Test func pythonReadsTheHTMLAndEverySVG() throws {
        let folder = ScratchFolder()
        let url = folder.file("report.html")
        try HTMLReport.render(ReportSamples.report(.ja)).write(to: url, atomically: true, encoding: .utf8)
        let output = try Python.run("""
            import json, re, sys, xml.etree.ElementTree as ET
            from html.parser import HTMLParser
            text = open(sys.argv[1], encoding="utf-8").read()
            class Counter(HTMLParser):
                def __init__(self):
                    super().__init__()
                    self.tags, self.open = {}, []
                def handle_starttag(self, tag, attrs):
                    self.tags[tag] = self.tags.get(tag, 0) + 1
                    self.open.append(tag)
                def handle_startendtag(self, tag, attrs):
                    self.tags[tag] = self.tags.get(tag, 0) + 1
                def handle_endtag(self, tag):
                    assert self.open and self.open.pop() == tag, tag
            counter = Counter()
            counter.feed(text)
            counter.close()
            ns = "{http://www.w3.org/2000/svg}"
            charts = []
            for svg in re.findall(r"<svg .*?</svg>", text, re.S):
                root = ET.fromstring(svg)
                assert root.tag == ns + "svg" and len(root.get("viewBox").split()) == 4
                charts.append(sum(1 for e in root.iter() if e.get("class") in ("bar", "point", "segment", "cell", "visit")))
            print(json.dumps({"svg": counter.tags.get("svg"), "figure": counter.tags.get("figure"),
                              "unclosed": counter.open, "marks": charts}))
            """, url.path)
        let result = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
        #expect(result["svg"] as? Int == 5 && result["figure"] as? Int == 5)
        #expect((result["unclosed"] as? [String])?.isEmpty == true)
        #expect(result["marks"] as? [Int] == [5, 22, 5, 9, 3])
    }
}
