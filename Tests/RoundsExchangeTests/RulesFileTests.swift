import Foundation
import RoundsDomain
import RoundsExchange
import Testing

/// The rules file: built-ins changed by name, the company's own rules, mistakes at their line.
@Suite struct RulesFileTests {
    @Test func changesAndNewRules() throws {
        let yaml = """
            rules:
              - {name: high-potential, enabled: false}
              - name: sales-drop
                when: trend_percent <= -50
              - name: big-quiet
                when: sales_12m >= 1000万 and days_since_order > 30
                message: {en: "no order for {days_since_order} days", ja: "{days_since_order} 日受注なし"}
                priority: 85
                purpose: 受注状況の確認
            """
        let book = try RulesFile.parse(yaml: yaml, file: "rounds-rules.yaml")
        #expect(book.rules.map(\.name) == Rule.builtIn.map(\.name) + ["big-quiet"])
        #expect(book.rule(named: "high-potential")?.enabled == false)
        let drop = try #require(book.rule(named: "sales-drop"))
        #expect(drop.when == "trend_percent <= -50")
        #expect(drop.priority == 80 && drop.message == Rule.builtIn[1].message, "what the entry leaves out stays built-in")
        let own = try #require(book.rule(named: "big-quiet"))
        #expect(own.priority == 85 && own.enabled && own.purpose == Message(en: "受注状況の確認", ja: "受注状況の確認"))
        #expect(own.message.ja == "{days_since_order} 日受注なし")
        #expect(book.changedRules.map(\.name) == ["sales-drop", "high-potential", "big-quiet"])
    }

    @Test func whatIsSavedReadsBackTheSame() throws {
        var book = RuleBook()
        var off = try #require(book.rule(named: "deal-stale"))
        off.enabled = false
        book.put(off)
        book.put(try Rule(name: "quiet", when: "days_since_order > 60 and name contains \"商店\"",
                          message: Message(verbatim: "no order: {days_since_order} days, 'really'"), priority: 20))
        let text = try RulesFile.text(book)
        #expect(text.contains("- name: deal-stale\n  enabled: false\n"), "\(text)")
        let again = try RulesFile.parse(yaml: text, file: "rounds-rules.yaml")
        #expect(again == book)

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try RulesFile.load(from: url, base: Rule.builtIn, facts: .facts) == RuleBook(), "no file: the built-ins")
        try RulesFile.save(book, to: url)
        #expect(try RulesFile.load(from: url, base: Rule.builtIn, facts: .facts) == book)
    }

    @Test func mistakesNameTheLine() {
        func problem(_ yaml: String) -> String? {
            do {
                _ = try RulesFile.parse(yaml: yaml, file: "rounds-rules.yaml")
                return nil
            } catch {
                return error.text(in: .en)
            }
        }
        let unknown = problem("rules:\n  - name: x\n    when: dayz_since_order > 3\n    message: m\n") ?? ""
        #expect(unknown.hasPrefix("rounds-rules.yaml:3: rule 'x': condition: column 1: unknown field 'dayz_since_order'"), "\(unknown)")
        #expect(unknown.contains("known facts: code, name"))
        #expect(problem("rules:\n  - name: x\n    when: open_deals > 0\n")?.hasPrefix("rounds-rules.yaml:2: a rule needs message:") == true)
        #expect(problem("rules:\n  - name: sales-drop\n    priority: high\n")?.hasPrefix("rounds-rules.yaml:3: invalid priority 'high'") == true)
        #expect(problem("rules:\n  - name: sales-drop\n    enabeld: false\n")?.hasPrefix("rounds-rules.yaml:3:") == true)
        #expect(problem("rules:\n  - {name: a, when: open_deals > 0, message: m}\n  - {name: a, when: open_deals > 1, message: m}\n")
                == "rounds-rules.yaml:3: rule 'a' is listed twice")
    }
}
