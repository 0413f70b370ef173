import ArgumentParser
import Foundation
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `demo create [--customers N] [--reps M] [--seed S] [--years Y] [--until DATE] [--db PATH]`.
///
/// ```
/// rounds> demo create --customers 1000 --db /tmp/demo.sqlite --until 2026-11-30
/// demo company created: 8 reps, 1000 customers in /tmp/demo.sqlite (seed 1)
/// history of 3 years up to 2026-11-30: 41,000 orders, 1,800 deals, 4,100 notes, 24,000 visits, 2,000 contacts
/// ```
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: Message.demoAbstract.text(), subcommands: [Create.self])
    }

    struct Create: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.demoCreateAbstract.text(), discussion: Message.demoCreateDiscussion.text())
        }

        // Values stay text until `run`, so a bad one is reported in Rounds' words, naming the option.
        // `.unconditional` takes `-1` as the value, so it is reported as out of range, not as an unknown option.
        @Option(parsing: .unconditional, help: ArgumentHelp(Message.demoCustomersHelp.text(), valueName: "n"))
        var customers: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(Message.demoRepsHelp.text(), valueName: "m"))
        var reps: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(Message.demoSeedHelp.text(), valueName: "seed"))
        var seed: String?
        @Option(parsing: .unconditional, help: ArgumentHelp(Message.demoYearsHelp.text(), valueName: "years"))
        var years: String?
        @Option(help: ArgumentHelp(Message.demoUntilHelp.text(), valueName: "date")) var until: String?
        @Option(help: ArgumentHelp(Message.demoDatabaseHelp.text(), valueName: "path"), completion: .file()) var db: String?

        func run(in session: Session) throws {
            let company = DemoCompany(
                customers: try Self.count(customers, option: "--customers", default: DemoCompany.defaultCustomers,
                                          range: DemoCompany.customerRange),
                reps: try Self.count(reps, option: "--reps", default: DemoCompany.defaultReps, range: DemoCompany.repRange),
                seed: try Self.seed(seed))
            let history = DemoHistory(
                seed: company.seed,
                until: try until.map { try CalendarDate(parsing: $0, field: "--until") } ?? .today(),
                years: try Self.count(years, option: "--years", default: DemoHistory.defaultYears, range: DemoHistory.yearRange))
            let store = try db.map { try session.openStore(at: $0) } ?? session.store()
            // A demo mixed into real data could not be told apart from it: only an empty database will do.
            guard try store.reps().isEmpty, try store.customerCodes(prefix: "", limit: 1).isEmpty else {
                throw RoundsError(.duplicate, .demoTargetNotEmpty(store.location))
            }
            let generated = try company.generate { done in
                try session.cancellation.check()
                session.progress(.demoGenerating, done: done, total: company.customerCount)
            }
            var totals = HistoryCounts()
            // Each piece is made as the store reads it; only its counts are kept.
            let parts = history.parts(of: generated) { done in
                session.progress(.demoHistory, done: done, total: generated.customers.count)
            }.lazy.map { part in
                totals.add(part)
                return part
            }
            try store.addCompany(reps: generated.reps, customers: generated.customers, history: parts,
                                 author: session.settings.user) { step in
                // Ctrl-C stops the load here and rolls it back, whichever store `--db` chose.
                try session.cancellation.check()
                switch step {
                case .customers(let done): session.progress(.demoWriting, done: done, total: generated.customers.count)
                case .historyRows: break // the pieces' making shows the history's progress
                case .searchIndex(let done): session.progress(.demoIndexing, done: done, total: totals.searchable)
                }
            }
            if history.years > 0 { try DemoTargets.set(in: store, until: history.until, author: session.settings.user) }
            session.out.line(Message.demoCreated(reps: generated.reps.count, customers: generated.customers.count,
                                                 location: store.location, seed: company.seed).text())
            if history.years > 0 {
                session.out.line(Message.demoHistoryCreated(years: history.years, until: history.until, totals).text())
            }
        }

        private static func count(_ text: String?, option: String, default value: Int, range: ClosedRange<Int>) throws(RoundsError) -> Int {
            guard let text else { return value }
            guard let count = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(count) else {
                throw RoundsError(.invalidValue, .invalidField(option, text, .demoCountRange(range)))
            }
            return count
        }

        private static func seed(_ text: String?) throws(RoundsError) -> UInt64 {
            guard let text else { return DemoCompany.defaultSeed }
            guard let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) else {
                throw RoundsError(.invalidValue, .invalidField("--seed", text, .demoSeedFormat))
            }
            return seed
        }
    }
}
