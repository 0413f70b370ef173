import Foundation
import RoundsDomain

/// The habit Rounds replaces, as a plan to compare with: each rep's customers split into five
/// weekday groups by direction from the rep's start, each visited on its weekday as often as its
/// rank asks, each day in nearest-neighbour order.
///
/// Groups hold equal numbers of customers (sorted by bearing from the start, Monday first), so
/// no weekday is overloaded by the split itself. A customer closed on its weekday moves to the
/// next open weekday. Focus: every week; develop: the 1st and 3rd or the 2nd and 4th occurrence
/// of the weekday in the month, alternating through the group; maintain: one occurrence,
/// rotating 1st to 4th through the group. Days that are not working days are skipped.
///
/// ```swift
/// let days = WeekdayRoutine.days(for: customers, from: office, in: december, travel: seconds,
///                                isWorkday: calendar.isWorkday)
/// ```
public enum WeekdayRoutine {
    public struct Customer: Sendable {
        public var code: String
        public var location: Coordinate
        public var rank: Rank?
        public var closedDays: [Weekday]

        public init(code: String, location: Coordinate, rank: Rank?, closedDays: [Weekday]) {
            self.code = code
            self.location = location
            self.rank = rank
            self.closedDays = closedDays
        }
    }

    static let weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday]

    /// The weekday each customer belongs to, with its place in its group.
    static func groups(_ customers: [Customer], from start: Coordinate) -> [(weekday: Weekday, members: [Int])] {
        let byBearing = customers.indices.sorted {
            bearing(from: start, to: customers[$0].location) < bearing(from: start, to: customers[$1].location)
        }
        var members = Array(repeating: [Int](), count: weekdays.count)
        for (rank, customer) in byBearing.enumerated() {
            var day = rank * weekdays.count / max(customers.count, 1)
            // Closed on its weekday: the next weekday it is open, Friday wrapping to Monday.
            for step in 0..<weekdays.count where !customers[customer].closedDays.contains(weekdays[(day + step) % weekdays.count]) {
                day = (day + step) % weekdays.count
                break
            }
            members[day].append(customer)
        }
        return zip(weekdays, members).map { ($0, $1) }
    }

    /// Customers (indices) on each day of `days`, in visiting order.
    public static func days(for customers: [Customer], from start: Coordinate, in days: [CalendarDate],
                            travel: (Int?, Int?) -> Double, isWorkday: (CalendarDate) -> Bool) -> [CalendarDate: [Int]] {
        var plan: [CalendarDate: [Int]] = [:]
        let groups = groups(customers, from: start)
        for day in days where isWorkday(day) {
            guard let group = groups.first(where: { $0.weekday == day.weekday }) else { continue }
            let occurrence = (day.day - 1) / 7 + 1
            let visiting = group.members.enumerated().filter { place, customer in
                visits(rank: customers[customer].rank, place: place, occurrence: occurrence)
            }.map(\.element)
            if !visiting.isEmpty { plan[day] = nearestNeighbourOrder(visiting, travel: travel) }
        }
        return plan
    }

    /// Whether the customer at `place` in its group is visited on the `occurrence`-th such weekday.
    static func visits(rank: Rank?, place: Int, occurrence: Int) -> Bool {
        switch rank ?? .maintain {
        case .focus: true
        case .develop: occurrence <= 4 && (occurrence % 2 == 1) == (place % 2 == 0)
        case .maintain: occurrence == place % 4 + 1
        }
    }

    /// Nearest neighbour from the start (`nil` in `travel`), each step to the closest unvisited.
    static func nearestNeighbourOrder(_ stops: [Int], travel: (Int?, Int?) -> Double) -> [Int] {
        var left = stops, order: [Int] = [], here: Int? = nil
        while !left.isEmpty {
            let next = left.indices.min { travel(here, left[$0]) < travel(here, left[$1]) }!
            here = left.remove(at: next)
            order.append(here!)
        }
        return order
    }

    /// Compass bearing in degrees, 0 = north, clockwise.
    static func bearing(from a: Coordinate, to b: Coordinate) -> Double {
        let radians = Double.pi / 180
        let dLon = (b.longitude - a.longitude) * radians
        let y = sin(dLon) * cos(b.latitude * radians)
        let x = cos(a.latitude * radians) * sin(b.latitude * radians)
            - sin(a.latitude * radians) * cos(b.latitude * radians) * cos(dLon)
        let degrees = atan2(y, x) / radians
        return degrees < 0 ? degrees + 360 : degrees
    }
}
