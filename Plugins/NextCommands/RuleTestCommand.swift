import ArgumentParser
import RoundsDomain
import RoundsShell

/// `rule test NAME [--date D] [--rep R] [--limit N]`: the customers one rule fires for (even
/// a disabled one), each with the reason and the values of the facts its condition reads.
struct RuleTestCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "test", abstract: Message.ruleTestAbstract.text())
    }

    @Argument(help: ArgumentHelp(Message.ruleNameHelp.text(), valueName: "name")) var name: String
    @Option(help: ArgumentHelp(Message.nextRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.nextDateHelp.text(), valueName: "date")) var date: String?
    @Option(help: ArgumentHelp(Message.ruleTestLimitHelp.text(), valueName: "n")) var limit: Int?
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let rules = try SessionRules(session)
        var rule = try rules.rule(named: name)
        rule.enabled = true
        let run = try RuleRunning.run(rules, asOf: try asOfDay(date), rep: rep, in: session) { _, facts in
            RuleBook(base: [rule]).run(facts)
        }
        if let skipped = run.skipped.first { throw skipped.error }
        // The facts the condition reads, each once, so the table shows why the rule fired.
        var read: [String] = []
        for field in rule.condition.fieldNames where !read.contains(field) && !["code", "name", "rep"].contains(field) {
            read.append(field)
        }
        var table = Listing(columns: [.init("code", .nextCodeHeader), .init("name", .nextNameHeader), .init("rep", .nextRepHeader),
                                      .init("reason", .ruleReasonHeader)]
                            + read.map { Listing.Column($0, Message(verbatim: $0), align: .right) })
        for toDo in run.toDos.prefix(limit ?? .max) {
            let values = read.map { Self.cell(toDo.facts.value(of: $0) ?? .null, yen: rules.catalog.field(named: $0)?.type == .yen) }
            table.append([.text(toDo.facts.code), .text(toDo.facts.name), .optional(toDo.facts.rep), .text(toDo.reasons[0].text)] + values)
        }
        try session.emit(table, listing)
    }

    static func cell(_ value: FilterValue, yen: Bool) -> Cell {
        switch value {
        case .integer(let number): yen ? .yen(number) : .integer(number)
        case .real(let number): .real(number)
        case .text(let text), .date(let text): .text(text)
        case .null: .null
        }
    }
}
