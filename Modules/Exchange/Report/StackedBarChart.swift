import RoundsDomain

/// Horizontal bars split into parts, one bar per row label, the total at its end: the rank
/// distribution per rep (focus, develop, maintain). Parts are told apart by colour and by a white
/// gap, and each says its count in a tooltip.
///
/// ```swift
/// let chart = StackedBarChart(title: "Customers by rank", parts: ["focus", "develop", "maintain"], bars: [
///     StackedBarChart.Bar(label: "R01 山田", values: [8, 12, 20]),
///     StackedBarChart.Bar(label: "R02 鈴木", values: [5, 0, 31]),
/// ])
/// chart.svg(in: .en)   // 5 <rect class="segment"> (no part for a zero), totals 40 and 36
/// ```
public struct StackedBarChart: ChartDrawing {
    public struct Bar: Sendable {
        public var label: String
        /// One count per part, in the parts' order.
        public var values: [Int]

        public init(label: String, values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    public var title: String
    public var parts: [String]
    public var bars: [Bar]

    public init(title: String, parts: [String], bars: [Bar]) {
        self.title = title
        self.parts = parts
        self.bars = bars
    }

    /// A bar's counts for the parts, negative ones as zero.
    private func counts(_ bar: Bar) -> [Int] {
        parts.indices.map { bar.values.indices.contains($0) ? max(0, bar.values[$0]) : 0 }
    }

    private var maximum: Int { bars.map { counts($0).reduce(0, +) }.max() ?? 0 }

    public func svg(in language: Language) -> String {
        guard maximum > 0 else { return SVGChart.noData(title: title, in: language) }
        let scale = ChartScale(maximum: maximum)
        let labelWidth = min(200, (bars.map { SVGChart.textWidth($0.label, size: 12) }.max() ?? 0) + 12)
        let left = labelWidth + 8, right = 720.0 - 60, top = 40.0, rowHeight = 24.0
        let bottom = top + Double(bars.count) * rowHeight
        let width = { (value: Int) in (right - left) * scale.fraction(value) }
        var body = SVGChart.legend(parts, x: left, y: 20, colour: SVGPalette.safe)
        for tick in scale.ticks {
            let x = left + width(tick)
            body += "<line x1=\"\(SVGChart.n(x))\" y1=\"\(SVGChart.n(top - 4))\" x2=\"\(SVGChart.n(x))\" "
                + "y2=\"\(SVGChart.n(bottom))\" stroke=\"\(SVGChart.grid)\"/>\n"
                + SVGChart.text(ChartUnit.count.short(tick, in: language), x: x, y: bottom + 16, anchor: "middle",
                                size: 11, fill: SVGChart.muted)
        }
        body += "<g stroke=\"#ffffff\" stroke-width=\"1\">\n"
        for (row, bar) in bars.enumerated() {
            let y = top + Double(row) * rowHeight
            var x = left
            for (index, count) in counts(bar).enumerated() where count > 0 {
                body += SVGChart.rect("segment", x: x, y: y + 3, width: width(count), height: rowHeight - 6,
                                      fill: SVGPalette.safe(index), tooltip: "\(bar.label) · \(parts[index]) \(count)")
                x += width(count)
            }
        }
        body += "</g>\n"
        for (row, bar) in bars.enumerated() {
            let y = top + Double(row) * rowHeight
            let total = counts(bar).reduce(0, +)
            body += SVGChart.text(bar.label, x: labelWidth, y: y + rowHeight / 2 + 4, anchor: "end")
                + SVGChart.text(ChartUnit.count.short(total, in: language), x: left + width(total) + 4,
                                y: y + rowHeight / 2 + 4, size: 11)
        }
        return SVGChart.document(width: 720, height: bottom + 28, title: title, body: body)
    }

    /// `R01 山田: focus 8 · develop 12 · maintain 20 (40)`, one line a bar.
    public func summary(in language: Language) -> [String] {
        guard maximum > 0 else { return [Message.reportNoData.text(in: language)] }
        return bars.map { bar in
            let values = counts(bar)
            let parts = zip(parts, values).map { "\($0) \(ChartUnit.count.short($1, in: language))" }
            return "\(bar.label): " + parts.joined(separator: " · ") + " (\(ChartUnit.count.short(values.reduce(0, +), in: language)))"
        }
    }
}
