import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `rank apply [--as-of D] [--effective 2026-11]`: every customer gets its proposed rank from
/// the effective month on (default: the month after as-of), kept in the rank history. One
/// transaction; applying the same month again replaces that month's history.
struct RankApplyCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "apply", abstract: Message.rankApplyAbstract.text(),
                             discussion: Message.rankApplyDiscussion.text())
    }

    @OptionGroup var asOf: AsOfOption
    @Option(help: ArgumentHelp(Message.rankEffectiveHelp.text(), valueName: "YYYY-MM")) var effective: String?

    func run(in session: Session) throws {
        let day = try asOf.day()
        let month = try effective.map(Self.month(parsing:)) ?? RankRun.month(day.adding(days: 1 - day.day).adding(months: 1))
        let run = try RankRun(asOf: day, in: session)
        let ranks = run.proposals.map { RankAssignment(code: $0.figures.code, rank: $0.rank, reasons: $0.reasons) }
        let changed = try session.store().applyRanks(ranks, month: month, author: session.settings.user) { done in
            session.progress(.rankApplying, done: done, total: ranks.count)
            try session.cancellation.check()
        }
        session.out.write(Message.rankApplied(changed: changed, of: ranks.count, month: month).text() + "\n")
    }

    /// `2026-11` (or `2026-1`), checked to be a real month.
    static func month(parsing text: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
              let first = try? CalendarDate(year: year, month: month, day: 1) else {
            throw RoundsError(.usage, .invalidField("--effective", text, .rankMonthFormat))
        }
        return RankRun.month(first)
    }
}
