import Foundation
import Testing

/// Saved scripts, `-c` and stdin through the real binary: output, error locations, exit statuses.
@Suite struct ScriptTests {
    @Test func severalDashCRunInOrder() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["-c", "rep add R1 --name 田中", "-c", "rep list --format csv --only code", "-c", "nosuch"])
        #expect(result.stdout.contains("R1"), "\(result.stdout)")
        #expect(result.status != 0 && result.stderr.contains("-c:3:"), "\(result.stderr)")
    }

    @Test func scriptWithArgumentsLoopsAndSubstitution() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.script("""
            # Register reps given as arguments, then customers for each.
            set prefix C
            echo "reps: $#"
            for rep in $@
              rep add $rep --name "担当 $rep"
              customer add ${prefix}-$rep --name "顧客 $rep" --rep $rep \\
                  --rank focus
            end
            echo "customers: $(customer list --count)"
            if customer show C-R02 --format json --output shown.json
              echo "shown"
            else
              echo "missing"
            end
            """, arguments: ["R01", "R02"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            reps: 2
            added rep R01 担当 R01
            added customer C-R01 顧客 R01
            added rep R02 担当 R02
            added customer C-R02 顧客 R02
            customers: 2
            shown

            """)
        #expect(try rounds.read("shown.json").contains("\"rep\": \"R02\""))
    }

    @Test func errorStopsTheScriptWithFileLineCommandMessage() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.script("""
            rep add R01 --name 佐藤

            customer add C1 --name 山田 --lat 95 --lon 139
            echo never
            """, name: "load.rounds")
        #expect(result.status == 1)
        #expect(result.stdout == "added rep R01 佐藤\n")
        #expect(result.stderr.hasSuffix("load.rounds:3: customer: invalid latitude '95': latitude must be between -90 and 90\n"))
        #expect(try rounds.run(["customer", "list", "--count"]).stdout == "0\n")
    }

    @Test func onErrorContinueRunsOnButFails() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.script("""
            set on-error continue
            customer show NOPE
            echo after
            """)
        #expect(result.status == 1)
        #expect(result.stdout == "after\n")
        #expect(result.stderr.contains("test.rounds:2: customer: unknown customer 'NOPE'"))
    }

    @Test func commandStringAndStdin() throws {
        let rounds = try RoundsProcess()
        let command = try rounds.run(["-c", "rep add R01 --name 佐藤; rep list --only code"])
        #expect(command.status == 0)
        #expect(command.stdout == "added rep R01 佐藤\nR01\n")
        let stdin = try rounds.run([], stdin: "set format csv\nrep list\nexit 4\necho never\n")
        #expect(stdin.stdout == "code,name,name_kana,start,end,hours,lunch,team\nR01,佐藤,,,,09:00-18:00,12:00-13:00,\n")
        #expect(stdin.status == 4)
        let unknown = try rounds.run(["-c", "custmer list"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "-c:1: custmer: unknown command 'custmer'; did you mean 'customer'?\n")
    }

    @Test func syntaxErrorRunsNothing() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.script("rep add R01 --name x\nfor r in a b\necho $r\n", name: "broken.rounds")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken.rounds:2: "), "\(result.stderr)")
        #expect(try rounds.run(["rep", "list", "--count"]).stdout == "0\n")
    }

    @Test func sourceSharesVariables() throws {
        let rounds = try RoundsProcess()
        try rounds.write("lib.rounds", "set greeting \"$1 さん\"\n")
        let result = try rounds.script("source lib.rounds 佐藤\necho $greeting\n")
        #expect(result.stdout == "佐藤 さん\n", "\(result.stderr)")
    }

    /// A pipe has no size to read by: `rounds -f <(make-commands)` and `source` of a named pipe.
    @Test func aScriptFromAPipe() throws {
        let rounds = try RoundsProcess()
        let pipe = rounds.directory.appendingPathComponent("commands").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // Opening a named pipe waits for its other end: the writer runs beside `rounds`.
        let writer = Thread {
            let file = FileHandle(forWritingAtPath: pipe)
            file?.write(Data("echo \"from the pipe $1\"\n".utf8))
            try? file?.close()
        }
        writer.start()
        let result = try rounds.run(["-f", pipe, "一"])
        #expect(result.stdout == "from the pipe 一\n", "\(result.stderr)")
    }

    @Test func helpPluginsAndDatabaseCommands() throws {
        let rounds = try RoundsProcess()
        let help = try rounds.run(["help"])
        #expect(help.stdout.contains("customer"))
        #expect(help.stdout.contains("audit"))
        let listHelp = try rounds.run(["help", "customer", "list"])
        #expect(listHelp.stdout.contains("--where <expression>"))
        #expect(try rounds.run(["customer", "list", "--help"]).stdout == listHelp.stdout)
        let japanese = try rounds.run(["--lang", "ja", "help", "customer", "add"])
        #expect(japanese.stdout.contains("顧客を登録します"))
        #expect(try rounds.run(["help", "fields", "customer"]).stdout.contains("potential"))
        let plugins = try rounds.run(["plugins", "--format", "csv"])
        #expect(plugins.stdout.contains("ExampleCompany,1.0.0,audit"))
        #expect(plugins.stdout.contains("CustomerCommands,"))

        _ = try rounds.run(["rep", "add", "R01", "--name", "佐藤"])
        let info = try rounds.run(["db", "info", "--format", "json"])
        #expect(info.stdout.contains("\"rows_rep\": 1"))
        #expect(try rounds.run(["db", "check"]).status == 0)
        let backup = rounds.directory.appendingPathComponent("copy.sqlite").path
        #expect(try rounds.run(["db", "backup", backup]).status == 0)
        let again = try rounds.run(["db", "backup", backup])
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists already"))
    }

    @Test func companyPluginCommand() throws {
        let rounds = try RoundsProcess()
        _ = try rounds.run(["customer", "add", "C1", "--name", "山田", "--rank", "focus", "--potential", "50万"])
        _ = try rounds.run(["customer", "add", "C2", "--name", "丸栄", "--rank", "focus", "--potential", "500万", "--phone", "03-1",
                            "--lat", "35.6", "--lon", "139.7", "--windows", "09:00-17:00"])
        let audit = try rounds.run(["audit", "--format", "csv"])
        #expect(audit.stdout == """
            code,name,rep,problem
            C1,山田,,no phone number
            C1,山田,,no map position (lat/lon)
            C1,山田,,no visiting hours
            C1,山田,,"potential ¥500,000 is under ¥1,000,000 for a focus customer"

            """)
        let strict = try rounds.run(["audit", "--strict", "--count"])
        #expect(strict.status == 1)
        #expect(strict.stderr == "audit: audit found 4 problem(s)\n")
    }

    @Test func japaneseArgumentParserErrors() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["--lang", "ja", "customer", "list", "--bogus"])
        #expect(result.stderr == "customer: 不明なオプション '--bogus' です: 'help customer' を参照してください\n")
    }
}
