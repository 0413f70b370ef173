import Foundation
import RoundsDomain
import Testing
@testable import RoundsShell

@Suite struct ScriptExpansionTests {
    @Test func echoJoinsWordsWithOneSpace() throws {
        let harness = try ScriptHarness()
        #expect(try harness.output("echo  a   b 'c  d'\necho -n x; echo -n; echo y\necho") == "a b c  d\nxy\n\n")
    }

    @Test func quotingAndJapaneseWords() throws {
        let harness = try ScriptHarness()
        let output = try harness.output("""
            args --name="山田 商店" '顧客 A' 東京都千代田区 "" 山田　商店 C#1 # コメント
            args "say \\"hi\\"" 'it\\'s' a\\ b
            """)
        #expect(output == "[--name=山田 商店][顧客 A][東京都千代田区][][山田　商店][C#1]\n[say \"hi\"][it's][a b]\n")
    }

    @Test func continuationAndSemicolons() throws {
        let harness = try ScriptHarness()
        #expect(try harness.output("args a \\\n  b \\\n  c; args d;args e\n\n\n") == "[a][b][c]\n[d]\n[e]\n")
    }

    @Test func variablesAreSetJoinedAndNeverSplit() throws {
        let harness = try ScriptHarness()
        let output = try harness.output("""
            set SHOP 山田   商店
            set EMPTY
            args $SHOP "${SHOP}" x${SHOP}y $EMPTY "$EMPTY"
            echo "$SHOP様" $SHOP様
            set SHOP 丸栄; echo $SHOP
            """)
        #expect(output == "[山田 商店][山田 商店][x山田 商店y][]\n山田 商店様 山田 商店様\n丸栄\n")
    }

    @Test func environmentVariablesAreTheFallback() throws {
        let harness = try ScriptHarness()
        let home = try #require(ProcessInfo.processInfo.environment["HOME"])
        #expect(try harness.output("echo $HOME\nset HOME /elsewhere; echo $HOME") == "\(home)\n/elsewhere\n")
    }

    @Test func positionalArguments() throws {
        let harness = try ScriptHarness()
        let arguments = ["a b", "c", "3", "4", "5", "6", "7", "8", "9", "ten"]
        let output = try harness.output("""
            args $1 ${2} $3x $12 ${10} $#
            args $11 "${11}" $0
            """, arguments: arguments)
        #expect(output == "[a b][c][3x][a b2][ten][10]\n[a b1][][test.rounds]\n")
    }

    @Test func allArgumentsAreSeparateWordsEvenQuoted() throws {
        let harness = try ScriptHarness()
        let script = "args $@\nargs \"$@\"\nargs x\"$@\"y\nargs \"$@\" end"
        #expect(try harness.output(script, arguments: ["a b", "", "c"]) == "[a b][][c]\n[a b][][c]\n[xa b][][cy]\n[a b][][c][end]\n")
        #expect(try harness.output(script, arguments: []) == "\n\n[xy]\n[end]\n")
    }

    @Test func statusOfTheLastCommand() throws {
        let harness = try ScriptHarness()
        let output = try harness.output("echo $?\nset on-error continue\nfail --usage x\necho $?\nfail; echo \"$?\"\nok; echo ${?}")
        #expect(output == "0\n2\n1\n0\n")
    }

    @Test func substitutionSplitsUnquotedAndStaysOneWordQuoted() throws {
        let harness = try ScriptHarness()
        let output = try harness.output("""
            args $(lines a "b c" 'd　e')
            args "$(lines a "b c")"
            args x$(echo " a  b ")y
            args $(echo -n) "$(echo -n)" $(echo; echo)
            """)
        #expect(output == "[a][b][c][d　e]\n[a\nb c]\n[x][a][b][y]\n[]\n")
    }

    @Test func substitutionsNest() throws {
        let harness = try ScriptHarness()
        let output = try harness.output("""
            set X inner
            echo $(echo $(echo $X) "$(echo mid  dle)") outer
            args "$(args "$(echo a b)")"
            """)
        #expect(output == "inner mid dle outer\n[[a b]]\n")
    }

    @Test func substitutionSeesAndSetsTheSameVariables() throws {
        let harness = try ScriptHarness()
        #expect(try harness.output("set A 1\necho $(set A 2; echo $A) $A") == "2 2\n")
    }

    @Test func forLoopsExpandTheirWords() throws {
        let harness = try ScriptHarness()
        let output = try harness.output("""
            for c in a b; echo $c; end
            for code in $(lines C001 C002) "$@"
              echo -n "$code "
            end
            echo
            set NONE; for none in $NONE; echo never; end
            echo last=$code
            """, arguments: ["x y"])
        #expect(output == "a\nb\nC001 C002 x y \nlast=x y\n")
    }

    @Test func ifRunsOnSuccessAndItsConditionPrints() throws {
        let harness = try ScriptHarness()
        let outcome = try harness.run("""
            if echo checking; echo then; else; echo else; end
            if fail gone; echo then; else echo else; end
            if not fail gone; echo negated; end
            if ok; end
            echo status $?
            """)
        #expect(outcome.output == "checking\nthen\nelse\nnegated\nstatus 0\n")
        #expect(outcome.errors == ["test.rounds:2: fail: gone", "test.rounds:3: fail: gone"])
        #expect(outcome.status == 0)
    }

    @Test func blocksNest() throws {
        let harness = try ScriptHarness()
        let output = try harness.output("""
            for rank in A B C
              if args $rank | ; end
              for n in 1 2
                if not ok; echo never
                else if fail x; echo never
                else
                  echo -n $rank$n
                end
              end
              echo
            end
            """)
        #expect(output == "[A][|]\nA1A2\n[B][|]\nB1B2\n[C][|]\nC1C2\n")
    }
}
