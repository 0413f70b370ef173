import Foundation
import Testing

/// The company's config file through the real binary: found beside the database or named with
/// `--config`, obeyed by `deal` and `visit`, and refused whole when it has a mistake.
@Suite struct ConfigTests {
    static let config = """
        sales_flow:
          - {stage: hearing, ja: ヒアリング}
          - {stage: survey, en: site survey, ja: 現地調査, requires: [expected-close]}
          - {stage: quote, ja: 見積, requires: [amount]}
          - {stage: won, ja: 受注, outcome: won, requires: [amount]}
          - {stage: lost, ja: 失注, outcome: lost, requires: [lost-reason]}
        visits:
          log_requires: [purpose, next-action, report]
        """

    func company() throws -> RoundsProcess {
        let rounds = try RoundsProcess()
        let setUp = try rounds.run(["-c", "customer add C0001 --name 山田精機"])
        #expect(setUp.status == 0, "\(setUp.stderr)")
        return rounds
    }

    @Test func theFileBesideTheDatabaseSetsTheFlowAndVisitRules() throws {
        let rounds = try company()
        try rounds.write("rounds.yaml", Self.config)
        let stages = try rounds.run(["deal", "stages", "--format", "csv"])
        #expect(stages.stdout == """
            stage,name,outcome,requires
            hearing,hearing,open,
            survey,site survey,open,expected-close
            quote,quote,open,amount
            won,won,won,amount
            lost,lost,lost,lost-reason

            """, "\(stages.stderr)")
        let work = try rounds.script("""
            set on-error continue
            deal add C0001 --title 空調更新
            deal move 1 現地調査
            deal move 1 survey --expected-close 2026-12-20
            deal move 1 proposal
            visit log --customer C0001 --purpose 点検 --next-action 見積
            visit log --customer C0001 --purpose 点検 --next-action 見積 --report 異常なし
            """)
        #expect(work.stdout == """
            added deal 1 for C0001 at hearing
            deal 1: hearing → site survey
            logged visit 1 to C0001 on \(try today())

            """, "\(work.stderr)")
        let errors = work.stderr.split(separator: "\n").map(String.init)
        #expect(errors.count == 3)
        #expect(errors[0].hasSuffix("deal: stage site survey requires expected-close"), "\(errors)")
        #expect(errors[1].contains("'proposal'") && errors[1].contains("hearing, survey, quote, won, lost"), "\(errors)")
        #expect(errors[2].hasSuffix("visit: logging a visit requires report"), "\(errors)")
    }

    @Test func aNamedFileMustExistAndAMistakeStopsEverything() throws {
        let rounds = try company()
        let missing = try rounds.run(["--config", "nowhere.yaml", "deal", "stages"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("config file nowhere.yaml not found"), "\(missing.stderr)")

        let path = try rounds.write("company.yaml", "sales_flow:\n  - stage: hearing\n    requires: [budget]\n")
        let wrong = try rounds.run(["deal", "add", "C0001", "--title", "x"], environment: ["ROUNDS_CONFIG": path])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.hasSuffix("""
            company.yaml:3: invalid requires 'budget': use one of: amount, proposal, expected-close, competitor, lost-reason

            """), "\(wrong.stderr)")
        let deals = try rounds.run(["deal", "list", "--count"])
        #expect(deals.stdout == "0\n", "\(deals.stderr)")
    }

    @Test func importsKeepTheCompanyFlow() throws {
        let rounds = try company()
        try rounds.write("rounds.yaml", Self.config)
        let csv = try rounds.write("deals.csv", "customer,title,stage,expected_close\nC0001,空調更新,survey,\nC0001,冷蔵庫,survey,2026-12-20\n")
        let refused = try rounds.run(["import", "deals", csv])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("deals.csv:2: stage: stage site survey requires expected-close"), "\(refused.stderr)")
        let fixed = try rounds.write("deals.csv", "customer,title,stage,expected_close\nC0001,冷蔵庫,現地調査,2026-12-20\n")
        let imported = try rounds.run(["import", "deals", fixed])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try rounds.run(["deal", "list", "--only", "stage"]).stdout == "survey\n")
    }

    func today() throws -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
