import Foundation
import RoundsDomain
@testable import RoundsPlanning
import Testing

@Suite struct WeekdayRoutineTests {
    static let office = try! Coordinate(latitude: 35.0, longitude: 139.0)

    /// Ten customers on a circle around the office, every 36° from north, clockwise.
    static func ring(closed: [Int: [Weekday]] = [:], ranks: [Rank?] = Array(repeating: .focus, count: 10)) -> [WeekdayRoutine.Customer] {
        (0..<10).map { index in
            let angle = Double(index) * 36 * .pi / 180
            let place = try! Coordinate(latitude: 35.0 + 0.05 * cos(angle), longitude: 139.0 + 0.05 * sin(angle) / cos(35.0 * .pi / 180))
            return WeekdayRoutine.Customer(code: "C\(index)", location: place, rank: ranks[index], closedDays: closed[index] ?? [])
        }
    }

    @Test func fiveEqualGroupsByDirection() {
        let groups = WeekdayRoutine.groups(Self.ring(), from: Self.office)
        #expect(groups.map(\.weekday) == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(groups.map(\.members) == [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9]])
    }

    @Test func aCustomerClosedOnItsWeekdayMovesToTheNextOpenOne() {
        let groups = WeekdayRoutine.groups(Self.ring(closed: [9: [.friday, .monday]]), from: Self.office)
        #expect(groups[4].members == [8])
        #expect(groups[1].members == [2, 3, 9])
    }

    @Test func ranksSetWhichOccurrencesAreVisited() {
        // develop alternates 1st/3rd and 2nd/4th; maintain rotates 1st to 4th.
        #expect((1...5).map { WeekdayRoutine.visits(rank: .develop, place: 0, occurrence: $0) } == [true, false, true, false, false])
        #expect((1...5).map { WeekdayRoutine.visits(rank: .develop, place: 1, occurrence: $0) } == [false, true, false, true, false])
        #expect((1...5).map { WeekdayRoutine.visits(rank: .maintain, place: 2, occurrence: $0) } == [false, false, true, false, false])
        #expect((1...5).allSatisfy { WeekdayRoutine.visits(rank: .focus, place: 3, occurrence: $0) })
    }

    @Test func aMonthOfTheRoutine() throws {
        let customers = Self.ring(ranks: [.focus, .develop, .develop, .maintain, .focus, .maintain, nil, .develop, .focus, .focus])
        let december = (1...31).map { try! CalendarDate(year: 2026, month: 12, day: $0) }
        let holiday = try CalendarDate(year: 2026, month: 12, day: 8)  // a Tuesday taken off
        let plan = WeekdayRoutine.days(for: customers, from: Self.office, in: december, travel: { _, _ in 1 },
                                       isWorkday: { $0.weekday.rawValue <= 5 && $0 != holiday })
        let visits = plan.values.reduce(0) { $0 + $1.count }
        // Mondays 7,14,21,28 (C0 focus ×4, C1 develop 2nd & 4th ×2), Tuesdays 1,15,22,29 (C2 develop
        // 1st & 3rd ×2, C3 maintain 2nd: the 8th is off), Wednesdays 2,9,16,23,30 (C4 ×5, C5
        // maintain 2nd ×1), Thursdays 3,10,17,24,31 (C6 maintain 1st ×1, C7 develop 2nd & 4th ×2),
        // Fridays 4,11,18,25 (C8, C9 ×4 each).
        #expect(visits == 4 + 2 + 2 + 0 + 5 + 1 + 1 + 2 + 8)
        #expect(plan[holiday] == nil)
    }

    @Test func nearestNeighbourFromTheStart() {
        let places: [Int: Double] = [0: 5, 1: 1, 2: 3]
        let order = WeekdayRoutine.nearestNeighbourOrder([0, 1, 2]) { from, to in abs((from.map { places[$0]! } ?? 0) - places[to!]!) }
        #expect(order == [1, 2, 0])
    }
}
