import Foundation
import RoundsDomain

/// A plain SVG 1.1 map of routes (no scripts, no external resources, UTF-8): a title line,
/// each route as a polyline in its series' colour, each stop a small circle and each marker
/// (a rep's start) a square, every one with a `<title>` tooltip, and a legend of the series on
/// the right. It takes ready-made text, so the words stay with the caller; all text is escaped.
///
/// ```swift
/// let map = SVGMap(title: "Plan 2026-12-01 – 2026-12-31 · 412 visits · driving 3,812 min",
///                  legend: ["R01 · 210 visits · 1,902 min", "R02 · 202 visits · 1,910 min"],
///                  routes: [SVGMap.Route(series: 0, tooltip: "R01 2026-12-01", start: office,
///                                        stops: [SVGMap.Stop(place: shop, tooltip: "C00016 松本鋳造 08:48–09:18")], end: office)],
///                  markers: [SVGMap.Marker(place: office, tooltip: "R01 start")])
/// map.text()   // <?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.1" …
/// ```
public struct SVGMap: Sendable {
    public struct Stop: Sendable {
        public var place: Coordinate
        public var tooltip: String

        public init(place: Coordinate, tooltip: String) {
            self.place = place
            self.tooltip = tooltip
        }
    }

    /// A line from `start` through the stops to `end`, coloured by its series (an index into `legend`).
    public struct Route: Sendable {
        public var series: Int
        public var tooltip: String
        public var start: Coordinate?
        public var stops: [Stop]
        public var end: Coordinate?

        public init(series: Int, tooltip: String, start: Coordinate?, stops: [Stop], end: Coordinate?) {
            self.series = series
            self.tooltip = tooltip
            self.start = start
            self.stops = stops
            self.end = end
        }

        public var places: [Coordinate] { [start].compactMap { $0 } + stops.map(\.place) + [end].compactMap { $0 } }
    }

    public struct Marker: Sendable {
        public var place: Coordinate
        public var tooltip: String

        public init(place: Coordinate, tooltip: String) {
            self.place = place
            self.tooltip = tooltip
        }
    }

    public var title: String
    public var legend: [String]
    public var routes: [Route]
    public var markers: [Marker]
    public var width: Double = 1000
    public var height: Double = 800
    public var margin: Double = 24
    public var legendWidth: Double = 260

    public init(title: String, legend: [String], routes: [Route], markers: [Marker]) {
        self.title = title
        self.legend = legend
        self.routes = routes
        self.markers = markers
    }

    /// Where the map itself goes: below the title, left of the legend.
    public var mapBox: SVGProjection.Box {
        let top = margin + 36
        return SVGProjection.Box(x: margin, y: top, width: width - 2 * margin - legendWidth - 16, height: height - top - margin)
    }

    public func text() -> String {
        let box = mapBox
        // Inset so the outermost dots and squares sit inside the frame, not on it.
        let inner = SVGProjection.Box(x: box.x + 12, y: box.y + 12, width: box.width - 24, height: box.height - 24)
        let projection = SVGProjection(fitting: routes.flatMap(\.places) + markers.map(\.place), into: inner)
        let xy = { (place: Coordinate) -> String in
            let p = projection.point(place)
            return "\(Self.number(p.x)),\(Self.number(p.y))"
        }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="\(Self.number(width))" height="\(Self.number(height))" \
            viewBox="0 0 \(Self.number(width)) \(Self.number(height))" font-family="sans-serif">

            """
        out += "<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"#ffffff\"/>\n"
        out += "<rect x=\"\(Self.number(box.x))\" y=\"\(Self.number(box.y))\" width=\"\(Self.number(box.width))\" "
            + "height=\"\(Self.number(box.height))\" fill=\"#f7f7f4\" stroke=\"#d8d8d0\"/>\n"
        out += "<text x=\"\(Self.number(margin))\" y=\"\(Self.number(margin + 18))\" font-size=\"18\" font-weight=\"bold\" "
            + "fill=\"#222222\">\(XMLText.escaped(title))</text>\n"

        out += "<g fill=\"none\" stroke-width=\"2.5\" stroke-opacity=\"0.85\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n"
        for route in routes where !route.places.isEmpty {
            out += "<polyline stroke=\"\(SVGPalette.colour(route.series))\" points=\"\(route.places.map(xy).joined(separator: " "))\">"
                + "<title>\(XMLText.escaped(route.tooltip))</title></polyline>\n"
        }
        out += "</g>\n<g stroke=\"#ffffff\" stroke-width=\"1\">\n"
        for route in routes {
            for stop in route.stops {
                let p = projection.point(stop.place)
                out += "<circle cx=\"\(Self.number(p.x))\" cy=\"\(Self.number(p.y))\" r=\"4.5\" fill=\"\(SVGPalette.colour(route.series))\">"
                    + "<title>\(XMLText.escaped(stop.tooltip))</title></circle>\n"
            }
        }
        out += "</g>\n<g fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"1.5\">\n"
        for marker in markers {
            let p = projection.point(marker.place)
            out += "<rect x=\"\(Self.number(p.x - 6))\" y=\"\(Self.number(p.y - 6))\" width=\"12\" height=\"12\">"
                + "<title>\(XMLText.escaped(marker.tooltip))</title></rect>\n"
        }
        out += "</g>\n" + legendText() + "</svg>\n"
        return out
    }

    /// One row per series, shrinking to fit when there are many.
    private func legendText() -> String {
        guard !legend.isEmpty else { return "" }
        let x = width - margin - legendWidth, top = mapBox.y
        let row = min(20, (height - margin - top) / Double(legend.count))
        let size = max(6, min(12, row - 3))
        var out = "<g font-size=\"\(Self.number(size))\" fill=\"#222222\">\n"
        for (index, label) in legend.enumerated() {
            let y = top + row * Double(index) + row / 2
            out += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y - 2))\" width=\"18\" height=\"4\" "
                + "fill=\"\(SVGPalette.colour(index))\"/>"
                + "<text x=\"\(Self.number(x + 24))\" y=\"\(Self.number(y + size * 0.35))\">\(XMLText.escaped(label))</text>\n"
        }
        return out + "</g>\n"
    }

    /// Pixels to a tenth, without a trailing `.0`: `12.3`, `40`.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10, tenth = abs(Int(tenths) % 10)
        if tenth == 0 { return "\(whole)" }
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(tenth)"
    }
}
