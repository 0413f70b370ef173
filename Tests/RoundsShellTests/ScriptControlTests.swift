import Foundation
import RoundsDomain
import Testing
@testable import RoundsShell

@Suite struct ScriptErrorTests {
    @Test func aFailureStopsTheScriptWithItsStatusByDefault() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("echo a\nfail boom\necho b")
            == ScriptOutcome(status: 1, output: "a\n", errors: ["test.rounds:2: fail: boom"]))
        #expect(try harness.run("fail --usage wrong; echo b")
            == ScriptOutcome(status: 2, output: "", errors: ["test.rounds:1: fail: wrong"]))
    }

    @Test func onErrorContinueReportsGoesOnAndEndsWithTheFirstFailure() throws {
        let harness = try ScriptHarness()
        let outcome = try harness.run("set on-error continue\nfail one\necho b\nfail --usage two\necho c")
        #expect(outcome == ScriptOutcome(status: 1, output: "b\nc\n",
                                         errors: ["test.rounds:2: fail: one", "test.rounds:4: fail: two"]))
        #expect(try harness.run("echo fine").status == 0)
        harness.session.settings.onError = .stop
        #expect(try harness.run("for x in a b; fail $x; end; echo after").status == 1)
    }

    @Test func errorsNameTheLineTheCommandStartedOn() throws {
        let harness = try ScriptHarness()
        let outcome = try harness.run("echo a\n\n# note\nfail \\\n  --usage \\\n  late")
        #expect(outcome.errors == ["test.rounds:4: fail: late"])
        #expect(outcome.status == 2)
    }

    @Test func unknownCommandsAndBadOptionsAreUsageErrors() throws {
        let harness = try ScriptHarness()
        let unknown = try harness.run("fial x")
        #expect(unknown.status == 2)
        #expect(unknown.errors.count == 1)
        #expect(unknown.errors[0].hasPrefix("test.rounds:1: fial: unknown command 'fial'; did you mean 'fail'?"))
        let option = try harness.run("ok --bogus")
        #expect(option.status == 2)
        #expect(option.errors[0].hasPrefix("test.rounds:1: ok: "))
    }

    @Test func anUndefinedVariableIsAnError() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("echo start\necho \"x $ROUNDS_NO_SUCH_VARIABLE\"\necho never")
            == ScriptOutcome(status: 2, output: "start\n",
                             errors: ["test.rounds:2: echo: undefined variable 'ROUNDS_NO_SUCH_VARIABLE'"]))
        #expect(try harness.run("set A 1; unset A; for x in $A; end").errors == ["test.rounds:1: for: undefined variable 'A'"])
    }

    @Test func aFailingSubstitutionFailsItsCommandAndIsReportedOnce() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("echo a\nargs x $(ok; fail inner) y\necho b")
            == ScriptOutcome(status: 1, output: "a\n", errors: ["test.rounds:2: fail: inner"]))
        let continued = try harness.run("set on-error continue\nargs \"$(fail --usage inner; echo out)\"\necho b")
        #expect(continued == ScriptOutcome(status: 2, output: "b\n", errors: ["test.rounds:2: fail: inner"]))
    }

    @Test func syntaxErrorsRunNothing() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("echo a\nfor x in a b\n  echo $x\necho b")
            == ScriptOutcome(status: 2, output: "", errors: ["test.rounds:2: 'for' is never closed by 'end'"]))
        #expect(try harness.run("echo a\necho 'open").errors == ["test.rounds:2: missing the closing ' quote"])
        #expect(try harness.run("echo a; end").errors == ["test.rounds:1: 'end' without a 'for' or 'if' to close"])
        #expect(try harness.run("echo a\nelse").status == 2)
        #expect(try harness.run("echo a\nset 2x b").errors
            == ["test.rounds:2: invalid variable name '2x': use letters, digits and _, not starting with a digit"])
    }

    @Test func ctrlCStopsEvenUnderContinueAndInConditions() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("set on-error continue\ninterrupt\necho after")
            == ScriptOutcome(status: 130, output: "", errors: ["test.rounds:2: interrupt: cancelled"]))
        #expect(try harness.run("if interrupt; end; echo after").status == 130)
        #expect(try harness.run("echo $(interrupt) after").status == 130)
    }
}

@Suite struct ScriptBuiltinTests {
    @Test func exitEndsTheScriptWithItsStatus() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("echo a; exit 3; echo b") == ScriptOutcome(status: 3, output: "a\n", errors: []))
        #expect(try harness.run("for x in 1 2; if ok; exit $x; end; end").status == 1)
        #expect(try harness.run("set on-error continue; fail --usage x; exit").status == 2)
        #expect(try harness.run("ok; exit").status == 0)
        #expect(try harness.run("exit 0; fail").status == 0)
    }

    @Test func exitRejectsBadStatuses() throws {
        let harness = try ScriptHarness()
        for bad in ["abc", "256", "-1"] {
            #expect(try harness.run("exit \(bad)").errors[0].hasPrefix("test.rounds:1: exit: the exit status must be"))
        }
        #expect(try harness.run("exit 1 2").errors == ["test.rounds:1: exit: unexpected '2' after '1'"])
    }

    @Test func exitInsideASubstitutionEndsOnlyTheSubstitution() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("echo $(echo a; exit 0; echo b) c") == ScriptOutcome(status: 0, output: "a c\n", errors: []))
    }

    @Test func setChangesSettingsAndListsEverything() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("set format csv\nset user suzuki") == ScriptOutcome(status: 0, output: "", errors: []))
        #expect(harness.session.settings.format == .csv)
        #expect(harness.session.settings.user == "suzuki")
        let listing = try harness.output("set ZONE 港区 北\nset AREA 1\nset")
        #expect(listing.hasSuffix("on-error=stop\nuser=suzuki\nAREA=1\nZONE=港区 北\n"))
        #expect(listing.hasPrefix("format=csv\nlang="))
        let bad = try harness.run("set on-error sometimes")
        #expect(bad.status == 2)
        #expect(bad.errors[0].hasPrefix("test.rounds:1: set: "))
    }

    @Test func unsetRemovesVariablesButNotSettings() throws {
        let harness = try ScriptHarness()
        #expect(try harness.run("set A 1; unset A NEVER_SET; echo ${A}").errors == ["test.rounds:1: echo: undefined variable 'A'"])
        #expect(try harness.run("unset format").errors == ["test.rounds:1: unset: 'format' is a setting; change it with 'set format VALUE'"])
        #expect(try harness.run("unset").status == 2)
    }

    @Test func sourceRunsAFileWithItsOwnArgumentsAndTheSameVariables() throws {
        let directory = try scriptDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("common.rounds").path
        try "# shared\necho \"in $0: $# [$1] [$2]\"\nset FROM_LIBRARY $GREETING!\n".write(toFile: library, atomically: true, encoding: .utf8)
        let harness = try ScriptHarness()
        let outcome = try harness.run("set GREETING こんにちは\nsource \(library) '山田 商店'\necho $FROM_LIBRARY $1 $0", arguments: ["main"])
        #expect(outcome == ScriptOutcome(status: 0, output: "in \(library): 1 [山田 商店] []\nこんにちは! main test.rounds\n", errors: []))
    }

    @Test func errorsInASourcedFileNameThatFileAndLine() throws {
        let directory = try scriptDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("lib.rounds").path
        try "echo lib\n\nfail --usage deep\necho never".write(toFile: library, atomically: true, encoding: .utf8)
        let broken = directory.appendingPathComponent("broken.rounds").path
        try "echo never\nend".write(toFile: broken, atomically: true, encoding: .utf8)
        let harness = try ScriptHarness()
        #expect(try harness.run("echo main\nsource \(library)\necho never")
            == ScriptOutcome(status: 2, output: "main\nlib\n", errors: ["\(library):3: fail: deep"]))
        #expect(try harness.run("set on-error continue\nsource \(broken)\necho after")
            == ScriptOutcome(status: 2, output: "after\n", errors: ["\(broken):2: 'end' without a 'for' or 'if' to close"]))
        #expect(try harness.run("source /nonexistent/x.rounds")
            == ScriptOutcome(status: 1, output: "", errors: ["test.rounds:1: source: script file '/nonexistent/x.rounds' not found"]))
        #expect(try harness.run("source").errors == ["test.rounds:1: source: which file? 'source FILE [ARGS…]'"])
    }

    @Test func exitInASourcedFileEndsTheWholeScript() throws {
        let directory = try scriptDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("quit.rounds").path
        try "echo quitting; exit 4".write(toFile: library, atomically: true, encoding: .utf8)
        let harness = try ScriptHarness()
        #expect(try harness.run("source \(library); echo never") == ScriptOutcome(status: 4, output: "quitting\n", errors: []))
    }

    @Test func aFileSourcingItselfStops() throws {
        let directory = try scriptDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let loop = directory.appendingPathComponent("loop.rounds").path
        try "source \(loop)".write(toFile: loop, atomically: true, encoding: .utf8)
        let outcome = try ScriptHarness().run("source \(loop)")
        #expect(outcome.status == 2)
        #expect(outcome.errors == ["\(loop):1: source: 'source' is nested more than 64 deep; does a file source itself?"])
    }

    @Test func runFileReadsTheScriptAndNamesAMissingOne() throws {
        let directory = try scriptDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("visits.rounds").path
        try "args $0 \"$@\"\nfail done".write(toFile: script, atomically: true, encoding: .utf8)
        let harness = try ScriptHarness()
        #expect(try harness.outcome { $0.runFile(script, arguments: ["a b"]) }
            == ScriptOutcome(status: 1, output: "[\(script)][a b]\n", errors: ["\(script):2: fail: done"]))
        #expect(try harness.outcome { $0.runFile("/nonexistent/visits.rounds", arguments: []) }
            == ScriptOutcome(status: 1, output: "", errors: ["script file '/nonexistent/visits.rounds' not found"]))
    }

    @Test func runCommandTakesWordsAsTheyAre() throws {
        let harness = try ScriptHarness()
        #expect(try harness.outcome { $0.runCommand(["args", "$HOME", "a b", "", "#x"]) }
            == ScriptOutcome(status: 0, output: "[$HOME][a b][][#x]\n", errors: []))
        #expect(try harness.outcome { $0.runCommand(["fail", "gone"]) } == ScriptOutcome(status: 1, output: "", errors: ["fail: gone"]))
        #expect(try harness.outcome { $0.runCommand(["exit", "4"]) }.status == 4)
    }
}
