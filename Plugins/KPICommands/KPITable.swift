import RoundsDomain
import RoundsKPI
import RoundsShell

/// The columns of `kpi`: counts as integers, money as yen, rates as fractions (`–` when there is
/// nothing to divide by), so CSV and JSON carry raw numbers.
enum KPITable {
    static func listing(_ report: KPIReport) -> Listing {
        let byRank = report.grouping == .rank
        var columns: [Listing.Column] = [.init(report.grouping.rawValue, groupHeader(report.grouping))]
        columns += figureColumns
        columns += byRank ? [.init("visit_share", .kpiVisitShareHeader, align: .right)]
            : Rank.allCases.map { .init("\($0.rawValue)_share", .kpiRankShareHeader($0), align: .right) }
        var table = Listing(columns: columns)
        for line in report.lines {
            let share: [Cell] = byRank ? [.rate(KPIFigures.ratio(line.figures.visitsDone, report.total.visitsDone))]
                : rankShares(line.figures)
            table.append([groupCell(line.key, report.grouping)] + figureCells(line.figures) + share)
        }
        let totalShare: [Cell] = byRank ? [.rate(KPIFigures.ratio(report.total.visitsDone, report.total.visitsDone))]
            : rankShares(report.total)
        table.append([.label(code: "total", .kpiTotal)] + figureCells(report.total) + totalShare)
        return table
    }

    static let figureColumns: [Listing.Column] = [
        .init("visits_planned", .kpiPlannedHeader, align: .right),
        .init("planned_done", .kpiPlannedDoneHeader, align: .right),
        .init("plan_adherence", .kpiAdherenceHeader, align: .right),
        .init("visits_done", .kpiDoneHeader, align: .right),
        .init("visits_target", .kpiVisitsTargetHeader, align: .right),
        .init("visits_vs_target", .kpiVisitsAgainstTargetHeader, align: .right),
        .init("proposals", .kpiProposalsHeader, align: .right),
        .init("deals_created", .kpiDealsHeader, align: .right),
        .init("conversion", .kpiConversionHeader, align: .right),
        .init("won", .kpiWonHeader, align: .right),
        .init("lost", .kpiLostHeader, align: .right),
        .init("win_rate", .kpiWinRateHeader, align: .right),
        .init("sales_yen", .kpiSalesHeader, align: .right),
        .init("target_yen", .kpiTargetHeader, align: .right),
        .init("sales_vs_target", .kpiAgainstTargetHeader, align: .right),
        .init("with_purpose", .kpiPurposeHeader, align: .right),
        .init("with_next_action", .kpiNextActionHeader, align: .right),
    ]

    static func figureCells(_ figures: KPIFigures) -> [Cell] {
        [
            .integer(figures.visitsPlanned), .integer(figures.plannedDone), .rate(figures.planAdherence),
            .integer(figures.visitsDone), figures.targetVisits.map(Cell.integer) ?? .null,
            .rate(figures.visitsAgainstTarget), .integer(figures.proposals),
            .integer(figures.dealsCreated), .rate(figures.conversion), .integer(figures.dealsWon), .integer(figures.dealsLost),
            .rate(figures.winRate), .yen(figures.salesYen), figures.targetSalesYen.map(Cell.yen) ?? .null,
            .rate(figures.salesAgainstTarget), .rate(figures.purposeShare), .rate(figures.nextActionShare),
        ]
    }

    private static func rankShares(_ figures: KPIFigures) -> [Cell] {
        Rank.allCases.map { .rate(figures.visitShare($0)) }
    }

    private static func groupHeader(_ grouping: KPIReport.Grouping) -> Message {
        switch grouping {
        case .rep: .kpiRepHeader
        case .team: .kpiTeamHeader
        case .rank: .kpiRankHeader
        }
    }

    private static func groupCell(_ key: String?, _ grouping: KPIReport.Grouping) -> Cell {
        guard let key else { return .label(code: "", grouping == .rank ? .kpiNoRank : grouping == .team ? .kpiNoTeam : .kpiNoRep) }
        if grouping == .rank, let rank = Rank(rawValue: key) { return .label(code: key, rank.label) }
        return .text(key)
    }
}
