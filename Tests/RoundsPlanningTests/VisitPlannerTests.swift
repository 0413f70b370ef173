import Foundation
import RoundsDomain
import RoundsPlanning
import RoundsRouting
import Testing

/// The planner through its public API, every plan checked here against the rules it promises:
/// open working days, windows and hours (timed again by `RouteTimetable`), visit counts and gaps.
@Suite struct VisitPlannerTests {
    static let office = try! Coordinate(latitude: 35.68, longitude: 139.70)
    static let december1 = try! CalendarDate(year: 2026, month: 12, day: 1)
    static let december31 = try! CalendarDate(year: 2026, month: 12, day: 31)

    /// `count` customers on a small grid around the office, ranks cycling focus, develop, maintain.
    static func customers(_ count: Int, rep: String = "R1") -> [Customer] {
        (0..<count).map { index in
            var customer = Customer(code: String(format: "C%03d", index), name: "顧客\(index)", rep: rep)
            customer.location = try! Coordinate(latitude: 35.68 + Double(index % 7 - 3) * 0.01,
                                                longitude: 139.70 + Double(index / 7 - 3) * 0.01)
            customer.rank = [Rank.focus, .develop, .maintain][index % 3]
            return customer
        }
    }

    static func rep(_ code: String = "R1") -> Rep {
        var rep = Rep(code: code, name: "田中")
        rep.start = office
        return rep
    }

    static func planner(options: PeriodSearch.Options = PeriodSearch.Options(iterationLimit: 400)) -> VisitPlanner {
        VisitPlanner(from: december1, to: december31, policy: .standard, calendar: WorkingCalendar(),
                     travel: TravelSettings(), options: options)
    }

    /// Everything the plan promises, checked day by day.
    static func check(_ plan: RepPlan, customers: [Customer], calendar: WorkingCalendar = WorkingCalendar(),
                      daysOff: Set<CalendarDate> = []) {
        let byCode = Dictionary(uniqueKeysWithValues: customers.map { ($0.code, $0) })
        var visits: [String: [CalendarDate]] = [:]
        for day in plan.days {
            #expect(calendar.isWorkday(day.date) && !daysOff.contains(day.date), "\(day.date) is not a working day")
            var clock = 9.0 * 3600
            for stop in day.stops {
                let customer = byCode[stop.customer]!
                #expect(!customer.closedDays.contains(day.date.weekday), "\(stop.customer) is closed on \(day.date)")
                #expect(stop.serviceStart >= clock - 1e-6)
                let windows = customer.timeWindows.map(TimeSpan.init)
                #expect(windows.isEmpty || windows.contains { $0.open <= stop.serviceStart && stop.serviceStart <= $0.close },
                        "\(stop.customer) served outside its windows on \(day.date)")
                #expect(abs(stop.departure - stop.serviceStart - Double(customer.serviceMinutes * 60)) < 1e-6)
                clock = stop.departure
                visits[stop.customer, default: []].append(day.date)
            }
            #expect(day.arrival <= 18 * 3600 + 1e-6, "\(day.date) ends after the working hours")
        }
        let dropped = Dictionary(plan.dropped.map { ($0.customer, $0.visits) }, uniquingKeysWith: +)
        for customer in customers where customer.rep == plan.rep {
            let days = (visits[customer.code] ?? []).sorted()
            let asked = VisitPolicy.standard.visitsNeeded(rank: customer.rank, own: customer.visitIntervalDays, lastVisit: nil,
                                                          from: december1, to: december31)
            #expect(days.count + (dropped[customer.code] ?? 0) == asked, "\(customer.code): \(days.count) planned, \(asked) asked")
            let gap = VisitPolicy.standard.rule(for: customer.rank).minimumGapDays
            for (first, second) in zip(days, days.dropFirst()) {
                #expect(second.days(since: first) >= gap, "\(customer.code) visited \(first) and \(second)")
            }
        }
    }

    @Test func everyVisitPlacedOnOpenDaysWithinHoursAndGaps() {
        var customers = Self.customers(40)
        customers[0].timeWindows = [try! TimeWindow(parsing: "09:00-10:30", field: "w")]
        customers[3].closedDays = [.monday, .wednesday]
        customers[4].timeWindows = [try! TimeWindow(parsing: "14:00-16:00", field: "w")]
        let plan = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers), options: PeriodSearch.Options(iterationLimit: 400))
        #expect(plan.dropped.isEmpty, "\(plan.dropped)")
        #expect(plan.visitCount == 14 * 4 + 13 * 2 + 13)
        Self.check(plan, customers: customers)
    }

    @Test func confirmedVisitsAndAppointmentsStayWhereTheyAre() throws {
        let customers = Self.customers(30)
        let day = try CalendarDate(year: 2026, month: 12, day: 10)
        let other = try CalendarDate(year: 2026, month: 12, day: 16)
        let confirmed = [Visit(customer: "C001", status: .planned, date: day),
                         Visit(customer: "C000", status: .planned, date: other, appointment: TimeOfDay(hour: 15, minute: 30))]
        let plan = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers, confirmed: confirmed),
                                          options: PeriodSearch.Options(iterationLimit: 300))
        let onDay = plan.days.first { $0.date == day }!.stops.filter { $0.customer == "C001" }
        #expect(onDay.count == 1 && onDay[0].reasons.contains(.confirmed))
        let appointment = plan.days.first { $0.date == other }!.stops.filter { $0.customer == "C000" }
        #expect(appointment.count == 1 && appointment[0].serviceStart == 15.5 * 3600)
        #expect(appointment[0].reasons == [.appointment(minutes: 930)])
        Self.check(plan, customers: customers)
    }

    @Test func daysOffAndHolidaysAreNotWorked() throws {
        let customers = Self.customers(20)
        let off: Set<CalendarDate> = [try CalendarDate(year: 2026, month: 12, day: 7), try CalendarDate(year: 2026, month: 12, day: 8)]
        let plan = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers), daysOff: off,
                                          options: PeriodSearch.Options(iterationLimit: 200))
        #expect(!plan.days.contains { off.contains($0.date) })
        #expect(!plan.days.contains { $0.date.day >= 29 }, "12/29–12/31 are the company's year-end break")
        Self.check(plan, customers: customers, daysOff: off)
    }

    @Test func impossibleCustomersAreNamedWithTheirReason() throws {
        var customers = Self.customers(12)
        customers[0].location = nil
        customers[1].closedDays = [.monday, .tuesday, .wednesday, .thursday, .friday]
        customers[2].timeWindows = [try TimeWindow(parsing: "19:00-20:00", field: "w")]
        customers[3].visitIntervalDays = 7
        let plan = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers), options: PeriodSearch.Options(iterationLimit: 100))
        let reasons = Dictionary(plan.dropped.map { ($0.customer, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["C000"] == .noLocation)
        #expect(reasons["C001"] == .noOpenDay)
        #expect(reasons["C002"] == .windowNeverFits)
        #expect(reasons["C003"] == nil, "every 7 days fits December's working days")
        var noStart = Self.rep()
        noStart.start = nil
        let none = Self.planner().planRep(RepPeriod(rep: noStart, customers: customers), options: PeriodSearch.Options(iterationLimit: 10))
        #expect(none.days.isEmpty && none.dropped.allSatisfy { $0.reason == .repHasNoStart })
    }

    @Test func aPolicyAskingMoreThanTheDaysHoldAndARepWithoutWorkdays() throws {
        let customers = Self.customers(3)
        var policy = VisitPolicy.standard
        policy.rules[.focus] = VisitPolicy.Rule(visitsPerMonth: 12, minimumGapDays: 3)
        var planner = Self.planner()
        planner.policy = policy
        let plan = planner.planRep(RepPeriod(rep: Self.rep(), customers: customers), options: PeriodSearch.Options(iterationLimit: 50))
        // December's working days 1–28 hold at most 9 visits three days apart (1, 4, 7, …, 25, 28).
        let tooMany = plan.dropped.first { $0.customer == "C000" }
        #expect(tooMany?.reason == .tooFewDays && tooMany?.visits == 3, "\(plan.dropped)")
        var allOff = Set<CalendarDate>()
        for day in 1...31 { allOff.insert(try CalendarDate(year: 2026, month: 12, day: day)) }
        let idle = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers), daysOff: allOff,
                                          options: PeriodSearch.Options(iterationLimit: 10))
        #expect(idle.days.isEmpty && idle.dropped.count == 3 && idle.dropped.allSatisfy { $0.reason == .repHasNoWorkdays })
    }

    @Test func anOverloadedRepScalesDownAndLeavesOutTheLowestPriority() {
        // 120 customers, each 90 minutes: far more than December's working hours.
        let customers = Self.customers(120).map { customer -> Customer in
            var customer = customer
            customer.serviceMinutes = 90
            return customer
        }
        let plan = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers), options: PeriodSearch.Options(iterationLimit: 200))
        #expect(plan.frequencyScale < 1)
        #expect(plan.hoursNeeded > plan.hoursAvailable)
        #expect(plan.dropped.contains { $0.reason == .noRoom || $0.reason == .frequencyScaled })
        Self.check(plan, customers: customers)
        // Focus customers keep more of their visits than maintain ones lose.
        let kept = Dictionary(grouping: plan.days.flatMap(\.stops), by: \.customer).mapValues(\.count)
        let focusShare = Double(customers.filter { $0.rank == .focus }.map { kept[$0.code] ?? 0 }.reduce(0, +)) / Double(40 * 4)
        let maintainShare = Double(customers.filter { $0.rank == .maintain }.map { kept[$0.code] ?? 0 }.reduce(0, +)) / 40
        #expect(focusShare >= maintainShare)
    }

    @Test func theSameSeedAndIterationsGiveTheSamePlan() {
        let customers = Self.customers(25)
        let first = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers), options: PeriodSearch.Options(iterationLimit: 150, seed: 4))
        let second = Self.planner().planRep(RepPeriod(rep: Self.rep(), customers: customers), options: PeriodSearch.Options(iterationLimit: 150, seed: 4))
        #expect(first == second)
    }
}
