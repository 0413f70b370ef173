import Foundation
import RoundsDomain
import RoundsExchange
import RoundsKPI
import RoundsStorage

/// Fills the monthly report from the store: every figure is one of the store's aggregates (the
/// same `KPIReport` as `kpi`), so the document and the shell never disagree.
///
/// ```swift
/// let report = try MonthReportBuilder(store: store, rules: rules, month: try KPIPeriod(parsing: "2026-11"),
///                                     language: .ja).build(at: Date())
/// try WholeFile.write(HTMLReport.render(report), to: URL(fileURLWithPath: "report-2026-11.html"))
/// ```
struct MonthReportBuilder {
    let store: any Store
    let rules: CompanyRules
    let month: KPIPeriod
    let language: Language

    /// How many months the trend charts cover, ending with the report's month.
    static let trendMonths = 12

    func build(at now: Date) throws -> MonthReport {
        let byRep = try KPIReport(store: store, period: month, by: .rep, flow: rules.salesFlow)
        let reps = try store.reps()
        let names = Dictionary(uniqueKeysWithValues: reps.map { ($0.code, $0.name) })
        return MonthReport(
            title: Message.reportTitle.text(in: language), company: MonthReport.company(fromLocation: store.location),
            month: month.description, generatedAt: MonthReport.stamp(now), language: language,
            sections: [
                try kpiSection(byRep, names: names),
                try trendSection(),
                try rankSection(),
                try mapSection(reps),
            ])
    }

    private func kpiSection(_ report: KPIReport, names: [String: String]) throws -> MonthReport.Section {
        let total = report.total
        // Two tables rather than one of thirteen columns: both fit a printed page.
        let tables = [(Self.activityColumns, Self.activityCells), (Self.salesColumns, Self.salesCells)].map { columns, cells in
            ReportTable(columns: [.init(text(.reportRepColumn))] + columns.map { .init(text($0), alignment: .right) },
                        rows: report.lines.map { [label($0.key, names)] + cells($0.figures) },
                        footer: [[text(.reportTotal)] + cells(total)])
        }
        let chart = BarChart(title: text(.reportSalesByRep), unit: .yen,
                             series: [text(.reportSales), text(.reportTarget)],
                             groups: report.lines.map { .init(label: label($0.key, names), values: [$0.figures.salesYen, $0.figures.targetSalesYen]) })
        let byRank = try KPIReport(store: store, period: month, by: .rank, flow: rules.salesFlow)
        let ranks = ReportTable(
            caption: text(.reportVisitsByRank),
            columns: [.init(text(.reportRankColumn)), .init(text(.reportVisitsColumn), alignment: .right),
                      .init(text(.reportShareColumn), alignment: .right), .init(text(.reportSales), alignment: .right)],
            rows: byRank.lines.map { line in
                [line.key.flatMap(Rank.init(rawValue:)).map { $0.label.text(in: language) } ?? text(.reportNoRank),
                 ReportFormat.count(line.figures.visitsDone),
                 ReportFormat.percent(part: line.figures.visitsDone, of: byRank.total.visitsDone),
                 ReportFormat.yen(line.figures.salesYen)]
            })
        return MonthReport.Section(
            heading: text(.reportKPIHeading),
            lead: Message.reportKPILead(sales: ReportFormat.yen(total.salesYen), against: ReportFormat.percent(total.salesAgainstTarget),
                                        visits: total.visitsDone, conversion: ReportFormat.percent(total.conversion),
                                        winRate: ReportFormat.percent(total.winRate)).text(in: language),
            tables: tables + [ranks],
            charts: [ReportChart(caption: text(.reportSalesByRep), drawing: chart, language: language)])
    }

    private func trendSection() throws -> MonthReport.Section {
        let trend = try KPIReport.trend(store: store, months: Self.trendMonths, endingWith: month, scope: KPIScope(),
                                        flow: rules.salesFlow)
        let periods = trend.map(\.period.description)
        let sales = TrendChart(title: text(.reportSalesTrend), unit: .yen, periods: periods, series: [
            .init(name: text(.reportSales), values: trend.map(\.figures.salesYen)),
            .init(name: text(.reportTarget), values: trend.map(\.figures.targetSalesYen)),
        ])
        let visits = TrendChart(title: text(.reportVisitsTrend), unit: .count, periods: periods, series: [
            .init(name: text(.reportVisitsDone), values: trend.map(\.figures.visitsDone)),
            .init(name: text(.reportVisitsPlanned), values: trend.map(\.figures.visitsPlanned)),
        ])
        return MonthReport.Section(heading: text(.reportTrendHeading), charts: [
            ReportChart(caption: text(.reportSalesTrend), drawing: sales, language: language),
            ReportChart(caption: text(.reportVisitsTrend), drawing: visits, language: language),
        ])
    }

    private func rankSection() throws -> MonthReport.Section {
        let mix = try store.rankMix()
        let order: [Rank?] = Rank.allCases + [nil]
        let repCodes = Array(Set(mix.map(\.rep))).sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }
        let bars = repCodes.map { rep in
            StackedBarChart.Bar(label: rep ?? text(.reportNoRep), values: order.map { rank in
                mix.first { $0.rep == rep && $0.rank == rank }?.customers ?? 0
            })
        }
        let stacked = StackedBarChart(title: text(.reportRankMix),
                                      parts: order.map { $0.map { $0.label.text(in: language) } ?? text(.reportNoRank) }, bars: bars)
        // The re-ranking a meeting discusses is the one made from this month's results, which
        // `rank apply` saves for the month after.
        let effective = KPIPeriod(monthOf: month.first.adding(months: 1)).description
        let moves = try store.rankMovements(month: effective)
        let ranks = Rank.allCases
        let counts = ranks.map { from in
            ranks.map { to in moves.first { $0.from == from && $0.to == to }?.customers ?? 0 }
        }
        let movement = RankMovementChart(title: text(.reportRankMoves), ranks: ranks.map { $0.label.text(in: language) }, counts: counts)
        return MonthReport.Section(
            heading: text(.reportRankHeading),
            lead: (moves.isEmpty ? Message.reportNoRankApply(month.description, effective: effective)
                : Message.reportRankApplied(month.description, effective: effective, moved: moves.filter { $0.from != $0.to }.map(\.customers).reduce(0, +)))
                .text(in: language),
            charts: [ReportChart(caption: text(.reportRankMix), drawing: stacked, language: language),
                     ReportChart(caption: text(.reportRankMoves), drawing: movement, language: language)])
    }

    private func mapSection(_ reps: [Rep]) throws -> MonthReport.Section {
        let points = try store.visitPoints(from: month.first, through: month.last)
        let byRep = Dictionary(grouping: points, by: \.rep)
        let mapped = reps.compactMap { rep -> VisitMap.Rep? in
            guard let visits = byRep[rep.code] else { return nil }
            return VisitMap.Rep(label: "\(rep.code) \(rep.name)", start: rep.start, visits: visits.map(Self.mapVisit))
        } + (byRep[nil].map { [VisitMap.Rep(label: text(.reportNoRep), start: nil, visits: $0.map(Self.mapVisit))] } ?? [])
        let map = VisitMap(title: text(.reportVisitMap), reps: mapped)
        return MonthReport.Section(heading: text(.reportMapHeading), lead: Message.reportMapLead(points.count).text(in: language),
                                   charts: [ReportChart(caption: text(.reportVisitMap), drawing: map, language: language)])
    }

    private static func mapVisit(_ point: VisitPoint) -> VisitMap.Visit {
        VisitMap.Visit(place: point.position, tooltip: "\(point.date) \(point.customer) \(point.name)")
    }

    private static let activityColumns: [Message] = [
        .reportVisitsDone, .reportVisitsPlanned, .reportAdherence, .reportProposals, .reportDeals, .reportConversion, .reportWinRate,
    ]

    private static func activityCells(_ figures: KPIFigures) -> [String] {
        [ReportFormat.count(figures.visitsDone), ReportFormat.count(figures.visitsPlanned),
         ReportFormat.percent(figures.planAdherence), ReportFormat.count(figures.proposals),
         ReportFormat.count(figures.dealsCreated), ReportFormat.percent(figures.conversion), ReportFormat.percent(figures.winRate)]
    }

    private static let salesColumns: [Message] = [
        .reportSales, .reportTarget, .reportAgainstTarget, .reportWithPurpose, .reportWithNextAction,
    ]

    private static func salesCells(_ figures: KPIFigures) -> [String] {
        [ReportFormat.yen(figures.salesYen), ReportFormat.yen(figures.targetSalesYen), ReportFormat.percent(figures.salesAgainstTarget),
         ReportFormat.percent(figures.purposeShare), ReportFormat.percent(figures.nextActionShare)]
    }

    private func label(_ rep: String?, _ names: [String: String]) -> String {
        guard let rep else { return text(.reportNoRep) }
        return names[rep].map { "\(rep) \($0)" } ?? rep
    }

    private func text(_ message: Message) -> String { message.text(in: language) }
}
