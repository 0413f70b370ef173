import Foundation
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct ReportChartTests {
    /// Every chart is one well-formed `<svg>` with a `viewBox`, no XML declaration, nothing external, no `NaN`.
    static func parsed(_ svg: String) -> ParsedXML {
        let xml = ParsedXML(svg)
        #expect(xml.error == nil, "\(xml.error ?? "")\n\(svg)")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && xml.count("svg") == 1)
        #expect(xml.attributes["viewBox"]?.count == 1)
        #expect(!svg.contains("NaN") && !svg.contains("inf") && !svg.contains("href") && !svg.contains("<script"))
        return xml
    }

    @Test func yenAxisLabelsSayMoneyTheWayEachLanguageReadsIt() {
        #expect(ChartUnit.yen.short(12_000_000, in: .en) == "¥12M")
        #expect(ChartUnit.yen.short(12_000_000, in: .ja) == "1,200万")
        #expect(ChartUnit.yen.short(1_250_000, in: .en) == "¥1.25M")
        #expect(ChartUnit.yen.short(250_000, in: .en) == "¥250k")
        #expect(ChartUnit.yen.short(150_000_000, in: .ja) == "1.5億")
        #expect(ChartUnit.yen.short(25_000, in: .ja) == "2.5万")
        #expect(ChartUnit.yen.short(800, in: .ja) == "¥800")
        #expect(ChartUnit.yen.short(0, in: .en) == "0")
        // Bar labels keep three significant digits, not every yen.
        #expect(ChartUnit.yen.short(3_623_500, in: .en) == "¥3.62M" && ChartUnit.yen.short(3_623_500, in: .ja) == "362万")
        #expect(ChartUnit.yen.short(55_967_500, in: .ja) == "5,597万" && ChartUnit.yen.short(41_395_100, in: .en) == "¥41.4M")
        #expect(ChartUnit.yen.exact(12_345) == "¥12,345")
        #expect(ChartUnit.count.short(1_200, in: .ja) == "1,200")
    }

    @Test func cellsSayDashForWhatCannotBeSaid() {
        #expect(ReportFormat.yen(nil) == "–" && ReportFormat.yen(1_234_000) == "¥1,234,000")
        #expect(ReportFormat.percent(part: 3, of: 4) == "75.0%" && ReportFormat.percent(part: 3, of: 0) == "–")
        #expect(ReportFormat.percent(.nan) == "–" && ReportFormat.percent(.infinity) == "–")
        #expect(ReportFormat.count(12_345) == "12,345" && ReportFormat.count(nil) == "–")
    }

    @Test func barChartDrawsABarPerKnownValueWithItsLabel() {
        let xml = Self.parsed(ReportSamples.byRep.svg(in: .en))
        #expect(xml.count(class: "bar") == 5)  // the missing target draws none; a zero draws an empty one
        for label in ReportSamples.reps + ["Sales", "Target", "¥1.2M", "¥1.5M", "¥900k", "–"] {
            #expect(xml.text.contains(label), "\(label)")
        }
        #expect(xml.text.contains("R01 山田 <本店> · Sales ¥1,200,000"))
        #expect(ReportSamples.byRep.summary(in: .ja)[1] == "R02 \"鈴木\" & Co: Sales 90万 · Target –")
    }

    @Test func trendChartDrawsAPointPerKnownMonthAndBreaksTheLineAtGaps() {
        let svg = ReportSamples.salesTrend.svg(in: .ja)
        let xml = Self.parsed(svg)
        #expect(xml.count(class: "point") == 22 && xml.count(class: "line") == 2)
        #expect(xml.text.contains("1,250万") && xml.text.contains("750万") && xml.text.contains("2026-12"))
        #expect(xml.text.contains("Sales 2026-03 ¥3,000,000"))
        // Sales start in March: its path begins there, at one move, not at zero in January.
        let paths = xml.attributes["d"] ?? []
        #expect(paths.count == 2 && paths.allSatisfy { $0.filter { $0 == "M" }.count == 1 })
        #expect(ReportSamples.salesTrend.summary(in: .en)[0] == "Sales: 2026-03 ¥3M → 2026-12 ¥12M (high 2026-12 ¥12M)")
    }

    @Test func aSingleMonthSitsInTheMiddle() {
        let chart = TrendChart(title: "Visits", unit: .count, periods: ["2026-11"],
                               series: [TrendChart.Series(name: "Visits", values: [42])])
        let xml = Self.parsed(chart.svg(in: .en))
        #expect(xml.count(class: "point") == 1 && xml.attributes["cx"] == ["386"])
    }

    @Test func stackedChartDrawsASegmentPerNonZeroPartAndTheTotals() {
        let xml = Self.parsed(ReportSamples.ranks.svg(in: .en))
        #expect(xml.count(class: "segment") == 5)
        #expect(xml.text.contains("40") && xml.text.contains("36") && xml.text.contains("R02 \"鈴木\" & Co · maintain 31"))
        #expect(ReportSamples.ranks.summary(in: .en)[0] == "R01 山田 <本店>: focus 8 · develop 12 · maintain 20 (40)")
    }

    @Test func rankMovementsCountUpDownAndSame() {
        let chart = ReportSamples.movements
        let xml = Self.parsed(chart.svg(in: .ja))
        #expect(xml.count(class: "cell") == 9)
        #expect(chart.totals == (up: 9, down: 6, same: 250))
        #expect(chart.summary(in: .en) == ["up 9 · down 6 · same 250"])
        #expect(xml.text.contains("上昇 9・下降 6・変化なし 250") && xml.text.contains("develop → focus 3"))
    }

    @Test func visitMapDrawsEachVisitAsADotAndEachStartAsASquare() {
        let map = ReportSamples.visits
        let xml = Self.parsed(map.svg(in: .en))
        #expect(xml.count(class: "visit") == 3 && xml.count(class: "start") == 2)
        #expect(xml.text.contains("Visits <2026-11>") && xml.text.contains("C1 山田&商店 11/04"))
        #expect(map.summary(in: .en) == ["R01 山田 <本店> · 2 visits", "R02 \"鈴木\" & Co · 1 visit", "R03 佐藤|営業 · 0 visits"])
        #expect(map.summary(in: .ja)[0] == "R01 山田 <本店> · 訪問 2 件")
        // Each rep's dots and square share the rep's colour.
        let fills = xml.attributes["fill"] ?? []
        #expect(fills.filter { $0 == SVGPalette.safe(0) }.count >= 4 && fills.filter { $0 == SVGPalette.safe(1) }.count >= 3)
    }

    @Test func aMapOfOnePlaceStillFits() {
        let office = ReportSamples.place(35.68, 139.76)
        let map = VisitMap(title: "One", reps: [VisitMap.Rep(label: "R01", start: office,
                                                            visits: [VisitMap.Visit(place: office, tooltip: "C1")])])
        let xml = Self.parsed(map.svg(in: .en))
        #expect(xml.count(class: "visit") == 1)
    }

    @Test(arguments: [Language.en, .ja]) func emptyAndZeroDataDrawNoDataCharts(language: Language) {
        let charts: [any ChartDrawing] = [
            BarChart(title: "a", unit: .yen, series: ["Sales"], groups: []),
            BarChart(title: "b", unit: .yen, series: ["Sales"], groups: [BarChart.Group(label: "R01", values: [0])]),
            BarChart(title: "c", unit: .yen, series: [], groups: [BarChart.Group(label: "R01", values: [5])]),
            TrendChart(title: "d", unit: .yen, periods: [], series: []),
            TrendChart(title: "e", unit: .count, periods: ReportSamples.periods,
                       series: [TrendChart.Series(name: "Visits", values: Array(repeating: 0, count: 12))]),
            TrendChart(title: "f", unit: .count, periods: ReportSamples.periods, series: [TrendChart.Series(name: "V", values: [])]),
            StackedBarChart(title: "g", parts: ["focus"], bars: []),
            StackedBarChart(title: "h", parts: ["focus"], bars: [StackedBarChart.Bar(label: "R01", values: [0, 0])]),
            RankMovementChart(title: "i", ranks: [], counts: []),
            RankMovementChart(title: "j", ranks: ["focus", "develop"], counts: [[0, 0], [0, 0]]),
            VisitMap(title: "k", reps: []),
            VisitMap(title: "l", reps: [VisitMap.Rep(label: "R01", start: ReportSamples.place(35, 139), visits: [])]),
        ]
        let noData = Message.reportNoData.text(in: language)
        for chart in charts {
            let xml = Self.parsed(chart.svg(in: language))
            #expect(xml.count(class: "no-data") == 1 && xml.text.contains(noData))
            #expect(chart.summary(in: language) == [noData])
        }
    }

    @Test func negativeValuesSitOnZero() {
        let chart = BarChart(title: "Returns", unit: .yen, series: ["Sales"],
                             groups: [BarChart.Group(label: "R01", values: [-50_000]), BarChart.Group(label: "R02", values: [100_000])])
        let xml = Self.parsed(chart.svg(in: .en))
        #expect(xml.count(class: "bar") == 2 && !(xml.attributes["width"] ?? []).contains { $0.hasPrefix("-") })
    }
}
