import RoundsDomain
import RoundsExchange
import Testing

/// `company:` in rounds.yaml: the month the fiscal year starts in.
@Suite struct CompanyConfigTests {
    @Test func theFiscalYearStartsInAprilUnlessTheFileSaysSo() throws {
        #expect(try ConfigFile.parse(yaml: "visits:\n  plan_requires: [purpose]\n", file: "rounds.yaml").fiscalYearStart == 4)
        let rules = try ConfigFile.parse(yaml: "company:\n  fiscal_year_start: 10\n", file: "rounds.yaml")
        #expect(rules.fiscalYearStart == 10)
        #expect(try KPIPeriod(parsing: "FY2026", fiscalYearStart: rules.fiscalYearStart).first.description == "2026-10-01")
    }

    @Test(arguments: [
        ("company:\n  fiscal_year_start: 13\n", "rounds.yaml:2: invalid fiscal_year_start '13': give a month from 1 to 12"),
        ("company:\n  fiscal_year_start: april\n", "rounds.yaml:2: invalid fiscal_year_start 'april': give a whole number"),
    ])
    func mistakesNameTheLine(yaml: String, expected: String) {
        #expect(throws: ExchangeProblem.self) { try ConfigFile.parse(yaml: yaml, file: "rounds.yaml") }
        do {
            _ = try ConfigFile.parse(yaml: yaml, file: "rounds.yaml")
        } catch {
            #expect(error.text(in: .en) == expected)
        }
    }

    @Test func anUnknownCompanyKeyIsAMistake() {
        do {
            _ = try ConfigFile.parse(yaml: "company:\n  fiscal_start: 4\n", file: "rounds.yaml")
            Issue.record("accepted an unknown key")
        } catch {
            #expect(error.text(in: .en).hasPrefix("rounds.yaml:2: unknown key 'fiscal_start'"))
        }
    }
}
