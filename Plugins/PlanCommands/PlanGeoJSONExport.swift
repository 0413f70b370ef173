import RoundsDomain
import RoundsShell

/// The plan as a GeoJSON (RFC 7946) feature collection, `[longitude, latitude]` as the format
/// requires: per rep-day a LineString from the rep's start through each stop to the rep's end,
/// and a Point per stop. Opens in QGIS, geojson.io and most map tools.
///
/// ```swift
/// PlanGeoJSONExport(exported).text()
/// // {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "LineString", …},
/// //   "properties": {"rep": "R01", "date": "2026-12-01", "travel_minutes": 61, "visits": 4}}, …]}
/// ```
struct PlanGeoJSONExport {
    let exported: ExportedPlan

    init(_ exported: ExportedPlan) {
        self.exported = exported
    }

    func text() -> String {
        var features: [JSONValue] = []
        for (rep, day) in exported.days {
            let line: JSONValue = .object([("type", text("LineString")),
                                           ("coordinates", .array(exported.route(rep: rep, day).map(position)))])
            features.append(feature(line, [
                ("rep", text(rep)), ("date", text(day.date.description)),
                ("travel_minutes", .cell(.integer(Minutes.of(day.travelSeconds)))), ("visits", .cell(.integer(day.stops.count))),
            ]))
        }
        for visit in exported.visits {
            guard let place = visit.customer?.location else { continue }
            features.append(feature(.object([("type", text("Point")), ("coordinates", position(place))]), [
                ("rep", text(visit.rep)), ("date", text(visit.date.description)), ("seq", .cell(.integer(visit.seq))),
                ("customer", text(visit.stop.customer)), ("name", text(visit.name)),
                ("arrive", text(visit.arrive)), ("depart", text(visit.depart)),
            ]))
        }
        return JSONValue.object([("type", text("FeatureCollection")), ("features", .array(features))]).text()
    }

    private func position(_ place: Coordinate) -> JSONValue {
        .array([.cell(.real(place.longitude)), .cell(.real(place.latitude))])
    }

    private func feature(_ geometry: JSONValue, _ properties: [(key: String, value: JSONValue)]) -> JSONValue {
        .object([("type", text("Feature")), ("geometry", geometry), ("properties", .object(properties))])
    }

    private func text(_ value: String) -> JSONValue { .cell(.text(value)) }
}
