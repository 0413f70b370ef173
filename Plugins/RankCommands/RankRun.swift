import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsShell

/// `--as-of DATE`, shared by the commands that rank.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(Message.rankAsOfHelp.text(), valueName: "date"))
    var asOf: String?

    /// The day typed, the last day of a month typed as `2026-11` (what a monthly script passes
    /// on), else the last day of the previous month (its sales are complete).
    func day() throws -> CalendarDate {
        guard let asOf else { return RankingPeriod.defaultAsOf(today: .today()) }
        if asOf.count == 7, asOf.dropFirst(4).first == "-",
           let month = try? KPIPeriod(parsing: asOf, field: "--as-of"), month.monthCount == 1 {
            return month.last
        }
        return try JapaneseDate.parse(typed: asOf, field: "--as-of")
    }
}

/// Every customer's proposed rank as of a day, under the company's ranking rules.
///
/// ```swift
/// let run = try RankRun(asOf: try options.day(), in: session)
/// run.proposals.filter { $0.movement != .same }   // the movers
/// ```
struct RankRun {
    let period: RankingPeriod
    let proposals: [RankProposal]

    /// Refuses a period the orders do not reach: ranks from no data would demote everyone.
    init(asOf: CalendarDate, in session: Session) throws {
        let rules = session.settings.rules.ranking
        period = RankingPeriod(asOf: asOf, growthMonths: rules.growthMonths)
        let figures = try session.store().rankingFigures(period)
        guard let lastOrder = figures.lastOrder else {
            throw RoundsError(.invalidValue, .rankNoOrders(asOf.description))
        }
        let monthStart = asOf.adding(days: 1 - asOf.day)
        guard lastOrder >= monthStart else {
            throw RoundsError(.invalidValue, .rankMonthWithoutOrders(Self.month(asOf), last: lastOrder.description))
        }
        proposals = rules.propose(figures.customers)
    }

    /// `2026-10`: a day's month as months are written.
    static func month(_ day: CalendarDate) -> String {
        String(day.year, zeroPaddedTo: 4) + "-" + String(day.month, zeroPaddedTo: 2)
    }

    /// The table/CSV/JSON cell of a rank: its label shown, its code kept.
    static func cell(_ rank: Rank?) -> Cell {
        rank.map { .label(code: $0.rawValue, $0.label) } ?? .null
    }
}
