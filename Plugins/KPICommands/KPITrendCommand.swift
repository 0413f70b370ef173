import ArgumentParser
import RoundsDomain
import RoundsKPI
import RoundsShell

/// `kpi trend --months 12 --metric sales`: a line per month up to the last complete one, with a
/// bar for the metric on a terminal and its sparkline underneath.
struct KPITrendCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "trend", abstract: Message.kpiTrendAbstract.text())
    }

    @Option(help: ArgumentHelp(Message.kpiMonthsHelp.text(), valueName: "n")) var months = 12
    @Option(help: ArgumentHelp(Message.kpiMetricHelp.text(), valueName: KPIMetric.allCases.map(\.rawValue).joined(separator: "|")))
    var metric: KPIMetric = .sales
    @OptionGroup var scope: KPIScopeOptions
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        guard (1...120).contains(months) else { throw RoundsError(.usage, .invalidField("--months", String(months), .kpiMonthsRange)) }
    }

    func run(in session: Session) throws {
        let trend = try KPIReport.trend(store: session.store(), months: months, endingWith: KPIPeriod.monthBefore(.today()),
                                        scope: scope.scope, flow: session.settings.rules.salesFlow)
        let onScreen = session.format(listing) == .table && listing.output == nil
        var columns: [Listing.Column] = [.init("month", .kpiMonthHeader)] + KPITable.figureColumns
        if onScreen { columns.append(.init("chart", metric.header)) }
        var table = Listing(columns: columns)
        let values = trend.map { metric.value($0.figures) }
        let top = values.compactMap { $0 }.max() ?? 0
        for ((period, figures), value) in zip(trend, values) {
            table.append([.text(period.description)] + KPITable.figureCells(figures)
                         + (onScreen ? [.text(Bar.render(value ?? 0, of: top, width: 20))] : []))
        }
        try session.emit(table, listing)
        guard onScreen, listing.only == nil, !listing.count else { return }
        // Rates become thousandths so the sparkline keeps their shape in whole numbers.
        session.out.line("\(metric.header.text()): " + Sparkline.render(values.map { Int((($0 ?? 0) * 1000).rounded()) }))
    }
}

/// What `kpi trend` draws.
enum KPIMetric: String, CaseIterable, ExpressibleByArgument {
    case sales, visits, adherence, deals, conversion, won, winRate = "win-rate", target = "vs-target"

    func value(_ figures: KPIFigures) -> Double? {
        switch self {
        case .sales: Double(figures.salesYen)
        case .visits: Double(figures.visitsDone)
        case .adherence: figures.planAdherence
        case .deals: Double(figures.dealsCreated)
        case .conversion: figures.conversion
        case .won: Double(figures.dealsWon)
        case .winRate: figures.winRate
        case .target: figures.salesAgainstTarget
        }
    }

    var header: Message {
        switch self {
        case .sales: .kpiSalesHeader
        case .visits: .kpiDoneHeader
        case .adherence: .kpiAdherenceHeader
        case .deals: .kpiDealsHeader
        case .conversion: .kpiConversionHeader
        case .won: .kpiWonHeader
        case .winRate: .kpiWinRateHeader
        case .target: .kpiAgainstTargetHeader
        }
    }
}
