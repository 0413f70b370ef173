import RoundsDomain

/// Lines over periods (the last twelve months), one per series, each value a dot with its
/// tooltip: sales in yen, or visits. A missing value (a month before the company started) breaks
/// the line instead of dropping it to zero.
///
/// ```swift
/// let chart = TrendChart(title: "Sales", unit: .yen, periods: ["2025-12", "2026-01", "2026-02"], series: [
///     TrendChart.Series(name: "Sales", values: [12_000_000, 13_500_000, nil]),
/// ])
/// chart.svg(in: .ja)   // y axis 0 … 1,500万, two <circle class="point">
/// ```
public struct TrendChart: ChartDrawing {
    public struct Series: Sendable {
        public var name: String
        /// One per period, in the periods' order.
        public var values: [Int?]

        public init(name: String, values: [Int?]) {
            self.name = name
            self.values = values
        }
    }

    public var title: String
    public var unit: ChartUnit
    public var periods: [String]
    public var series: [Series]

    public init(title: String, unit: ChartUnit, periods: [String], series: [Series]) {
        self.title = title
        self.unit = unit
        self.periods = periods
        self.series = series
    }

    private func values(_ series: Series) -> [Int?] {
        periods.indices.map { series.values.indices.contains($0) ? series.values[$0] : nil }
    }

    private var maximum: Int { series.flatMap { values($0).compactMap { $0 } }.max() ?? 0 }

    public func svg(in language: Language) -> String {
        guard !periods.isEmpty, maximum > 0 else { return SVGChart.noData(title: title, in: language) }
        let scale = ChartScale(maximum: maximum)
        let left = 72.0, right = 700.0, top = 40.0, bottom = 240.0
        // One period sits in the middle; more spread from edge to edge.
        let step = periods.count > 1 ? (right - left) / Double(periods.count - 1) : 0
        let x = { (index: Int) in periods.count > 1 ? left + step * Double(index) : (left + right) / 2 }
        let y = { (value: Int) in bottom - (bottom - top) * scale.fraction(value) }
        var body = SVGChart.legend(series.map(\.name), x: left, y: 20, colour: SVGPalette.safe)
        for tick in scale.ticks {
            body += "<line x1=\"\(SVGChart.n(left))\" y1=\"\(SVGChart.n(y(tick)))\" x2=\"\(SVGChart.n(right))\" "
                + "y2=\"\(SVGChart.n(y(tick)))\" stroke=\"\(SVGChart.grid)\"/>\n"
                + SVGChart.text(unit.short(tick, in: language), x: left - 6, y: y(tick) + 4, anchor: "end",
                                size: 11, fill: SVGChart.muted)
        }
        // Every label when they fit, else every second or third, always the last (this month).
        let every = max(1, Int((Double(periods.count) * 52 / (right - left + 52)).rounded(.up)))
        for (index, period) in periods.enumerated() where index % every == 0 || index == periods.count - 1 {
            body += SVGChart.text(period, x: x(index), y: bottom + 18, anchor: "middle", size: 11, fill: SVGChart.muted)
        }
        for (number, line) in series.enumerated() {
            let colour = SVGPalette.safe(number)
            var path = "", pen = "M"
            for (index, value) in values(line).enumerated() {
                guard let value else { pen = "M"; continue }
                path += "\(pen)\(SVGChart.n(x(index))),\(SVGChart.n(y(value))) "
                pen = "L"
            }
            body += "<path class=\"line\" d=\"\(path.dropLast())\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" "
                + "stroke-linejoin=\"round\"/>\n"
            for (index, value) in values(line).enumerated() {
                guard let value else { continue }
                let tooltip = XMLText.escaped("\(line.name) \(periods[index]) \(unit.exact(value))")
                body += "<circle class=\"point\" cx=\"\(SVGChart.n(x(index)))\" cy=\"\(SVGChart.n(y(value)))\" r=\"3.5\" "
                    + "fill=\"\(colour)\" stroke=\"#ffffff\"><title>\(tooltip)</title></circle>\n"
            }
        }
        return SVGChart.document(width: 720, height: bottom + 30, title: title, body: body)
    }

    /// `Sales: 2025-12 ¥12M → 2026-11 ¥13.5M (high 2026-08 ¥15M)`, one line a series.
    public func summary(in language: Language) -> [String] {
        guard !periods.isEmpty, maximum > 0 else { return [Message.reportNoData.text(in: language)] }
        return series.map { line in
            let known = values(line).enumerated().compactMap { index, value in value.map { (periods[index], $0) } }
            guard let first = known.first, let last = known.last,
                  let high = known.max(by: { $0.1 < $1.1 }) else { return "\(line.name): –" }
            let say = { (point: (String, Int)) in "\(point.0) \(unit.short(point.1, in: language))" }
            return "\(line.name): \(say(first)) → \(say(last)) (\(Message.reportHighest.text(in: language)) \(say(high)))"
        }
    }
}
