import Foundation
import RoundsDomain
import Testing

@Suite struct CalendarDateTests {
    let today = try! CalendarDate(year: 2026, month: 3, day: 1)

    func date(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text, field: "date", today: today)
    }

    @Test func parsesWhatUsersType() throws {
        #expect(try date("2026-11-29").description == "2026-11-29")
        #expect(try date("2026/1/5").description == "2026-01-05")
        #expect(try date("2026年1月5日").description == "2026-01-05")
        #expect(try date("２０２６−１１−２９".replacingOccurrences(of: "−", with: "-")).description == "2026-11-29")
        #expect(try date("today") == today)
        #expect(try date("Yesterday").description == "2026-02-28")
        #expect(try date("tomorrow").description == "2026-03-02")
        #expect(try date("today-7").description == "2026-02-22")
        #expect(try date("today+31").description == "2026-04-01")
        #expect(try date("昨日").description == "2026-02-28")
    }

    @Test func rejectsWhatIsNoDay() throws {
        let wrongDay = #expect(throws: RoundsError.self) { try date("2026-02-29") }
        #expect(wrongDay?.message.en == "invalid date '2026-02-29': there is no such day")
        #expect(try date("2028-02-29").description == "2028-02-29")
        let format = #expect(throws: RoundsError.self) { try CalendarDate(parsing: "29.11.2026", field: "due") }
        #expect(format?.message.en.hasPrefix("invalid due '29.11.2026': use YYYY-MM-DD") == true)
        for text in ["", "2026-13-01", "2026-00-10", "26-11-29", "today-", "today+x", "2026-11-29T10:00", "0000-01-01"] {
            #expect(throws: RoundsError.self, "\(text)") { try date(text) }
        }
    }

    @Test func ordersArithmeticAndCoding() throws {
        let end = try date("2026-12-31")
        #expect(end.adding(days: 1).description == "2027-01-01")
        #expect(end.adding(days: -365).description == "2025-12-31")
        #expect(try date("2026-11-29") < end)
        #expect(try [date("2026-12-01"), date("2026-01-31"), date("2025-12-31")].sorted().map(\.description)
                == ["2025-12-31", "2026-01-31", "2026-12-01"])
        let json = try JSONEncoder().encode([end])
        #expect(String(decoding: json, as: UTF8.self) == "[\"2026-12-31\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: json) == [end])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDate].self, from: Data("[\"2026-02-30\"]".utf8)) }
    }

    @Test func dayOfAnInstantIsTheCompanyDay() throws {
        // 2026-11-29 23:30 UTC is already the 30th in Tokyo.
        let instant = Date(timeIntervalSince1970: 1_795_995_000)
        var tokyo = Calendar(identifier: .gregorian)
        tokyo.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        var utc = tokyo
        utc.timeZone = TimeZone(identifier: "UTC")!
        #expect(CalendarDate(instant, calendar: tokyo).description == "2026-11-30")
        #expect(CalendarDate(instant, calendar: utc).description == "2026-11-29")
        // `today` works it out from the zone's offset alone; it must agree with the calendar.
        #expect(CalendarDate.today(at: instant) == CalendarDate(instant, calendar: .company))
        #expect(CalendarDate.today(at: Date(timeIntervalSince1970: -1)) == CalendarDate(Date(timeIntervalSince1970: -1),
                                                                                        calendar: .company))
    }

    @Test func descriptionPadsEveryPart() throws {
        #expect(try CalendarDate(year: 987, month: 1, day: 5).description == "0987-01-05")
        #expect(String(12_345, zeroPaddedTo: 2) == "12345")
    }
}

@Suite struct SalesFlowTests {
    let flow = SalesFlow.standard

    @Test func stagesByCodeOrJapaneseName() throws {
        #expect(flow.first.code == "hearing")
        #expect(try flow.stage(parsing: "Quote").code == "quote")
        #expect(try flow.stage(parsing: "失注").code == "lost")
        #expect(flow.openCodes == ["hearing", "proposal", "quote"])
        let error = #expect(throws: RoundsError.self) { try flow.stage(parsing: "closing") }
        #expect(error?.message.en == "invalid stage 'closing': use one of: hearing, proposal, quote, won, lost")
    }

    @Test func enteringAStageNeedsItsFields() throws {
        var deal = Deal(id: 7, customer: "C1", title: "冷蔵ケース更新", stage: "hearing")
        let proposal = try flow.stage(parsing: "proposal")
        let missing = #expect(throws: RoundsError.self) { try flow.move(&deal, to: proposal) }
        #expect(missing?.message.en == "stage proposal requires proposal")
        #expect(missing?.message.ja == "ステージ「提案」には proposal が必要です")
        #expect(deal.stage == "hearing")

        // Skipping ahead asks for everything the later stage needs, each missing field named.
        let quote = try flow.stage(parsing: "quote")
        let both = #expect(throws: RoundsError.self) { try flow.move(&deal, to: quote) }
        #expect(both?.message.en == "stage quote requires proposal, amount")

        deal.proposal = "省エネ機種への更新"
        try flow.move(&deal, to: proposal)
        #expect(deal.stage == "proposal")
        deal.proposal = "  "
        #expect(throws: RoundsError.self) { try flow.move(&deal, to: quote) }
        deal.proposal = "省エネ機種への更新"
        deal.amountYen = 1_200_000
        try flow.move(&deal, to: quote)
        try flow.move(&deal, to: flow.stage(parsing: "hearing"))
        #expect(deal.stage == "hearing")
    }

    @Test func closedDealsStayClosed() throws {
        var deal = Deal(id: 3, customer: "C1", title: "x", amountYen: 10, stage: "quote", proposal: "p")
        let again = #expect(throws: RoundsError.self) { try flow.move(&deal, to: flow.stage(parsing: "quote")) }
        #expect(again?.message.en == "deal 3 is at quote already")
        try flow.move(&deal, to: flow.stage(parsing: "won"))
        let closed = #expect(throws: RoundsError.self) { try flow.move(&deal, to: flow.stage(parsing: "lost")) }
        #expect(closed?.message.en == "deal 3 is closed (won) and cannot move")
        var lost = Deal(customer: "C1", title: "x", stage: "hearing")
        #expect(throws: RoundsError.self) { try flow.move(&lost, to: flow.stage(parsing: "lost")) }
        lost.lostReason = "価格"
        try flow.move(&lost, to: flow.stage(parsing: "lost"))
    }

    @Test func newDealsAreChecked() throws {
        try flow.checkNew(Deal(customer: "C1", title: "x", stage: "hearing"))
        #expect(throws: RoundsError.self) { try flow.checkNew(Deal(customer: "C1", title: " ", stage: "hearing")) }
        #expect(throws: RoundsError.self) { try flow.checkNew(Deal(customer: "C1", title: "x", stage: "quote")) }
        #expect(throws: RoundsError.self) { try flow.checkNew(Deal(customer: "C1", title: "x", stage: "nope")) }
        #expect(throws: RoundsError.self) { try flow.checkNew(Deal(customer: "C1", title: "x", amountYen: -1, stage: "hearing")) }
    }

    @Test func companiesDefineTheirOwnFlow() throws {
        let custom = try SalesFlow(stages: [
            DealStage(code: "lead", label: Message(en: "lead", ja: "見込み"), outcome: .open),
            DealStage(code: "trial", label: Message(en: "trial", ja: "試用"), outcome: .open,
                      requires: [.competitor, .expectedClose]),
            DealStage(code: "signed", label: Message(en: "signed", ja: "成約"), outcome: .won),
            DealStage(code: "dropped", label: Message(en: "dropped", ja: "見送り"), outcome: .lost),
        ])
        var deal = Deal(customer: "C1", title: "x", stage: custom.first.code)
        let error = #expect(throws: RoundsError.self) { try custom.move(&deal, to: custom.stage(parsing: "試用")) }
        #expect(error?.message.en == "stage trial requires competitor, expected-close")
        #expect(throws: RoundsError.self) {
            try SalesFlow(stages: [DealStage(code: "won", label: Message(verbatim: "won"), outcome: .won)])
        }
        #expect(throws: RoundsError.self) {
            try SalesFlow(stages: [DealStage(code: "a", label: Message(verbatim: "a"), outcome: .open),
                                   DealStage(code: "a", label: Message(verbatim: "b"), outcome: .open)])
        }
        let noLoss = #expect(throws: RoundsError.self) {
            try SalesFlow(stages: [DealStage(code: "a", label: Message(verbatim: "a"), outcome: .open),
                                   DealStage(code: "won", label: Message(verbatim: "won"), outcome: .won)])
        }
        #expect(noLoss?.message.en == "a sales flow needs a stage with outcome 'lost'")
    }
}

@Suite struct HistoryValueTests {
    let day = try! CalendarDate(year: 2026, month: 11, day: 29)

    @Test func visitRequirementsNameEveryMissingField() throws {
        var visit = Visit(customer: "C1", status: .planned, date: day)
        let plan = #expect(throws: RoundsError.self) { try VisitRequirements.standard.check(visit) }
        #expect(plan?.message.en == "planning a visit requires purpose")
        visit.purpose = "発注量の確認"
        try VisitRequirements.standard.check(visit)

        visit.status = .done
        let log = #expect(throws: RoundsError.self) { try VisitRequirements.standard.check(visit) }
        #expect(log?.message.en == "logging a visit requires next-action")
        #expect(log?.message.ja == "訪問の記録には next-action が必要です")
        visit.nextAction = "見積送付"
        try VisitRequirements.standard.check(visit)

        let strict = VisitRequirements(planning: [.purpose, .obtain], logging: [.purpose, .nextAction, .outcome, .report])
        let both = #expect(throws: RoundsError.self) { try strict.check(visit) }
        #expect(both?.message.en == "logging a visit requires outcome, report")
    }

    @Test func visitRules() throws {
        let planned = Visit(customer: "C1", status: .planned, date: day, purpose: "p", outcomes: [.order])
        let outcome = #expect(throws: RoundsError.self) { try planned.validate() }
        #expect(outcome?.message.en == "invalid outcome 'order': only a done visit has outcomes")
        let early = Visit(customer: "C1", status: .done, date: day, nextActionDue: day.adding(days: -1))
        #expect(throws: RoundsError.self) { try early.validate() }
        #expect(try VisitOutcome.list(parsing: "order, 提案実施,order") == [.proposal, .order])
        #expect(throws: RoundsError.self) { try VisitOutcome.list(parsing: "won") }
        #expect(try VisitStatus(parsing: "実施") == .done)
    }

    @Test func notesOrdersAndContacts() throws {
        #expect(try NoteKind(parsing: "要望") == .request)
        #expect(NoteKind.competitor.label.ja == "競合")
        #expect(throws: RoundsError.self) { try Note(customer: "C1", date: day, text: "  ").validate() }
        try Order(customer: "C1", date: day, amountYen: 0).validate()
        #expect(throws: RoundsError.self) { try Order(customer: "C1", date: day, amountYen: -5).validate() }
        #expect(throws: RoundsError.self) { try Order(customer: "C1", date: day, amountYen: 5, quantity: 0).validate() }
        try Contact(customer: "C1", name: "田中", email: "tanaka@example.jp").validate()
        for email in ["tanaka", "@example.jp", "tanaka@example", "ta naka@example.jp", "a@b@c.jp"] {
            #expect(throws: RoundsError.self, "\(email)") { try Contact(customer: "C1", name: "田中", email: email).validate() }
        }
    }
}
