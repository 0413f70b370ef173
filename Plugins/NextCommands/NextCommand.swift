import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `next [--rep R01] [--date 2026-12-01] [--limit 20 | --all]`: the to-do list. Every enabled
/// rule runs over every customer's facts; a customer several rules fire for appears once with
/// all the reasons, ordered by score (the sum of those rules' priorities), and the purpose of
/// its most urgent reason is the suggested action.
struct NextCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "next", abstract: Message.nextAbstract.text(), discussion: Message.nextDiscussion.text())
    }

    static let defaultLimit = 20

    @Option(help: ArgumentHelp(Message.nextRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.nextDateHelp.text(), valueName: "date")) var date: String?
    @Option(help: ArgumentHelp(Message.nextLimitHelp.text(), valueName: "n")) var limit: Int?
    @Flag(help: ArgumentHelp(Message.nextAllHelp.text())) var all = false
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        if all, limit != nil { throw ValidationError(Message.nextLimitOrAll.text()) }
        if let limit, limit < 1 { throw ValidationError(Message.nextLimitPositive.text()) }
    }

    func run(in session: Session) throws {
        let rules = try SessionRules(session)
        let run = try RuleRunning.run(rules, asOf: try asOfDay(date), rep: rep, in: session) { book, facts in book.run(facts) }
        var table = Listing(columns: [
            .init("code", .nextCodeHeader), .init("name", .nextNameHeader), .init("rep", .nextRepHeader),
            .init("score", .nextScoreHeader, align: .right), .init("reasons", .nextReasonsHeader),
            .init("action", .nextActionHeader), .init("rules", .nextRulesHeader),
        ])
        let shown = all ? run.toDos[...] : run.toDos.prefix(limit ?? Self.defaultLimit)
        for toDo in shown {
            table.append([.text(toDo.facts.code), .text(toDo.facts.name), .optional(toDo.facts.rep), .integer(toDo.score),
                          .text(toDo.reasons.map(\.text).joined(separator: "; ")), .optional(toDo.purpose),
                          .text(toDo.reasons.map(\.rule).joined(separator: ","))])
        }
        try session.emit(table, listing)
    }
}
