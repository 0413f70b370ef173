import Foundation

/// A WGS84 position, validated on creation.
///
/// ```swift
/// let office = try Coordinate(parsing: "35.6812,139.7671")
/// ```
public struct Coordinate: Sendable, Equatable, Codable, CustomStringConvertible {
    public let latitude: Double
    public let longitude: Double

    public init(latitude: Double, longitude: Double) throws(RoundsError) {
        guard latitude.isFinite, (-90...90).contains(latitude) else {
            throw RoundsError(.invalidValue, .invalidField("latitude", Self.format(latitude), .latitudeRange))
        }
        guard longitude.isFinite, (-180...180).contains(longitude) else {
            throw RoundsError(.invalidValue, .invalidField("longitude", Self.format(longitude), .longitudeRange))
        }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Parses `LAT,LON`; `field` names the option in the error.
    public init(parsing text: String, field: String = "location") throws(RoundsError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { throw RoundsError(.invalidValue, .invalidField(field, text, .coordinatePair)) }
        guard let lat = Double(parts[0]) else { throw RoundsError(.invalidValue, .invalidField("latitude", parts[0], .notANumber)) }
        guard let lon = Double(parts[1]) else { throw RoundsError(.invalidValue, .invalidField("longitude", parts[1], .notANumber)) }
        try self.init(latitude: lat, longitude: lon)
    }

    public var description: String { "\(Self.format(latitude)),\(Self.format(longitude))" }

    private static func format(_ value: Double) -> String {
        value.isFinite ? String(format: "%.6f", value).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression) : "\(value)"
    }
}
