import Foundation
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct ConfigFileTests {
    static let company = """
        # 当社の営業フロー
        sales_flow:
          - stage: hearing
            ja: ヒアリング
          - stage: survey
            en: site survey
            ja: 現地調査
            requires: expected-close
          - stage: quote
            ja: 見積
            requires: [amount, proposal]
          - {stage: won, ja: 受注, outcome: won, requires: [amount]}
          - {stage: lost, ja: 失注, outcome: lost, requires: [lost-reason]}
        visits:
          log_requires: [purpose, next-action, report]
        """

    @Test func aCompanyFlowAndStricterVisits() throws {
        let rules = try ConfigFile.parse(yaml: Self.company, file: "rounds.yaml")
        #expect(rules.salesFlow.stages.map(\.code) == ["hearing", "survey", "quote", "won", "lost"])
        #expect(rules.salesFlow.openCodes == ["hearing", "survey", "quote"])
        let survey = try rules.salesFlow.stage(parsing: "現地調査")
        #expect(survey.label == Message(en: "site survey", ja: "現地調査"))
        #expect(survey.requires == [.expectedClose])
        #expect(try rules.salesFlow.stage(parsing: "quote").requires == [.amount, .proposal])
        #expect(rules.visitRequirements.planning == VisitRequirements.standard.planning)
        #expect(rules.visitRequirements.logging == [.purpose, .nextAction, .report])
    }

    @Test func whatTheFileLeavesOutStaysStandard() throws {
        let rules = try ConfigFile.parse(yaml: "visits:\n  plan_requires: []\n", file: "rounds.yaml")
        #expect(rules.salesFlow.stages == SalesFlow.standard.stages)
        #expect(rules.visitRequirements.planning.isEmpty)
    }

    @Test func mistakesAreReportedAtTheirLine() {
        func problem(_ yaml: String) -> String? {
            #expect(throws: ExchangeProblem.self) { try ConfigFile.parse(yaml: yaml, file: "rounds.yaml") }
            do {
                _ = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml")
                return nil
            } catch {
                return error.text(in: .en)
            }
        }
        #expect(problem("sales_flow:\n  - stage: a\n    requires: [amount, colour]\n")
            == "rounds.yaml:3: invalid requires 'colour': use one of: amount, proposal, expected-close, competitor, lost-reason")
        #expect(problem("visit:\n  log_requires: [report]\n") == "rounds.yaml:1: unknown key 'visit'; did you mean 'visits'?")
        #expect(problem("sales_flow:\n  - stage: a\n  - stage: won\n    outcome: won\n")
            == "rounds.yaml:2: a sales flow needs a stage with outcome 'lost'")
        #expect(problem("sales_flow:\n  - ja: 見積\n") == "rounds.yaml:2: every stage needs 'stage:' with its code")
        #expect(problem("sales_flow:\n  - stage: a\n    outcome: maybe\n")
            == "rounds.yaml:3: invalid outcome 'maybe': use one of: open, won, lost")
        #expect(problem("sales_flow: [\n") != nil)
        #expect(problem("") == "rounds.yaml: the config file is empty")
    }

    @Test func shiftJISFilesFromNotepadAreRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-config-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(try TextEncoding.cp932.encode(Self.company)).write(to: url)
        let rules = try ConfigFile.load(from: url)
        #expect(try rules.salesFlow.stage(parsing: "現地調査").code == "survey")
    }
}
