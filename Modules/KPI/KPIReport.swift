import RoundsDomain
import RoundsStorage

/// A KPI report for a period: a line per rep, team or customer rank, and their total. The store
/// sums each rep (or rank); teams are their reps added up, so no figure is read twice.
///
/// ```swift
/// let report = try KPIReport(store: store, period: try KPIPeriod(parsing: "2026-11"), by: .team,
///                            scope: KPIScope(team: "東京第一"), flow: rules.salesFlow)
/// report.lines.map(\.key)        // ["東京第一"]
/// report.total.winRate           // 0.4
/// ```
public struct KPIReport: Sendable {
    public enum Grouping: String, Sendable, CaseIterable {
        case rep, team, rank
    }

    /// One line: the rep code, team name or rank code (`nil`: no rep, no team, no rank).
    public struct Line: Sendable, Equatable {
        public var key: String?
        public var figures: KPIFigures
    }

    public let period: KPIPeriod
    public let grouping: Grouping
    public let lines: [Line]
    public let total: KPIFigures

    /// Sums the period. An unknown rep or team throws; so does a period with nothing in it at
    /// all (no visit, deal or order), which is more likely a typo than a quiet month.
    public init(store: any Store, period: KPIPeriod, by grouping: Grouping, scope: KPIScope = KPIScope(),
                flow: SalesFlow) throws {
        if grouping == .rank, scope.rep != nil || scope.team != nil { throw RoundsError(.usage, .kpiScopeNeedsReps) }
        let reps = try scope.reps(in: store)
        let rows = try store.kpiFigures(KPIQuery(period: period, by: grouping == .rank ? .rank : .rep, flow: flow))
        var lines: [Line]
        switch grouping {
        case .rank:
            lines = rows.map { Line(key: $0.key, figures: $0.figures) }
        case .rep:
            lines = rows.filter { reps.admits($0.key) }.map { Line(key: $0.key, figures: $0.figures) }
        case .team:
            var teams: [String?: KPIFigures] = [:]
            for row in rows where reps.admits(row.key) {
                teams[row.key.flatMap { reps.team[$0] ?? nil }, default: KPIFigures()] += row.figures
            }
            lines = teams.keys.sorted { ($0 ?? "\u{10FFFF}") < ($1 ?? "\u{10FFFF}") }.map { Line(key: $0, figures: teams[$0]!) }
        }
        self.period = period
        self.grouping = grouping
        self.lines = lines
        total = lines.reduce(KPIFigures()) { $0 + $1.figures }
        guard !total.isEmpty else { throw RoundsError(.notFound, .kpiNoData(period.description)) }
    }

    /// The totals of each month, oldest first: `months` months ending with `last`'s month.
    ///
    /// ```swift
    /// let trend = try KPIReport.trend(store: store, months: 12, through: .today(), scope: KPIScope(), flow: .standard)
    /// Sparkline.render(trend.map(\.figures.salesYen))
    /// ```
    public static func trend(store: any Store, months: Int, endingWith last: KPIPeriod, scope: KPIScope,
                             flow: SalesFlow) throws -> [(period: KPIPeriod, figures: KPIFigures)] {
        let reps = try scope.reps(in: store)
        return try (0..<months).reversed().map { back in
            let month = KPIPeriod(monthOf: last.first.adding(months: -back))
            let rows = try store.kpiFigures(KPIQuery(period: month, by: .rep, flow: flow))
            return (month, rows.filter { reps.admits($0.key) }.reduce(KPIFigures()) { $0 + $1.figures })
        }
    }
}

/// Whose figures a report keeps: everyone's, one rep's or one team's.
public struct KPIScope: Sendable {
    public var rep: String?
    public var team: String?

    public init(rep: String? = nil, team: String? = nil) {
        self.rep = rep
        self.team = team
    }

    /// The reps in scope with their teams; throws for a rep or team nobody has.
    func reps(in store: any Store) throws -> RepsInScope {
        let all = try store.reps()
        let team = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0.team) })
        if let rep {
            guard team[rep] != nil else { throw RoundsError(.notFound, .kpiUnknownRep(rep)) }
            return RepsInScope(codes: [rep], team: team)
        }
        if let name = self.team {
            let members = Set(all.filter { $0.team == name }.map(\.code))
            guard !members.isEmpty else {
                throw RoundsError(.notFound, .kpiUnknownTeam(name, Set(all.compactMap(\.team)).sorted()))
            }
            return RepsInScope(codes: members, team: team)
        }
        return RepsInScope(codes: nil, team: team)
    }
}

/// The reps a report keeps (`nil`: all, with the rows that have no rep) and every rep's team.
struct RepsInScope {
    let codes: Set<String>?
    let team: [String: String?]

    func admits(_ rep: String?) -> Bool {
        guard let codes else { return true }
        return rep.map(codes.contains) ?? false
    }
}

extension KPIFigures {
    static func += (lhs: inout KPIFigures, rhs: KPIFigures) { lhs = lhs + rhs }
}

extension Message {
    static func kpiNoData(_ period: String) -> Message {
        Message(en: "no visits, deals or orders in \(period): check the period (kpi --period 2026-11)",
                ja: "\(period) の訪問・商談・受注はありません。期間を確認してください（kpi --period 2026-11）")
    }

    static func kpiUnknownRep(_ code: String) -> Message {
        Message(en: "unknown rep '\(code)'", ja: "担当者 '\(code)' は登録されていません")
    }

    static func kpiUnknownTeam(_ name: String, _ teams: [String]) -> Message {
        let known = teams.isEmpty ? "no rep has a team yet (rep edit R01 --team NAME)" : "teams: " + teams.joined(separator: ", ")
        let knownJa = teams.isEmpty ? "チームのある担当者がいません（rep edit R01 --team 名前）" : "チーム: " + teams.joined(separator: "、")
        return Message(en: "unknown team '\(name)'; \(known)", ja: "チーム '\(name)' はありません。\(knownJa)")
    }

    static let kpiScopeNeedsReps = Message(en: "--rep and --team go with --by rep or --by team",
                                           ja: "--rep と --team は --by rep か --by team と使います")
}
