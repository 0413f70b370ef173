import Foundation
import RoundsDomain

/// Travel time between two places when no road matrix is loaded: great-circle distance times a
/// detour factor, at an average speed. Defaults fit Tokyo-area driving.
///
/// ```swift
/// let model = TravelModel()
/// let seconds = model.seconds(from: office, to: customer)   // whole seconds
/// ```
public struct TravelModel: Sendable, Equatable {
    public static let earthRadiusKilometres = 6371.0088

    public var detourFactor: Double
    public var kilometresPerHour: Double

    public init(detourFactor: Double = 1.3, kilometresPerHour: Double = 30) {
        self.detourFactor = detourFactor
        self.kilometresPerHour = kilometresPerHour
    }

    /// Haversine distance in kilometres.
    public static func kilometres(from a: Coordinate, to b: Coordinate) -> Double {
        let radians = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * radians
        let dLon = (b.longitude - a.longitude) * radians
        let h = sin(dLat / 2) * sin(dLat / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKilometres * asin(min(1, sqrt(h)))
    }

    public func seconds(from a: Coordinate, to b: Coordinate) -> Int {
        Int((Self.kilometres(from: a, to: b) * detourFactor / kilometresPerHour * 3600).rounded())
    }
}
