import Foundation
import RoundsDomain
import RoundsShell

/// A GeoJSON (RFC 7946) feature collection: the route as a LineString and each stop as a Point,
/// longitude before latitude as the format requires. Opens in QGIS, geojson.io and most map tools.
struct RouteGeoJSON {
    private var features: [JSONValue] = []

    mutating func point(_ place: Coordinate, properties: [(key: String, value: JSONValue)]) {
        features.append(feature(.object([("type", .cell(.text("Point"))), ("coordinates", position(place))]), properties))
    }

    mutating func line(_ places: [Coordinate], properties: [(key: String, value: JSONValue)]) {
        let coordinates = JSONValue.array(places.map(position))
        features.append(feature(.object([("type", .cell(.text("LineString"))), ("coordinates", coordinates)]), properties))
    }

    func write(to path: String) throws {
        let text = JSONValue.object([("type", .cell(.text("FeatureCollection"))), ("features", .array(features))]).text()
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw RoundsError(.io, .cannotWriteFile(path), cause: (error as NSError).localizedDescription)
        }
    }

    private func position(_ place: Coordinate) -> JSONValue {
        .array([.cell(.real(place.longitude)), .cell(.real(place.latitude))])
    }

    private func feature(_ geometry: JSONValue, _ properties: [(key: String, value: JSONValue)]) -> JSONValue {
        .object([("type", .cell(.text("Feature"))), ("geometry", geometry), ("properties", .object(properties))])
    }
}
