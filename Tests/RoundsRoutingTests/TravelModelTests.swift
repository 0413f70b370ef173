import RoundsDomain
import RoundsRouting
import Testing

@Suite struct TravelModelTests {
    @Test func haversineMatchesKnownDistances() throws {
        let tokyoStation = try Coordinate(latitude: 35.681236, longitude: 139.767125)
        let shinjukuStation = try Coordinate(latitude: 35.690921, longitude: 139.700258)
        // About 6.1 km as the crow flies.
        #expect(abs(TravelModel.kilometres(from: tokyoStation, to: shinjukuStation) - 6.12) < 0.05)
        // A quarter of the equator: π/2 × 6371.0088 km.
        let quarter = TravelModel.kilometres(from: try Coordinate(latitude: 0, longitude: 0), to: try Coordinate(latitude: 0, longitude: 90))
        #expect(abs(quarter - 10_007.5) < 0.1)
        #expect(TravelModel.kilometres(from: tokyoStation, to: tokyoStation) == 0)
    }

    @Test func travelSecondsUseDetourAndSpeed() throws {
        let a = try Coordinate(latitude: 0, longitude: 0)
        let b = try Coordinate(latitude: 0, longitude: 0.1)
        let kilometres = TravelModel.kilometres(from: a, to: b)
        #expect(TravelModel().seconds(from: a, to: b) == Int((kilometres * 1.3 / 30 * 3600).rounded()))
        #expect(TravelModel(detourFactor: 1, kilometresPerHour: 60).seconds(from: a, to: b) == Int((kilometres * 60).rounded()))
    }
}
