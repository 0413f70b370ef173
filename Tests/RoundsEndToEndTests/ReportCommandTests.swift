import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `report month` through the binary: the HTML file parsed and its charts counted, Markdown on
/// standard output, and the mistakes a manager makes with the month.
@Suite struct ReportCommandTests {
    /// Two reps with a start each, three customers with positions; November's visits, orders and
    /// target; ranks applied from November's results (effective December).
    func november() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["-c", """
            rep add R01 --name 佐藤 --start 35.68,139.76; rep add R02 --name 鈴木 --start 35.45,139.63
            customer add C1 --name '山田 & 子 <商店>' --rep R01 --rank develop --lat 35.69 --lon 139.70 --potential 1000万
            customer add C2 --name 丸栄食品 --rep R02 --rank develop --lat 35.47 --lon 139.62
            customer add C3 --name 東和電機 --rep R01 --rank maintain --lat 35.70 --lon 139.80
            visit log --customer C1 --date 2026-11-05 --purpose 定期 --proposal 新商品 --next-action 見積
            visit log --customer C2 --date 2026-11-10 --purpose 定期 --next-action 電話
            visit log --customer C3 --date 2026-11-12 --purpose 定期 --next-action 電話
            order add C1 --amount 900000 --date 2026-11-01; order add C2 --amount 30000 --date 2026-11-15
            order add C3 --amount 10000 --date 2026-10-15
            target set --rep R01 --month 2026-11 --sales 200万 --visits 4
            rank apply --as-of 2026-11-30
            """])
        #expect(result.status == 0, "\(result.stderr)")
        return rounds
    }

    @Test func theHTMLReportIsOneParsableFileWithEveryChart() throws {
        let rounds = try november()
        let html = rounds.directory.appendingPathComponent("report.html")
        let markdown = rounds.directory.appendingPathComponent("report.md")
        let result = try rounds.run(["report", "month", "2026-11", "--html", html.path, "--markdown", markdown.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("report.html (6 charts)"))
        let page = try String(contentsOf: html, encoding: .utf8)
        let elements = try ElementCounter(page)
        #expect(elements["svg"] == 6, "bars by rep, two trends, rank mix, rank movements, the map")
        #expect(elements["figure"] == 6)
        #expect(elements["table"] == 3, "activity, sales and quality, visits by rank")
        #expect(page.contains("山田 &amp; 子 &lt;商店&gt;"), "names are escaped in the map's tooltips")
        #expect(!page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http"), "nothing is fetched")
        #expect(page.contains("¥930,000") && page.contains("¥2,000,000"))
        let text = try String(contentsOf: markdown, encoding: .utf8)
        #expect(text.contains("| R01 佐藤 |"))
    }

    @Test func withoutAFileTheMarkdownGoesToStandardOutput() throws {
        let rounds = try november()
        let result = try rounds.run(["report", "month", "2026-11"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# "))
        #expect(result.stdout.contains("| R02 鈴木 |"))
    }

    @Test func aMonthWithoutDataOrNotAMonthIsRefused() throws {
        let rounds = try november()
        let empty = try rounds.run(["report", "month", "2026-08", "--html", "x.html"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no visits, deals or orders in 2026-08"))
        #expect(!FileManager.default.fileExists(atPath: rounds.directory.appendingPathComponent("x.html").path))
        let quarter = try rounds.run(["report", "month", "2026Q3"])
        #expect(quarter.status == 2)
        #expect(quarter.stderr.contains("give one month"))
        let typo = try rounds.run(["report", "month", "2026-13"])
        #expect(typo.status == 2, "\(typo.stderr)")
    }
}

/// Counts the elements of an XHTML page by name with Foundation's XML parser (the report's HTML
/// is also well-formed XML), so a broken tag fails the parse instead of miscounting.
private final class ElementCounter: NSObject, XMLParserDelegate {
    private var counts: [String: Int] = [:]

    init(_ page: String) throws {
        super.init()
        let body = page.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    subscript(name: String) -> Int { counts[name] ?? 0 }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}
