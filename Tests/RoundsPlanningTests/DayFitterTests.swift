import RoundsDomain
import RoundsPlanning
import RoundsRouting
import Testing

/// Places on a line, 20 minutes of driving per unit: start and end at 0, A at 1, B at 2, and the
/// new visit at 1.5 unless a test says otherwise. A and B take an hour each.
@Suite struct DayFitterTests {
    static func matrix(new: Double = 1.5, _ route: [Double] = [1, 2]) -> TravelMatrix {
        let places = [0, 0, new] + route
        return TravelMatrix(count: places.count) { a, b in abs(places[a] - places[b]) * 1200 }
    }
    static let route = [FitStop(code: "A", serviceSeconds: 3600), FitStop(code: "B", serviceSeconds: 3600)]
    static func hours(_ open: Double, _ close: Double) -> TimeSpan { TimeSpan(open: open * 3600, close: close * 3600) }
    static let day = DayFitter(shift: hours(9, 18), lunch: nil)

    @Test func theCheapestGapWinsAndIsTimed() {
        let outcome = Self.day.fit(FitStop(code: "N", serviceSeconds: 1800), into: Self.route, matrix: Self.matrix())
        // Between A and B adds no driving: A 9:20–10:20, N at 10:30.
        #expect(outcome == .fits(FitSlot(position: 1, extraSeconds: 0, arrival: 10.5 * 3600, serviceStart: 10.5 * 3600,
                                         departure: 11 * 3600, previous: "A", next: "B")))
    }

    @Test func theCustomersWindowIsKept() {
        let visit = FitStop(code: "N", serviceSeconds: 1800, windows: [Self.hours(16, 17)])
        guard case .fits(let slot) = Self.day.fit(visit, into: Self.route, matrix: Self.matrix()) else {
            Issue.record("should fit after B")
            return
        }
        #expect(slot.serviceStart == 16 * 3600)
        #expect(slot.arrival < slot.serviceStart)
        #expect(slot.position == 2 && slot.previous == "B" && slot.next == nil)
    }

    @Test func anotherVisitsWindowIsKept() {
        // A must start by 9:20: N (near the start) cannot go first; after B adds no driving either.
        var route = Self.route
        route[0].windows = [Self.hours(9, 9 + 20.0 / 60)]
        let visit = FitStop(code: "N", serviceSeconds: 1800)
        let outcome = Self.day.fit(visit, into: route, matrix: Self.matrix(new: 0.5))
        #expect(outcome.slot?.position == 2 && outcome.slot?.previous == "B" && outcome.slot?.extraSeconds == 0)
        let free = Self.day.fit(visit, into: Self.route, matrix: Self.matrix(new: 0.5))
        #expect(free.slot?.position == 0 && free.slot?.extraSeconds == 0)
    }

    @Test func aFullDaySaysSo() {
        // The day takes 200 of 210 minutes: no room for 30 more, whenever.
        let day = DayFitter(shift: Self.hours(9, 12.5), lunch: nil)
        #expect(day.fit(FitStop(code: "N", serviceSeconds: 1800), into: Self.route, matrix: Self.matrix()) == .full)
        let windowed = FitStop(code: "N", serviceSeconds: 1800, windows: [Self.hours(9, 10)])
        #expect(day.fit(windowed, into: Self.route, matrix: Self.matrix()) == .full)
        #expect(day.fit(FitStop(code: "N", serviceSeconds: 300), into: Self.route, matrix: Self.matrix()).slot != nil)
    }

    @Test func windowsInTheWaySaySo() {
        // Only 9:00–9:10 is open: the drive out alone takes 30 minutes.
        let early = FitStop(code: "N", serviceSeconds: 1800, windows: [Self.hours(9, 9 + 10.0 / 60)])
        #expect(Self.day.fit(early, into: Self.route, matrix: Self.matrix()) == .window)
    }

    @Test func lunchIsKept() {
        // Lunch must start at 12:00 sharp: a visit that can only start 12:00–12:30 collides with it.
        let lunch = Break(duration: 3600, window: Self.hours(12, 12))
        let day = DayFitter(shift: Self.hours(9, 18), lunch: lunch)
        let noon = FitStop(code: "N", serviceSeconds: 1800, windows: [Self.hours(12, 12.5)])
        #expect(day.fit(noon, into: Self.route, matrix: Self.matrix()) == .window)
        #expect(Self.day.fit(noon, into: Self.route, matrix: Self.matrix()).slot?.serviceStart == 12.0 * 3600)
        let afternoon = FitStop(code: "N", serviceSeconds: 1800, windows: [Self.hours(13, 14)])
        #expect(day.fit(afternoon, into: Self.route, matrix: Self.matrix()).slot?.serviceStart == 13.0 * 3600)
    }

    @Test func anEmptyDayTakesTheVisit() {
        let outcome = Self.day.fit(FitStop(code: "N", serviceSeconds: 1800), into: [], matrix: Self.matrix([]))
        #expect(outcome == .fits(FitSlot(position: 0, extraSeconds: 3600, arrival: 9.5 * 3600, serviceStart: 9.5 * 3600,
                                         departure: 10 * 3600, previous: nil, next: nil)))
    }
}
