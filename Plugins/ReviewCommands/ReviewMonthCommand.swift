import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsShell

/// `review month 2026-11 --html review-2026-11.html`: the deals won with the visits and notes
/// that led to them, the proposals made and what came of them, the customers' requests, the
/// customers at risk and the rules of `next` that fire most at the month's end. Without a file the Markdown goes to standard output, so a script can pipe
/// it; a month without history is an error and writes nothing.
struct ReviewMonthCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "month", abstract: Message.reviewMonthAbstract.text(),
                             discussion: Message.reviewMonthDiscussion.text())
    }

    @Argument(help: ArgumentHelp(Message.reviewMonthHelp.text(), valueName: "month")) var month: String
    @Option(help: ArgumentHelp(Message.reviewHTMLHelp.text(), valueName: "file"), completion: .file()) var html: String?
    @Option(help: ArgumentHelp(Message.reviewMarkdownHelp.text(), valueName: "file"), completion: .file()) var markdown: String?

    func run(in session: Session) throws {
        let period = try KPIPeriod(parsing: month, fiscalYearStart: session.settings.rules.fiscalYearStart, field: "month")
        guard period.monthCount == 1 else { throw RoundsError(.usage, .invalidField("month", month, .reviewOneMonth)) }
        let now = Date()
        var builder = ReviewBuilder(store: try session.store(), rules: session.settings.rules, month: period,
                                    language: Language.current, today: .today(at: now))
        let rules = try SessionRules(session)
        builder.runRules = { asOf in try RuleRunning.run(rules, asOf: asOf, rep: nil, in: session) { book, facts in book.run(facts) } }
        let review = try builder.build(at: now)
        if html == nil, markdown == nil {
            session.out.write(MarkdownReport.render(review))
            return
        }
        let written: [String]
        do {
            written = try review.write(html: html, markdown: markdown)
        } catch {
            throw error.roundsError
        }
        for file in written {
            session.out.line(Message.reviewWritten(file).text())
        }
    }
}
