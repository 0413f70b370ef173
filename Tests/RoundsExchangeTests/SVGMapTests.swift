import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct SVGMapTests {
    static func place(_ latitude: Double, _ longitude: Double) throws -> Coordinate {
        try Coordinate(latitude: latitude, longitude: longitude)
    }

    @Test func escapesXMLText() {
        #expect(XMLText.escaped("田中 & 鈴木 <本店>") == "田中 &amp; 鈴木 &lt;本店&gt;")
        #expect(XMLText.escaped("\"A\" 'B'") == "&quot;A&quot; &apos;B&apos;")
        #expect(XMLText.escaped("tab\there\u{07}\u{0B}\u{FFFF}") == "tab\there")
        #expect(XMLText.escaped("株式会社　松本鋳造") == "株式会社　松本鋳造")
        #expect(XMLText.escaped("&amp;") == "&amp;amp;")
    }

    @Test func projectsNorthUpWithLongitudeShrunkByTheMeanLatitude() throws {
        // A square of 1° at 60°N: a degree of longitude is worth half a degree of latitude there.
        let places = [try Self.place(59.5, 10), try Self.place(60.5, 11)]
        let box = SVGProjection.Box(x: 10, y: 20, width: 400, height: 400)
        let projection = SVGProjection(fitting: places, into: box)
        #expect(abs(projection.longitudeScale - cos(60 * .pi / 180)) < 1e-12)
        #expect(abs(projection.pixelsPerDegree - 400) < 1e-9)  // the 1° of latitude fills the height
        let southWest = projection.point(places[0]), northEast = projection.point(places[1])
        #expect(abs(southWest.y - 420) < 1e-9 && abs(northEast.y - 20) < 1e-9)  // north is up
        #expect(abs((northEast.x - southWest.x) - 200) < 1e-6)                   // half as wide
        #expect(abs((northEast.x + southWest.x) / 2 - 210) < 1e-6)               // centred in the box
    }

    @Test func aSinglePlaceLandsInTheCentre() throws {
        let box = SVGProjection.Box(x: 0, y: 0, width: 100, height: 50)
        let point = SVGProjection(fitting: [try Self.place(35.68, 139.76)], into: box).point(try Self.place(35.68, 139.76))
        #expect(abs(point.x - 50) < 1e-9 && abs(point.y - 25) < 1e-9)
    }

    @Test func paletteColoursAreDistinctHex() {
        let colours = (0..<30).map(SVGPalette.colour)
        #expect(Set(colours).count == 30)
        #expect(colours.allSatisfy { $0.count == 7 && $0.hasPrefix("#") && $0.dropFirst().allSatisfy(\.isHexDigit) })
    }

    @Test func drawsAWellFormedMap() throws {
        let office = try Self.place(35.68, 139.76)
        let map = SVGMap(
            title: "Plan <December> & more", legend: ["2026-12-01 · 2 visits", "2026-12-02 · 1 visit"],
            routes: [
                SVGMap.Route(series: 0, tooltip: "R01 2026-12-01", start: office, stops: [
                    SVGMap.Stop(place: try Self.place(35.70, 139.80), tooltip: "C1 山田&商店 08:48–09:18"),
                    SVGMap.Stop(place: try Self.place(35.65, 139.70), tooltip: "C2 \"鈴木\" 10:00–10:30"),
                ], end: office),
                SVGMap.Route(series: 1, tooltip: "R01 2026-12-02", start: office,
                             stops: [SVGMap.Stop(place: try Self.place(35.60, 139.90), tooltip: "C3 <佐藤>")], end: office),
            ],
            markers: [SVGMap.Marker(place: office, tooltip: "R01 start")])
        let text = map.text()
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""))
        #expect(text.contains("山田&amp;商店") && text.contains("&quot;鈴木&quot;") && text.contains("&lt;佐藤&gt;"))
        #expect(!text.contains("<script") && !text.contains("href"))
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(counter.counts["polyline"] == 2 && counter.counts["circle"] == 3 && counter.counts["title"] == 6)
        #expect(counter.text.contains("C1 山田&商店 08:48–09:18") && counter.text.contains("Plan <December> & more"))
        // Every dot lies inside the map box, clear of its frame.
        let box = map.mapBox
        for point in counter.points {
            #expect(point.x >= box.x + 11.9 && point.x <= box.x + box.width - 11.9 && point.y >= box.y + 11.9
                    && point.y <= box.y + box.height - 11.9, "\(point)")
        }
    }
}

/// Counts elements, collects character data and circle centres.
private final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var text = ""
    var points: [(x: Double, y: Double)] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if name == "circle", let x = attributes["cx"].flatMap(Double.init), let y = attributes["cy"].flatMap(Double.init) {
            points.append((x, y))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
