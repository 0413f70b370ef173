import ArgumentParser
import Foundation
import RoundsStorage
import Testing
@testable import RoundsShell

/// A small command tree declared the way plugins declare theirs.
private struct Visit: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "visit", subcommands: [Plan.self, Log.self])
    }

    struct Plan: ShellCommand {
        @Argument(help: ArgumentHelp("Customer.", valueName: "customer-code")) var customer: String
        @Option(help: ArgumentHelp("Rep.", valueName: "rep-code")) var rep: String?
        @Option(help: ArgumentHelp("File.", valueName: "file"), completion: .file()) var output: String?
        @Option(help: "Format.") var format: OutputFormat?
        @Flag(help: "Dry run.") var dryRun = false
        func run(in session: Session) {}
    }

    struct Log: ShellCommand {
        @Argument(help: "Note.") var note: String
        func run(in session: Session) {}
    }
}

private struct Ping: ShellCommand {
    func run(in session: Session) {}
}

@Suite struct CompletionTests {
    struct NoDatabase: Error {}

    let registry: CommandRegistry
    let completer: Completer

    init() throws {
        registry = try CommandRegistry(plugins: [
            Plugin(name: "Test", version: "1", commands: [Visit.self, Ping.self], valueSources: [
                "customer-code": { _, prefix in ["C0001", "C0002", "D0001"].filter { $0.hasPrefix(prefix) } },
                "rep-code": { _, prefix in ["R01", "R02"].filter { $0.hasPrefix(prefix) } },
            ]),
        ])
        // Value sources get the session's store; these ignore it, but it has to open. In memory, so
        // the tests leave no files behind.
        completer = Completer(registry: registry, store: { try SQLStore(path: ":memory:") })
    }

    @Test func firstWordOffersCommandsAndBuiltins() {
        #expect(completer.candidates(for: "") == .words(["echo", "else", "end", "exit", "for", "if", "ping", "set",
                                                          "source", "unset", "visit"]))
        #expect(completer.candidates(for: "v") == .words(["visit"]))
        #expect(completer.candidates(for: "e") == .words(["echo", "else", "end", "exit"]))
        #expect(completer.candidates(for: "if not pi") == .words(["ping"]))
    }

    @Test func eachCommandOfALineStartsAfresh() {
        #expect(completer.candidates(for: "ping; vi") == .words(["visit"]))
        #expect(completer.candidates(for: "ping\nvisit p") == .words(["plan"]))
        #expect(completer.candidates(for: "visit \\\nplan --r") == .words(["--rep"]))
    }

    @Test func groupOffersItsSubcommands() {
        #expect(completer.candidates(for: "visit ") == .words(["log", "plan"]))
        #expect(completer.candidates(for: "visit p") == .words(["plan"]))
    }

    @Test func dashOffersLongOptions() {
        #expect(completer.candidates(for: "visit plan --") == .words(["--dry-run", "--format", "--help", "--output", "--rep"]))
        #expect(completer.candidates(for: "visit plan C0001 --r") == .words(["--rep"]))
        #expect(completer.candidates(for: "visit -") == .words(["--help"]))
    }

    @Test func valuesComeFromTheValueSourceOfTheValueName() {
        #expect(completer.candidates(for: "visit plan C") == .words(["C0001", "C0002"]))
        #expect(completer.candidates(for: "visit plan --dry-run 'D") == .words(["D0001"]))
        #expect(completer.candidates(for: "visit plan C0001 --rep ") == .words(["R01", "R02"]))
        #expect(completer.candidates(for: "visit plan --rep R0") == .words(["R01", "R02"]))
    }

    @Test func valueSourcesNeedTheDatabase() {
        let offline = Completer(registry: registry, store: { throw NoDatabase() })
        #expect(offline.candidates(for: "visit plan C") == .none)
        #expect(offline.candidates(for: "visit p") == .words(["plan"]))
    }

    @Test func fileOptionsCompleteFileNames() {
        #expect(completer.candidates(for: "visit plan C0001 --output ") == .files)
        #expect(completer.candidates(for: "source sc") == .files)
    }

    @Test func enumeratedOptionsOfferTheirValues() {
        #expect(completer.candidates(for: "visit plan --format ") == .words(["csv", "json", "table"]))
    }

    @Test func helpCompletesCommandNames() {
        #expect(completer.candidates(for: "help vi") == .words(["visit"]))
        #expect(completer.candidates(for: "help visit ") == .words(["log", "plan"]))
    }

    @Test func unknownContextsOfferNothing() {
        #expect(completer.candidates(for: "nosuch ") == .none)
        #expect(completer.candidates(for: "visit plan C0001 extra ") == .none)
        #expect(completer.candidates(for: "visit log ") == .none)
        #expect(completer.candidates(for: "visit plan C1 --output=x ") == .none)
        #expect(completer.candidates(for: "ping ") == .none)
        #expect(completer.candidates(for: "echo ") == .none)
        #expect(completer.candidates(for: "help nosuch ") == .none)
    }

    @Test func typedLineSplitsLikeTheScriptLanguage() {
        let line = TypedLine(#"rep list; customer add "C 1" --name 山田\ 太郎 'x"#)
        #expect(line.words == ["customer", "add", "C 1", "--name", "山田 太郎"])
        #expect(line.partial == "x")
        #expect(TypedLine("customer ").partial == "")
        #expect(TypedLine("customer \"\" ").words == ["customer", ""])
    }
}
