import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RoundsDomain
import RoundsExchange

/// A small month of a company, with names that need escaping, for the report tests.
enum ReportSamples {
    static let reps = ["R01 山田 <本店>", "R02 \"鈴木\" & Co", "R03 佐藤|営業"]
    static let periods = (1...12).map { String(format: "2026-%02d", $0) }

    static var byRep: BarChart {
        BarChart(title: "Sales vs target", unit: .yen, series: ["Sales", "Target"], groups: [
            BarChart.Group(label: reps[0], values: [1_200_000, 1_500_000]),
            BarChart.Group(label: reps[1], values: [900_000, nil]),
            BarChart.Group(label: reps[2], values: [0, 800_000]),
        ])
    }

    static var salesTrend: TrendChart {
        TrendChart(title: "Sales", unit: .yen, periods: periods, series: [
            TrendChart.Series(name: "Sales", values: [nil, nil] + (3...12).map { $0 * 1_000_000 }),
            TrendChart.Series(name: "Target", values: Array(repeating: 8_000_000, count: 12)),
        ])
    }

    static var ranks: StackedBarChart {
        StackedBarChart(title: "Customers by rank", parts: ["focus", "develop", "maintain"], bars: [
            StackedBarChart.Bar(label: reps[0], values: [8, 12, 20]),
            StackedBarChart.Bar(label: reps[1], values: [5, 0, 31]),
            StackedBarChart.Bar(label: reps[2], values: [0, 0, 0]),
        ])
    }

    static var movements: RankMovementChart {
        RankMovementChart(title: "Rank movements", ranks: ["focus", "develop", "maintain"],
                          counts: [[20, 2, 0], [3, 50, 4], [0, 6, 180]])
    }

    static func place(_ latitude: Double, _ longitude: Double) -> Coordinate {
        try! Coordinate(latitude: latitude, longitude: longitude)
    }

    static var visits: VisitMap {
        VisitMap(title: "Visits <2026-11>", reps: [
            VisitMap.Rep(label: reps[0], start: place(35.68, 139.76), visits: [
                VisitMap.Visit(place: place(35.70, 139.80), tooltip: "C1 山田&商店 11/04"),
                VisitMap.Visit(place: place(35.65, 139.70), tooltip: "C2 11/05"),
            ]),
            VisitMap.Rep(label: reps[1], start: place(35.60, 139.60), visits: [
                VisitMap.Visit(place: place(35.55, 139.65), tooltip: "C3 11/06"),
            ]),
            VisitMap.Rep(label: reps[2], start: nil, visits: []),
        ])
    }

    static func report(_ language: Language = .ja) -> MonthReport {
        let kpi = ReportTable(
            caption: "KPI by rep",
            columns: [ReportTable.Column("Rep"), ReportTable.Column("Sales", alignment: .right),
                      ReportTable.Column("Achieved", alignment: .right), ReportTable.Column("Note", alignment: .center)],
            rows: [[reps[0], ReportFormat.yen(1_200_000), ReportFormat.percent(part: 1_200_000, of: 1_500_000), "a|b"],
                   [reps[1], ReportFormat.yen(900_000), ReportFormat.percent(part: 900_000, of: 0)],
                   [reps[2], ReportFormat.yen(0), ReportFormat.percent(0), "x", "extra cell"]],
            footer: [["Total", ReportFormat.yen(2_100_000), "–", ""]])
        return MonthReport(
            title: "月次報告 <2026-11>", company: "デモ商事 & Co", month: "2026-11", generatedAt: "2026-12-01 09:00",
            language: language,
            sections: [
                MonthReport.Section(heading: "Sales", lead: "Sales rose \"a lot\" & visits too.", tables: [kpi], charts: [
                    ReportChart(caption: "Sales vs target", drawing: byRep, language: language),
                    ReportChart(caption: "Sales, 12 months", drawing: salesTrend, language: language),
                ]),
                MonthReport.Section(heading: "Ranks", charts: [
                    ReportChart(caption: "Rank distribution", drawing: ranks, language: language),
                    ReportChart(caption: "Rank movements", drawing: movements, language: language),
                ]),
                MonthReport.Section(heading: "Visits", charts: [
                    ReportChart(caption: "Visits per rep", drawing: visits, language: language),
                ]),
            ])
    }
}

/// An XML document read back: elements by name, by `class`, every attribute value and all text.
struct ParsedXML {
    var names: [String: Int] = [:]
    var classes: [String: Int] = [:]
    var attributes: [String: [String]] = [:]
    var text = ""
    var error: String?

    init(_ document: String) {
        let reader = Reader()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = reader
        if !parser.parse() { error = parser.parserError.map { String(describing: $0) } ?? "parse failed" }
        names = reader.names
        classes = reader.classes
        attributes = reader.attributes
        text = reader.text
    }

    func count(_ name: String) -> Int { names[name, default: 0] }
    func count(class name: String) -> Int { classes[name, default: 0] }

    private final class Reader: NSObject, XMLParserDelegate {
        var names: [String: Int] = [:]
        var classes: [String: Int] = [:]
        var attributes: [String: [String]] = [:]
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            names[name, default: 0] += 1
            if let kind = attributes["class"] { classes[kind, default: 0] += 1 }
            for (key, value) in attributes { self.attributes[key, default: []].append(value) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
}
