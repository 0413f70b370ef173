@testable import DemoCommands
import Foundation
import RoundsDomain
import RoundsStorage
import Testing

private let until = try! CalendarDate(parsing: "2026-11-30", field: "until")
private let made = DemoCompany(customers: 600, reps: 8, seed: 1).generate()
private let demo = DemoHistory(seed: 1, until: until, years: 3)
/// Every customer's history, in customer order: generated once for the tests that only read it.
private let histories = made.customers.indices.map { demo.make(for: made.customers[$0], index: $0 + 1, sector: made.sectors[$0]) }
private let all = histories.reduce(into: CompanyHistory()) { $0.append($1) }

private func isJapanese(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
}

/// The history with the rep who signs it left out: that follows the territories, not the customer.
private func withoutReps(_ history: CompanyHistory) -> CompanyHistory {
    var history = history
    for index in history.deals.indices {
        history.deals[index].stages = history.deals[index].stages.map { DealStageChange(from: $0.from, to: $0.to, author: "", at: $0.at) }
    }
    for index in history.notes.indices { history.notes[index].author = nil }
    return history
}

@Suite("DemoHistory")
struct DemoHistoryTests {
    @Test func sameSeedAndDayGiveTheSameHistory() {
        let again = DemoCompany(customers: 600, reps: 8, seed: 1).generate()
        let parts = Array(DemoHistory(seed: 1, until: until, years: 3).parts(of: again) { _ in })
        #expect(parts.count == 2)
        #expect(parts.reduce(into: CompanyHistory()) { $0.append($1) } == all)
        let otherSeed = DemoHistory(seed: 2, until: until, years: 3).make(for: made.customers[0], index: 1, sector: made.sectors[0])
        #expect(otherSeed != histories[0])
    }

    @Test func aCustomersHistoryDoesNotDependOnTheCompanySize() {
        let small = DemoCompany(customers: 50, reps: 3, seed: 1).generate()
        for index in small.customers.indices {
            let history = demo.make(for: small.customers[index], index: index + 1, sector: small.sectors[index])
            #expect(withoutReps(history) == withoutReps(histories[index]), "\(small.customers[index].code)")
        }
    }

    @Test func noYearsNoHistory() {
        let none = DemoHistory(seed: 1, until: until, years: 0)
        #expect(none.make(for: made.customers[0], index: 1, sector: made.sectors[0]) == CompanyHistory())
        #expect(Array(none.parts(of: made) { _ in }).isEmpty)
    }

    @Test func ordersSpanThreeYearsWithSeasonsAndRhythm() throws {
        let start = until.adding(days: -(3 * 365))
        let dates = all.orders.map(\.date)
        #expect(try #require(dates.min()) <= start.adding(days: 60))
        #expect(try #require(dates.max()) <= until)
        #expect(all.orders.count > 600 * 20)
        for order in all.orders { try order.validate() }
        #expect(all.orders.allSatisfy { $0.amountYen > 0 && $0.product != nil })
        #expect(all.orders.filter { $0.category == nil }.count < all.orders.count / 50)
        func sales(month: Int) -> Int { all.orders.filter { $0.date.month == month }.reduce(0) { $0 + $1.amountYen } }
        #expect(sales(month: 3) > sales(month: 8) * 3 / 2)
        #expect(sales(month: 12) > sales(month: 8) * 3 / 2)
        // A customer reorders every two to eight weeks, sooner in busy months.
        let active = histories.filter { $0.orders.count >= 10 }
        #expect(active.count > 400)
        for history in active {
            let days = Array(Set(history.orders.map(\.date))).sorted()
            let gap = Double(days.last!.days(since: days.first!)) / Double(days.count - 1)
            #expect((10...75).contains(gap), "\(history.orders[0].customer) \(gap)")
        }
        // Dormant customers stopped ordering months ago.
        for (customer, history) in zip(made.customers, histories) where customer.status == .dormant {
            #expect(history.orders.allSatisfy { until.days(since: $0.date) >= 100 }, "\(customer.code)")
        }
    }

    @Test func dealsMoveThroughTheFlowInOrder() throws {
        let flow = SalesFlow.standard
        let order = flow.stages.map(\.code)
        for tracked in all.deals {
            let deal = tracked.deal
            try flow.checkNew(deal)
            #expect(tracked.stages.first?.from == nil && tracked.stages.first?.to == flow.first.code)
            #expect(tracked.stages.last?.to == deal.stage)
            for (previous, next) in zip(tracked.stages, tracked.stages.dropFirst()) {
                #expect(next.from == previous.to)
                #expect(next.at > previous.at)
                #expect(order.firstIndex(of: next.to)! > order.firstIndex(of: previous.to)!)
            }
            #expect(deal.createdAt == tracked.stages.first?.at && deal.updatedAt == tracked.stages.last?.at)
            #expect(tracked.stages.allSatisfy { DemoClock.day(of: $0.at) <= until })
            if tracked.stages.contains(where: { $0.to == "proposal" }) { #expect(deal.proposal != nil && deal.expectedClose != nil) }
            if deal.stage == "won" { #expect((deal.amountYen ?? 0) > 0) }
            if deal.stage == "lost", deal.lostReason!.contains("決定") { #expect(deal.competitor != nil) }
        }
        let won = all.deals.filter { $0.deal.stage == "won" }.count, lost = all.deals.filter { $0.deal.stage == "lost" }.count
        let rate = Double(won) / Double(won + lost)
        #expect((0.3...0.5).contains(rate), "win rate \(rate)")
        #expect(all.deals.filter { flow.openCodes.contains($0.deal.stage) }.count > 60)
        #expect(all.deals.contains { $0.deal.competitor != nil })
        // A won deal is an order on the day it was won.
        for tracked in all.deals where tracked.deal.stage == "won" {
            #expect(all.orders.contains { $0.product == tracked.deal.title && $0.amountYen == tracked.deal.amountYen })
        }
    }

    @Test func notesAreJapaneseTaggedAndSignedByTheRep() throws {
        for (customer, history) in zip(made.customers, histories) {
            for note in history.notes {
                try note.validate()
                #expect(isJapanese(note.text))
                #expect(note.author == customer.rep)
                #expect(note.date <= until)
            }
            #expect(Set(history.notes.map(\.text)).count == history.notes.count)
        }
        #expect(Set(all.notes.map(\.kind)) == [.competitor, .request, .general])
        #expect(all.notes.filter { $0.kind == .competitor }.allSatisfy { $0.tags.first == "競合" && $0.tags.count == 2 })
        #expect(all.notes.contains { $0.text.contains("値上げ") && $0.tags == ["値上げ"] })
        #expect(all.notes.contains { $0.tags == ["納期"] })
        #expect(all.notes.contains { $0.tags == ["品質"] })
    }

    @Test func visitsCarryTheirIntentAndAFewArePlanned() throws {
        for visit in all.visits {
            try VisitRequirements.standard.check(visit)
            #expect(visit.informationToObtain != nil)
            switch visit.status {
            case .done:
                #expect(visit.date <= until)
                #expect(visit.report.map(isJapanese) ?? (visit.purpose == "定期訪問"))
                #expect(visit.nextActionDue != nil)
            case .planned:
                #expect(visit.date > until && visit.date <= until.adding(days: 14))
                #expect(visit.outcomes.isEmpty && visit.report == nil)
            }
            #expect(![Weekday.saturday, .sunday].contains(DemoClock.weekday(of: visit.date)))
        }
        let planned = all.visits.filter { $0.status == .planned }.count
        #expect((60...300).contains(planned), "\(planned)")
        #expect(all.visits.contains { $0.outcomes.contains(.order) })
        #expect(all.visits.contains { $0.outcomes.contains(.dealCreated) })
        // Focus customers are seen about monthly, most visits come with a report.
        let focus = zip(made.customers, histories).filter { $0.0.rank == .focus && $0.0.status == .active }.map(\.1.visits.count)
        #expect(focus.reduce(0, +) >= 30 * focus.count, "\(focus)")
        #expect(all.visits.filter { $0.report != nil }.count * 2 > all.visits.count)
    }

    @Test func oneToThreeContactsWithRolesAndAddresses() throws {
        for (customer, history) in zip(made.customers, histories) {
            #expect((1...3).contains(history.contacts.count))
            for contact in history.contacts {
                try contact.validate()
                #expect(contact.role != nil && contact.phone != nil)
                #expect(contact.name.contains(" "))
            }
            #expect(history.contacts.first?.phone == customer.phone)
            #expect(Set(history.contacts.map(\.role)).count == history.contacts.count)
        }
        #expect(all.contacts.contains { $0.email?.hasSuffix(".example.co.jp") == true })
    }

    @Test func romajiFollowsHepburn() {
        #expect(DemoRomaji.spell("カマタセイキ") == "kamataseiki")
        #expect(DemoRomaji.spell("ショウワ") == "shouwa")
        #expect(DemoRomaji.spell("キョウワ") == "kyouwa")
        #expect(DemoRomaji.spell("ニッシン") == "nisshin")
        #expect(DemoRomaji.spell("ハッチョウ") == "hatchou")
    }

    @Test func clockRoundTripsAndKnowsTheWeekday() {
        #expect(DemoClock.weekday(of: until) == .monday)
        let time = DemoClock.time(until, minute: 23 * 60 + 59)
        #expect(DemoClock.day(of: time) == until)
        #expect(CalendarDate(time) == until)
    }
}
