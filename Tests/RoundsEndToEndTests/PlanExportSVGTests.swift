import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `plan export svg FILE [--rep R] [--date D]`: the demo company's December as a map, parsed back
/// with XMLParser: well-formed, a polyline per rep-day with stops, a circle per visit, a square per
/// rep's start, Japanese names intact.
@Suite struct PlanExportSVGTests {
    /// Elements by name, the text of every `<title>`, and the parse's verdict.
    final class Shape: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var titles: [String] = []
        var root: String?
        private var inTitle = false

        static func of(_ text: String) -> (well: Bool, shape: Shape) {
            let shape = Shape()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = shape
            return (parser.parse(), shape)
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if root == nil { root = name }
            counts[name, default: 0] += 1
            if name == "title" { inTitle = true; titles.append("") }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" { inTitle = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle { titles[titles.count - 1] += string }
        }
    }

    /// Rep-days with stops and visits, as the JSON export of the same plan counts them.
    static func counted(_ rounds: RoundsProcess, _ arguments: [String]) throws -> (days: Int, visits: Int) {
        try PlanExportTests.export(rounds, ["json", "count.json"] + arguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(rounds.read("count.json").utf8)) as? [String: Any])
        let days = try #require(json["reps"] as? [[String: Any]]).flatMap { ($0["days"] as? [[String: Any]]) ?? [] }
        let withStops = days.compactMap { $0["stops"] as? [Any] }.filter { !$0.isEmpty }
        return (withStops.count, withStops.reduce(0) { $0 + $1.count })
    }

    @Test func aMapOfTheMonthPerRepAndPerDay() throws {
        let rounds = try PlanExportTests.planned()
        // The first day anyone has a visit: which day that is depends on the search.
        try PlanExportTests.export(rounds, ["json", "whole.json"])
        let whole = try #require(try JSONSerialization.jsonObject(with: Data(rounds.read("whole.json").utf8)) as? [String: Any])
        let dates = try #require(whole["reps"] as? [[String: Any]]).flatMap { ($0["days"] as? [[String: Any]]) ?? [] }
            .filter { !(($0["stops"] as? [Any]) ?? []).isEmpty }.compactMap { $0["date"] as? String }
        let day = try #require(dates.min())
        for (file, arguments, reps) in [("all.svg", [String](), 2), ("r01.svg", ["--rep", "R01"], 1),
                                        ("day.svg", ["--date", day], 1)] {
            try PlanExportTests.export(rounds, ["svg", file] + arguments)
            let expected = try Self.counted(rounds, arguments)
            #expect(expected.visits > 0)
            let text = try rounds.read(file)
            #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
            #expect(!text.contains("<script") && !text.contains("href") && !text.contains("<image"))
            let (well, shape) = Shape.of(text)
            #expect(well, "\(file) is not well-formed XML")
            #expect(shape.root == "svg")
            #expect(shape.counts["polyline"] == expected.days, "\(file): \(shape.counts)")
            #expect(shape.counts["circle"] == expected.visits, "\(file): \(shape.counts)")
            #expect(shape.counts["rect", default: 0] >= reps, "\(file): a square per rep's start")
            // Tooltips: code and name, the day and arrive–depart.
            let visits = shape.titles.filter { $0.contains("–") && $0.hasPrefix("C") }
            #expect(visits.count == expected.visits, "\(shape.titles.prefix(5))")
            #expect(visits.allSatisfy { $0.contains("2026-12-") && $0.range(of: #"\d\d:\d\d–\d\d:\d\d"#, options: .regularExpression) != nil })
            #expect(visits.contains { $0.unicodeScalars.contains { $0.value > 0x3000 } }, "Japanese names survive")
        }
        #expect(try rounds.read("day.svg").contains("Visit plan \(day) ·"))
    }

    @Test func errors() throws {
        let fresh = try RoundsProcess()
        let none = try fresh.run(["plan", "export", "svg", "plan.svg"])
        #expect(none.status == 1 && none.stderr.contains("no plan yet: run plan week or plan month first"), "\(none.stderr)")

        let rounds = try PlanExportTests.planned()
        let rep = try rounds.run(["plan", "export", "svg", "plan.svg", "--rep", "R09"])
        #expect(rep.status == 1 && rep.stderr.contains("rep 'R09' is not in the plan"), "\(rep.stderr)")
        let unwritable = try rounds.run(["plan", "export", "svg", "missing/plan.svg"])
        #expect(unwritable.status == 1 && unwritable.stderr.contains("missing/plan.svg: cannot write the file"), "\(unwritable.stderr)")
        for date in ["2027-01-05", "2026-12-06"] {  // outside the period; a Sunday without visits
            let day = try rounds.run(["plan", "export", "svg", "plan.svg", "--date", date])
            #expect(day.status == 1 && day.stderr.contains("no visits on \(date) in the plan (2026-12-01 to 2026-12-31)"),
                    "\(day.stderr)")
        }
        let bad = try rounds.run(["plan", "export", "svg", "plan.svg", "--date", "2026-13-01"])
        #expect(bad.status != 0)
        #expect(!FileManager.default.fileExists(atPath: rounds.directory.appendingPathComponent("plan.svg").path))
    }
}
