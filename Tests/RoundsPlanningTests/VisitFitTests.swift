import RoundsDomain
import RoundsPlanning
import RoundsRouting
import Testing

/// The plan-level fit: closed days, ranking, a day that already visits the customer.
@Suite struct VisitFitTests {
    static func place(_ lat: Double, _ lon: Double) -> Coordinate { try! Coordinate(latitude: lat, longitude: lon) }
    static func date(_ day: Int) -> CalendarDate { try! CalendarDate(year: 2026, month: 12, day: day) }
    static func stop(_ code: String, at hour: Double) -> PlanStop {
        PlanStop(customer: code, arrival: hour * 3600, serviceStart: hour * 3600, departure: hour * 3600 + 1800,
                 driveSeconds: 600, reasons: [])
    }
    static func day(_ day: Int, _ stops: [PlanStop]) -> PlanDay {
        PlanDay(date: date(day), stops: stops, travelSeconds: 0, departure: 9 * 3600, arrival: 17 * 3600, lunchStart: nil)
    }

    static let rep: Rep = {
        var rep = Rep(code: "R1", name: "佐藤")
        rep.start = place(35.68, 139.70)
        return rep
    }()
    /// A east of the start, B north; N halfway to A.
    static let places = ["A": place(35.68, 139.72), "B": place(35.74, 139.70), "N": place(35.68, 139.71)]
    static let stops = ["A": FitStop(code: "A", serviceSeconds: 1800), "B": FitStop(code: "B", serviceSeconds: 1800)]
    static let plan = RepPlan(rep: "R1", days: [day(1, [stop("B", at: 10)]), day(2, [stop("A", at: 10)]), day(3, [])],
                              dropped: [], hoursNeeded: 0, hoursAvailable: 0, frequencyScale: 1)
    static let visit = FitStop(code: "N", serviceSeconds: 1800)

    @Test func daysThatFitComeFirstByDrivingAdded() throws {
        let fit = try #require(VisitFit(rep: Self.rep, travel: TravelSettings()))
        let days = fit.days(for: Self.visit, at: Self.places["N"]!, closedDays: [], plan: Self.plan,
                            stops: Self.stops, places: Self.places)
        // 12/2 is on the way to A (no detour), 12/1 a small detour on the way to B, 12/3 a trip of its own.
        #expect(days.map(\.date) == [Self.date(2), Self.date(1), Self.date(3)])
        #expect(abs(days[0].slot!.extraSeconds) <= 2)
        #expect(days[0].slot?.previous == nil && days[0].slot?.next == "A")
        #expect(days[0].visits == 1 && days[1].visits == 1 && days[2].visits == 0)
        #expect(days[1].slot!.extraSeconds < days[2].slot!.extraSeconds)
    }

    @Test func closedDaysComeLast() throws {
        let fit = try #require(VisitFit(rep: Self.rep, travel: TravelSettings()))
        // 2026-12-02 is a Wednesday.
        let days = fit.days(for: Self.visit, at: Self.places["N"]!, closedDays: [.wednesday], plan: Self.plan,
                            stops: Self.stops, places: Self.places)
        #expect(days.map(\.date) == [Self.date(1), Self.date(3), Self.date(2)])
        #expect(days.last?.outcome == .closed)
    }

    @Test func aDayThatAlreadyVisitsTheCustomerMovesThatVisit() throws {
        let fit = try #require(VisitFit(rep: Self.rep, travel: TravelSettings()))
        var plan = Self.plan
        plan.days[0].stops.insert(Self.stop("N", at: 9.5), at: 0)
        let days = fit.days(for: Self.visit, at: Self.places["N"]!, closedDays: [], plan: plan,
                            stops: Self.stops, places: Self.places)
        let first = try #require(days.first { $0.date == Self.date(1) })
        #expect(first.alreadyPlanned && first.visits == 2)
        #expect(abs(first.slot!.extraSeconds) <= 2)
    }

    @Test func anAppointmentKeepsItsTime() throws {
        let fit = try #require(VisitFit(rep: Self.rep, travel: TravelSettings()))
        // A is agreed for 9:10 on 12/2: N, on the way, would make it late, so it goes after A.
        var plan = Self.plan
        plan.days[1].stops[0].reasons = [.appointment(minutes: 9 * 60 + 10)]
        let days = fit.days(for: FitStop(code: "N", serviceSeconds: 3600), at: Self.places["N"]!, closedDays: [], plan: plan,
                            stops: Self.stops, places: Self.places)
        let second = try #require(days.first { $0.date == Self.date(2) })
        #expect(second.slot?.previous == "A" && second.slot?.next == nil)
        let free = fit.days(for: FitStop(code: "N", serviceSeconds: 3600), at: Self.places["N"]!, closedDays: [], plan: Self.plan,
                            stops: Self.stops, places: Self.places)
        #expect(free.first { $0.date == Self.date(2) }?.slot?.next == "A")
    }

    @Test func aRepWithoutStartCannotFit() {
        #expect(VisitFit(rep: Rep(code: "R2", name: "鈴木"), travel: TravelSettings()) == nil)
    }
}
