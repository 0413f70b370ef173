import RoundsDomain

/// The month's visits per rep on a map without tiles: each visit a dot in its rep's colour,
/// each rep's start a square of the same colour, and a legend of reps with their visit counts.
/// Places go through `SVGProjection` (north up, distances right around Tokyo), like `plan export svg`.
///
/// ```swift
/// let map = VisitMap(title: "Visits 2026-11", reps: [
///     VisitMap.Rep(label: "R01 山田", start: office, visits: [VisitMap.Visit(place: shop, tooltip: "C00016 松本鋳造 11/04")]),
/// ])
/// map.svg(in: .en)   // one <circle class="visit">, one <rect class="start">, legend "R01 山田 · 1 visit"
/// ```
public struct VisitMap: ChartDrawing {
    public struct Visit: Sendable {
        public var place: Coordinate
        public var tooltip: String

        public init(place: Coordinate, tooltip: String) {
            self.place = place
            self.tooltip = tooltip
        }
    }

    public struct Rep: Sendable {
        public var label: String
        public var start: Coordinate?
        public var visits: [Visit]

        public init(label: String, start: Coordinate?, visits: [Visit]) {
            self.label = label
            self.start = start
            self.visits = visits
        }
    }

    public var title: String
    public var reps: [Rep]

    public init(title: String, reps: [Rep]) {
        self.title = title
        self.reps = reps
    }

    public func svg(in language: Language) -> String {
        guard reps.contains(where: { !$0.visits.isEmpty }) else { return SVGChart.noData(title: title, in: language) }
        let width = 720.0, legendWidth = 200.0, top = 12.0
        let rowHeight = 18.0, height = max(420, top + rowHeight * Double(reps.count) + 12)
        let box = SVGProjection.Box(x: 12, y: top, width: width - legendWidth - 36, height: height - top - 12)
        // Inset so the outermost dots and squares sit inside the frame, not on it.
        let inner = SVGProjection.Box(x: box.x + 10, y: box.y + 10, width: box.width - 20, height: box.height - 20)
        let places = reps.flatMap { $0.visits.map(\.place) + [$0.start].compactMap { $0 } }
        let projection = SVGProjection(fitting: places, into: inner)
        var body = "<rect x=\"\(SVGChart.n(box.x))\" y=\"\(SVGChart.n(box.y))\" width=\"\(SVGChart.n(box.width))\" "
            + "height=\"\(SVGChart.n(box.height))\" fill=\"#f7f7f4\" stroke=\"\(SVGChart.grid)\"/>\n"
        body += "<g stroke=\"#ffffff\" stroke-width=\"0.8\">\n"
        for (index, rep) in reps.enumerated() {
            for visit in rep.visits {
                let p = projection.point(visit.place)
                body += "<circle class=\"visit\" cx=\"\(SVGChart.n(p.x))\" cy=\"\(SVGChart.n(p.y))\" r=\"4\" "
                    + "fill=\"\(SVGPalette.safe(index))\"><title>\(XMLText.escaped("\(rep.label) · \(visit.tooltip)"))</title></circle>\n"
            }
        }
        body += "</g>\n<g stroke=\"#222222\" stroke-width=\"1.5\">\n"
        for (index, rep) in reps.enumerated() {
            guard let start = rep.start else { continue }
            let p = projection.point(start)
            body += SVGChart.rect("start", x: p.x - 6, y: p.y - 6, width: 12, height: 12, fill: SVGPalette.safe(index),
                                  tooltip: "\(rep.label) · \(Message.reportStart.text(in: language))")
        }
        body += "</g>\n"
        let legendX = width - legendWidth - 12
        for (index, line) in legend(in: language).enumerated() {
            let y = top + rowHeight * Double(index) + 12
            body += "<circle cx=\"\(SVGChart.n(legendX + 5))\" cy=\"\(SVGChart.n(y - 4))\" r=\"5\" fill=\"\(SVGPalette.safe(index))\"/>"
                + SVGChart.text(line, x: legendX + 16, y: y, size: 11)
        }
        return SVGChart.document(width: width, height: height, title: title, body: body)
    }

    private func legend(in language: Language) -> [String] {
        reps.map { "\($0.label) · \(Message.reportVisits($0.visits.count).text(in: language))" }
    }

    /// `R01 山田 · 42 visits`, one line a rep.
    public func summary(in language: Language) -> [String] {
        guard reps.contains(where: { !$0.visits.isEmpty }) else { return [Message.reportNoData.text(in: language)] }
        return legend(in: language)
    }
}
