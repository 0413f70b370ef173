import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `review month` through the binary on a hand-made history: each story lands in its own section
/// and nowhere else, the HTML parses, Markdown goes to standard output, a wrong month is refused.
///
/// Deal moves are stamped with the time they are made, so the review is of the current month;
/// everything else is dated around its first day.
@Suite struct ReviewCommandTests {
    /// The current month in the company's zone (the binary's default, Asia/Tokyo) and days around it.
    struct Days {
        let today: Date
        let calendar: Calendar
        let first: Date

        init() {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
            self.calendar = calendar
            today = Date()
            first = calendar.date(from: calendar.dateComponents([.year, .month], from: today))!
        }

        var month: String { String(self[0].prefix(7)) }

        /// Days from the month's first day moved by `offset` to today.
        func daysSince(_ offset: Int) -> Int {
            let day = calendar.date(byAdding: DateComponents(day: offset), to: first)!
            return calendar.dateComponents([.day], from: day, to: calendar.startOfDay(for: today)).day!
        }

        /// Today as `YYYY-MM-DD` in the company's zone.
        func today(_ calendar: Calendar) -> String {
            let parts = calendar.dateComponents([.year, .month, .day], from: today)
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        }

        /// The first day of the month moved by `days` (and `months`), as `YYYY-MM-DD`.
        subscript(days: Int, months months: Int = 0) -> String {
            let date = calendar.date(byAdding: DateComponents(month: months, day: days), to: first)!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        }
    }

    let days = Days()

    /// C1 won a deal this month after a proposal visit and a request note the month before (and an
    /// old visit long before); C2 lost one on price; C3 asked for morning deliveries; C4's sales
    /// fell 90 % against a year before; C5 buys as ever and heard a proposal this month; C6's
    /// next action is overdue.
    func history() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["-c", """
            rep add R01 --name 佐藤
            customer add C1 --name 山田商店 --rep R01; customer add C2 --name 丸栄食品 --rep R01
            customer add C3 --name 東和電機 --rep R01; customer add C4 --name 北星物産 --rep R01
            customer add C5 --name 青葉ストア --rep R01; customer add C6 --name 川口精肉 --rep R01
            visit log --customer C1 --date \(days[-90]) --purpose 挨拶 --next-action 再訪 --report 古い訪問
            visit log --customer C1 --date \(days[-20]) --purpose 課題ヒアリング --proposal 省エネ冷蔵ケース --outcome proposal,deal-created --next-action 見積提出
            note add C1 電気代を下げたい --kind request --date \(days[-10])
            deal add C1 --title 冷蔵ケース更新
            deal move 1 proposal --proposal 省エネ冷蔵ケース
            deal move 1 quote --amount 120万
            deal move 1 won
            deal add C2 --title 配送契約
            deal move 2 lost --lost-reason 価格で競合に敗退
            note add C3 配送時間を午前に変更してほしい --kind request --tags 配送 --date \(days[0])
            order add C4 --amount 1000000 --date \(days[0, months: -12]); order add C4 --amount 100000 --date \(days[0])
            order add C5 --amount 200000 --date \(days[0, months: -12]); order add C5 --amount 200000 --date \(days[0])
            visit log --customer C5 --date \(days[0]) --purpose 定期 --proposal 新商品の試食会 --next-action 電話
            visit log --customer C6 --date \(days[-30]) --purpose 定期 --next-action 見本を届ける --due \(days[-1])
            """])
        #expect(result.status == 0, "\(result.stderr)")
        return rounds
    }

    /// The Markdown's sections by heading: `## Heading` up to the next one.
    func sections(_ markdown: String) -> [String: String] {
        var sections: [String: String] = [:]
        for part in markdown.components(separatedBy: "\n## ").dropFirst() {
            let heading = String(part.prefix { $0 != "\n" })
            sections[heading] = String(part.dropFirst(heading.count))
        }
        return sections
    }

    @Test func eachStoryLandsInItsSectionAndNowhereElse() throws {
        let rounds = try history()
        let result = try rounds.run(["review", "month", days.month])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Monthly review"), "Markdown on standard output")
        let parts = sections(result.stdout)
        #expect(parts.keys.sorted() == ["Customers at risk", "Proposals and what came of them",
                                        "Requests and issues customers raised", "Rules that fired most", "Successes: deals won"])
        let success = try #require(parts["Successes: deals won"])
        #expect(success.contains("Deals won: 1,"))
        #expect(success.contains("| deal 1 冷蔵ケース更新 | C1 山田商店 | R01 | ¥1,200,000 |"))
        #expect(success.contains("What led to deal 1 冷蔵ケース更新"))
        #expect(success.contains("省エネ冷蔵ケース") && success.contains("電気代を下げたい"), "the proposal visit and the request before the win")
        #expect(success.firstRange(of: "課題ヒアリング")!.lowerBound < success.firstRange(of: "電気代を下げたい")!.lowerBound,
                "the visit that proposed tells more than the note")
        #expect(!success.contains("古い訪問"), "more than eight weeks before the win")
        for other in ["C2", "C3", "C4", "C5", "C6"] { #expect(!success.contains(other)) }

        let proposals = try #require(parts["Proposals and what came of them"])
        #expect(proposals.contains("Visits with a proposal: 1; deals that reached a proposal stage: 1."))
        #expect(proposals.contains("| C5 青葉ストア | R01 | 新商品の試食会 | no deal yet |"))
        #expect(proposals.contains("won: deal 1 冷蔵ケース更新 ¥1,200,000"))
        for other in ["C2", "C3", "C4", "C6"] { #expect(!proposals.contains(other)) }

        let requests = try #require(parts["Requests and issues customers raised"])
        #expect(requests.contains("Requests noted: 1."))
        #expect(requests.contains("| C3 東和電機 | 配送時間を午前に変更してほしい | 配送 |"))
        #expect(!requests.contains("電気代"), "last month's request is not this month's")

        let risk = try #require(parts["Customers at risk"])
        #expect(risk.contains("Customers with sales of the last 3 months 30 % or more below a year before: 1; deals lost: 1; next actions overdue at "))
        #expect(risk.contains("| C4 北星物産 | R01 | sales −90.0% (¥100,000 vs ¥1,000,000 a year before) |"))
        #expect(risk.contains("| C2 丸栄食品 | R01 | lost: deal 2 配送契約 — 価格で競合に敗退 |"))
        #expect(risk.contains("| C6 川口精肉 | R01 | next action overdue since \(days[-1]): 見本を届ける |"))
        for steady in ["C1", "C3", "C5"] { #expect(!risk.contains(steady)) }

        // As of today (the month runs): C6's overdue next action, C4's fall, and the customers
        // whose monthly visit (unranked: maintain, every 30 days) is overdue by today.
        let overdue = [(-20, "C1"), (-30, "C6")].filter { days.daysSince($0.0) > 30 }.map(\.1)
        let rules = try #require(parts["Rules that fired most"])
        let acting = Set(["C4", "C6"] + overdue).count
        #expect(rules.contains("The rules of next as of \(days.today(days.calendar)); customers with a reason to act: \(acting)."))
        var rows = ["| next-action-due | 1 | follow up the promised next action |", "| sales-drop | 1 | hear why orders dropped (churn risk) |"]
        if !overdue.isEmpty {
            rows.insert("| visit-overdue | \(overdue.count) | regular visit |", at: overdue.count > 1 ? 0 : 2)
        }
        #expect(rules.contains(rows.joined(separator: "\n")), "\(rules)")
    }

    @Test func theHTMLReviewParsesAndTheMarkdownFileMatchesStandardOutput() throws {
        let rounds = try history()
        let html = rounds.directory.appendingPathComponent("review.html")
        let markdown = rounds.directory.appendingPathComponent("review.md")
        let result = try rounds.run(["review", "month", days.month, "--html", html.path, "--markdown", markdown.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote \(html.path)") && result.stdout.contains("wrote \(markdown.path)"))
        let page = try ReviewPage(String(contentsOf: html, encoding: .utf8))
        #expect(page.headings == ["Successes: deals won", "Proposals and what came of them",
                                  "Requests and issues customers raised", "Customers at risk", "Rules that fired most"])
        #expect(page.count("table") == 7, "deals won, one lead-up, proposals at visits and deals, requests, risks, rules")
        let stdout = try rounds.run(["review", "month", days.month]).stdout
        // Only the minute of generation may differ between the two runs.
        let body = { (text: String) in text.split(separator: "\n").dropFirst(2).joined(separator: "\n") }
        #expect(body(try String(contentsOf: markdown, encoding: .utf8)) == body(stdout))
    }

    @Test func aMonthWithoutHistoryOrNotAMonthIsRefused() throws {
        let rounds = try history()
        let empty = try rounds.run(["review", "month", "2020-01", "--html", "x.html"])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no visits, notes, deals or orders in 2020-01"))
        #expect(!FileManager.default.fileExists(atPath: rounds.directory.appendingPathComponent("x.html").path))
        let quarter = try rounds.run(["review", "month", "2026Q3"])
        #expect(quarter.status == 2)
        #expect(quarter.stderr.contains("give one month"))
        let typo = try rounds.run(["review", "month", "2026-13"])
        #expect(typo.status == 2, "\(typo.stderr)")
    }
}

/// The review's HTML read with Foundation's XML parser (the page is well-formed XML): elements
/// counted by name and the section headings in order.
private final class ReviewPage: NSObject, XMLParserDelegate {
    private var counts: [String: Int] = [:]
    private(set) var headings: [String] = []
    private var inHeading = false

    init(_ page: String) throws {
        super.init()
        let parser = XMLParser(data: Data(page.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func count(_ name: String) -> Int { counts[name] ?? 0 }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if name == "h2" { inHeading = true; headings.append("") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inHeading { headings[headings.count - 1] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "h2" { inHeading = false }
    }
}
