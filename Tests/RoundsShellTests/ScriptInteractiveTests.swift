import RoundsDomain
import Testing
@testable import RoundsShell

@Suite struct ScriptInteractiveTests {
    @Test(arguments: [
        "echo 'open", "echo \"open", "echo $(lines a", "echo \"$(lines a)", "for c in a b", "for c in a\n  echo $c",
        "if ok", "if ok; for x in a; end", "if ok\nelse", "echo a \\", "echo a \\\n", "args 'a\nb", "echo 'a\\'",
    ])
    func openTextIsIncomplete(_ text: String) throws {
        #expect(try !ScriptHarness().runner.isComplete(text))
    }

    @Test(arguments: [
        "", "echo a", "echo 'a' \"b\" $(echo c)", "for c in a; end", "if ok; else; end", "echo a \\\nb", "echo 'a\\\\'",
        "echo a # it's \\", "end", "echo $(if ok)", "echo ${A", "C#1 x",
    ])
    func completeTextOrARealSyntaxErrorIsComplete(_ text: String) throws {
        #expect(try ScriptHarness().runner.isComplete(text))
    }

    @Test func variablesPersistAcrossPromptLines() throws {
        let harness = try ScriptHarness()
        #expect(try harness.outcome { $0.runInteractive("set SHOP 山田") } == ScriptOutcome(status: nil, output: "", errors: []))
        #expect(try harness.outcome { $0.runInteractive("echo $SHOP; args $# \"$@\" $0") }
            == ScriptOutcome(status: nil, output: "山田\n[0][rounds]\n", errors: []))
        #expect(try harness.outcome { $0.runInteractive("for i in 1 2\n  set LAST $i\nend") }.status == nil)
        #expect(try harness.output("echo $LAST $SHOP") == "2 山田\n")
    }

    @Test func errorsAtThePromptHaveNoLocationAndTheShellGoesOn() throws {
        let harness = try ScriptHarness()
        #expect(try harness.outcome { $0.runInteractive("echo a; fail boom; echo skipped") }
            == ScriptOutcome(status: nil, output: "a\n", errors: ["fail: boom"]))
        #expect(try harness.outcome { $0.runInteractive("echo $NOPE_NOT_SET_ANYWHERE") }
            == ScriptOutcome(status: nil, output: "", errors: ["echo: undefined variable 'NOPE_NOT_SET_ANYWHERE'"]))
        #expect(try harness.outcome { $0.runInteractive("echo a; end") }
            == ScriptOutcome(status: nil, output: "", errors: ["'end' without a 'for' or 'if' to close"]))
        #expect(try harness.outcome { $0.runInteractive("set on-error continue; fail boom; echo goes on") }
            == ScriptOutcome(status: nil, output: "goes on\n", errors: ["fail: boom"]))
    }

    @Test func exitReturnsItsStatus() throws {
        let harness = try ScriptHarness()
        #expect(try harness.outcome { $0.runInteractive("echo bye; exit 5") } == ScriptOutcome(status: 5, output: "bye\n", errors: []))
        #expect(try harness.outcome { $0.runInteractive("set on-error continue; fail x; exit") }.status == 1)
        #expect(try harness.outcome { $0.runInteractive("ok; exit") }.status == 0)
    }
}
