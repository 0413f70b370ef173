import Foundation
import RoundsDomain
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text, field: "date")
}

/// A customer on 2026-11-30 for whom no built-in rule fires: visited a week ago, ordering
/// monthly with the next order three weeks away, sales steady, no deals or actions due.
private func quiet(_ code: String = "C1") throws -> CustomerFacts {
    var facts = CustomerFacts(code: code, name: "山田商店", rep: "R01", rank: .develop, asOf: try day("2026-11-30"))
    facts.lastVisit = try day("2026-11-23")
    facts.recentVisits = 6
    facts.visitIntervalDays = VisitPolicy.standard.intervalDays(rank: .develop, own: nil)
    facts.lastOrder = try day("2026-11-20")
    facts.orderIntervalDays = 30
    facts.salesYen = 3_600_000
    facts.recentYen = 900_000
    facts.yearEarlierYen = 1_000_000
    facts.potentialYen = 5_000_000
    return facts
}

private func fired(_ facts: CustomerFacts) -> [String] {
    RuleBook().run([facts]).toDos.first?.reasons.map(\.rule) ?? []
}

/// The built-in rules, each on a customer it should and one it should not fire for.
@Suite struct BuiltInRuleTests {
    @Test func aQuietCustomerHasNothingToDo() throws {
        #expect(fired(try quiet()) == [])
    }

    @Test func reorderDueWithinSevenDays() throws {
        var facts = try quiet()
        facts.lastOrder = try day("2026-11-05")          // every 30 days: next on 2026-12-05, 5 days away
        #expect(fired(facts) == ["reorder-due"])
        #expect(RuleBook().run([facts]).toDos[0].reasons[0].text == "reorder expected on 2026-12-05 (every 30 days)")
        facts.lastOrder = try day("2026-11-07")          // next on 2026-12-07: 7 days, still due
        #expect(fired(facts) == ["reorder-due"])
        facts.lastOrder = try day("2026-11-08")          // 8 days away
        #expect(fired(facts) == [])
        facts.orderIntervalDays = nil                     // a single order predicts nothing
        #expect(fired(facts) == [])
    }

    @Test func visitOverdueForTheRank() throws {
        var facts = try quiet()
        facts.lastVisit = try day("2026-11-10")          // 20 days; develop visits every 15
        #expect(fired(facts) == ["visit-overdue"])
        #expect(RuleBook().run([facts]).toDos[0].reasons[0].text == "no visit for 20 days (every 15 days for the rank)")
        facts.lastVisit = try day("2026-11-16")          // 14 days: due under due_at, not overdue
        #expect(fired(facts) == [])
        #expect(facts.visitDueInDays! <= 0)
    }

    @Test func dealStaleAfterThreeWeeks() throws {
        var facts = try quiet()
        facts.openDeals = 2
        facts.lastDealActivity = try day("2026-11-09")   // 21 days
        #expect(fired(facts) == ["deal-stale"])
        facts.lastDealActivity = try day("2026-11-10")   // 20 days
        #expect(fired(facts) == [])
        facts.openDeals = 0
        facts.lastDealActivity = try day("2026-01-01")
        #expect(fired(facts) == [], "no open deal, nothing stale")
    }

    @Test func salesDropOfThirtyPercent() throws {
        var facts = try quiet()
        facts.recentYen = 700_000                         // -30 %
        #expect(fired(facts) == ["sales-drop"])
        #expect(RuleBook().run([facts]).toDos[0].reasons[0].text
                == "sales of the last 3 months -30 % against a year before (¥700,000 vs ¥1,000,000)")
        facts.recentYen = 710_000                         // -29 %
        #expect(fired(facts) == [])
        facts.yearEarlierYen = 0                          // nothing to compare with
        facts.recentYen = 0
        #expect(fired(facts) == [])
    }

    @Test func nextActionDue() throws {
        var facts = try quiet()
        facts.nextActionDue = try day("2026-12-03")      // in 3 days
        #expect(fired(facts) == ["next-action-due"])
        facts.nextActionDue = try day("2026-11-01")      // overdue
        #expect(fired(facts) == ["next-action-due"])
        facts.nextActionDue = try day("2026-12-04")
        #expect(fired(facts) == [])
    }

    @Test func highPotentialUnderServed() throws {
        var facts = try quiet()
        facts.potentialYen = 20_000_000                   // ¥16.4M untapped
        facts.recentVisits = 1
        #expect(fired(facts) == ["high-potential"])
        facts.recentVisits = 2
        #expect(fired(facts) == [], "visited enough")
        facts.recentVisits = 0
        facts.potentialYen = 13_000_000                   // ¥9.4M untapped
        #expect(fired(facts) == [])
    }
}

/// The to-do list: one row per customer, ordered by score, rules switched off or failing left out.
@Suite struct RuleBookTests {
    @Test func oneRowPerCustomerWithEveryReasonOrderedByScore() throws {
        var both = try quiet("C1")
        both.lastVisit = try day("2026-11-01")            // visit-overdue 50
        both.lastOrder = try day("2026-11-05")            // reorder-due 60: 110 in all
        var drop = try quiet("C2")
        drop.recentYen = 100_000                          // sales-drop 80
        var action = try quiet("C3")
        action.nextActionDue = try day("2026-11-30")     // next-action-due 90
        var reorder = try quiet("C0")
        reorder.lastOrder = try day("2026-11-05")        // 60, tied with C4 on score and priority: by code
        var tie = try quiet("C4")
        tie.lastOrder = try day("2026-11-05")
        let run = RuleBook().run([try quiet("C9"), tie, drop, both, action, reorder])
        #expect(run.toDos.map(\.facts.code) == ["C1", "C3", "C2", "C0", "C4"])
        #expect(run.toDos[0].score == 110)
        #expect(run.toDos[0].reasons.map(\.rule) == ["reorder-due", "visit-overdue"], "most urgent reason first")
        #expect(run.toDos[0].purpose == "take the next order")
        #expect(run.skipped.isEmpty)
    }

    @Test func aDisabledRuleDoesNotFire() throws {
        var facts = try quiet()
        facts.nextActionDue = try day("2026-11-30")
        var rule = try #require(RuleBook().rule(named: "next-action-due"))
        rule.enabled = false
        var book = RuleBook()
        book.put(rule)
        #expect(book.run([facts]).toDos.isEmpty)
        #expect(book.changedRules.map(\.name) == ["next-action-due"])
    }

    @Test func aRuleFailingAtRunTimeIsSkippedAndTheOthersRun() throws {
        let catalog = FieldCatalog.facts.adding([.init("complaints", .integer, Message(verbatim: "open complaints"))])
        let complaints = try Rule(name: "complaints", when: "complaints > 0", message: Message(verbatim: "{complaints} complaints"),
                                  priority: 95, facts: catalog)
        var facts = try quiet()
        facts.nextActionDue = try day("2026-11-30")       // the plugin's fact was never computed
        let run = RuleBook(base: Rule.builtIn + [complaints]).run([facts])
        #expect(run.skipped.map(\.rule) == ["complaints"])
        #expect(run.skipped[0].error.message.en == "no value for 'complaints'")
        #expect(run.toDos.map { $0.reasons.map(\.rule) } == [["next-action-due"]])
        facts.extra["complaints"] = .integer(2)
        let computed = RuleBook(base: Rule.builtIn + [complaints]).run([facts])
        #expect(computed.toDos[0].reasons.map(\.text) == ["2 complaints", "next action due on 2026-11-30"])
    }

    /// A big company runs in parts on the cores; a rule failing only in the last part is still
    /// skipped for every customer, and the list is as one part would give it.
    @Test func aBigCompanyInPartsGivesTheSameList() throws {
        let catalog = FieldCatalog.facts.adding([.init("complaints", .integer, Message(verbatim: "open complaints"))])
        let complaints = try Rule(name: "complaints", when: "complaints > 0", message: Message(verbatim: "{complaints} complaints"),
                                  priority: 95, facts: catalog)
        let book = RuleBook(base: Rule.builtIn + [complaints])
        var company: [CustomerFacts] = []
        for number in 0..<RuleBook.partSize * 2 {
            var facts = try quiet(String(format: "C%06d", number))
            if number % 3 == 0 { facts.lastOrder = try day("2026-11-05") }          // reorder-due
            if number % 7 == 0 { facts.nextActionDue = try day("2026-11-30") }      // next-action-due
            facts.extra["complaints"] = .integer(number % 5 == 0 ? 1 : 0)
            company.append(facts)
        }
        let whole = book.run(company)
        #expect(whole.skipped.isEmpty)
        #expect(whole.toDos.count == (0..<company.count).filter { $0 % 3 == 0 || $0 % 7 == 0 || $0 % 5 == 0 }.count)
        #expect(whole.toDos.first?.facts.code == "C000000" && whole.toDos.first?.score == 95 + 90 + 60)
        let scores = whole.toDos.map(\.score)
        #expect(scores == scores.sorted(by: >))

        company[company.count - 1].extra = [:]       // the plugin's fact missing for the very last customer
        let failing = book.run(company)
        #expect(failing.skipped.map(\.rule) == ["complaints"])
        #expect(!failing.toDos.contains { $0.reasons.contains { $0.rule == "complaints" } }, "skipped whole, not half")
        #expect(failing.toDos.count == (0..<company.count).filter { $0 % 3 == 0 || $0 % 7 == 0 }.count)
    }
}

/// Rules written by people: mistakes name the column and list the facts.
@Suite struct RuleInputTests {
    @Test func anUnknownFactNamesItsColumnAndTheKnownFacts() throws {
        let error = #expect(throws: RoundsError.self) {
            try Rule(name: "x", when: "sales_12m > 0 and dayz_since_order > 30", message: Message(verbatim: "m"), priority: 10)
        }
        #expect(error?.code == .usage)
        let text = error?.message.en ?? ""
        #expect(text.hasPrefix("rule 'x': condition: column 19: unknown field 'dayz_since_order' (did you mean 'days_since_order'?)"), "\(text)")
        #expect(text.contains("; known facts: code, name, rep, rank, days_since_visit"), "\(text)")
    }

    @Test func aConditionThatDoesNotParseNamesItsColumn() throws {
        let error = #expect(throws: RoundsError.self) {
            try Rule(name: "x", when: "open_deals > ", message: Message(verbatim: "m"), priority: 10)
        }
        #expect(error?.message.en.hasPrefix("rule 'x': condition: column 13: expected a value after '>'") == true, "\(error?.message.en ?? "")")
        #expect(error?.message.en.contains("known facts:") == true)
    }

    @Test func anUnknownPlaceholderInTheMessage() throws {
        let error = #expect(throws: RoundsError.self) {
            try Rule(name: "x", when: "open_deals > 0", message: Message(verbatim: "{open_deals} deals, {dealz}"), priority: 10)
        }
        #expect(error?.message.en.hasPrefix("rule 'x': message: column 21: unknown fact '{dealz}'") == true, "\(error?.message.en ?? "")")
    }

    @Test func namesAndPriorities() throws {
        #expect(throws: RoundsError.self) { try Rule(name: "two words", when: "open_deals > 0", message: Message(verbatim: "m"), priority: 1) }
        #expect(throws: RoundsError.self) { try Rule(name: "x", when: "open_deals > 0", message: Message(verbatim: "m"), priority: 0) }
    }

    @Test func evaluationFollowsTheSQLFilters() throws {
        let facts = try quiet()   // no next action, no deals
        func matches(_ text: String) throws -> Bool {
            try FilterExpression(parsing: text, fields: .facts).matcher(CustomerFacts.reader)(facts)
        }
        #expect(try matches("next_action_due = null"))
        #expect(try !matches("days_to_next_action <= 3"), "no value compares false")
        #expect(try matches("not days_to_next_action <= 3"))
        #expect(try matches("rank != focus and rank in (develop, maintain)"))
        #expect(try matches("name contains 山田 and sales_12m >= 360万"))
        #expect(try matches("next_order_date = 2026-12-20"))
        #expect(try !matches("rep not in (R01)"))
    }
}
