import RoundsDomain

/// Horizontal bars, one group per row label and one bar per series in it: KPI by rep, sales
/// against target. Each bar carries its value at its end; a missing value (no target) draws no
/// bar and says `–`.
///
/// ```swift
/// let chart = BarChart(title: "Sales vs target", unit: .yen, series: ["Sales", "Target"], groups: [
///     BarChart.Group(label: "R01 山田", values: [1_200_000, 1_500_000]),
///     BarChart.Group(label: "R02 鈴木", values: [900_000, nil]),
/// ])
/// chart.svg(in: .en)   // 3 <rect class="bar">, value labels "¥1.2M", "¥1.5M", "¥900k", "–"
/// ```
public struct BarChart: ChartDrawing {
    public struct Group: Sendable {
        public var label: String
        /// One per series, in the series' order.
        public var values: [Int?]

        public init(label: String, values: [Int?]) {
            self.label = label
            self.values = values
        }
    }

    public var title: String
    public var unit: ChartUnit
    public var series: [String]
    public var groups: [Group]

    public init(title: String, unit: ChartUnit, series: [String], groups: [Group]) {
        self.title = title
        self.unit = unit
        self.series = series
        self.groups = groups
    }

    private var maximum: Int { groups.flatMap { $0.values.prefix(series.count).compactMap { $0 } }.max() ?? 0 }

    public func svg(in language: Language) -> String {
        guard !series.isEmpty, maximum > 0 else { return SVGChart.noData(title: title, in: language) }
        let scale = ChartScale(maximum: maximum)
        let labelWidth = min(200, (groups.map { SVGChart.textWidth($0.label, size: 12) }.max() ?? 0) + 12)
        let left = labelWidth + 8, right = 720.0 - 70, top = 40.0
        let barHeight = 14.0, gap = 10.0, groupHeight = Double(series.count) * barHeight + gap
        let bottom = top + Double(groups.count) * groupHeight
        let x = { (value: Int) in left + (right - left) * scale.fraction(value) }
        var body = SVGChart.legend(series, x: left, y: 20, colour: SVGPalette.safe)
        for tick in scale.ticks {
            body += "<line x1=\"\(SVGChart.n(x(tick)))\" y1=\"\(SVGChart.n(top - 4))\" x2=\"\(SVGChart.n(x(tick)))\" "
                + "y2=\"\(SVGChart.n(bottom))\" stroke=\"\(SVGChart.grid)\"/>\n"
                + SVGChart.text(unit.short(tick, in: language), x: x(tick), y: bottom + 16, anchor: "middle",
                                size: 11, fill: SVGChart.muted)
        }
        for (row, group) in groups.enumerated() {
            let y0 = top + Double(row) * groupHeight
            body += SVGChart.text(group.label, x: labelWidth, y: y0 + Double(series.count) * barHeight / 2 + 4, anchor: "end")
            for (index, name) in series.enumerated() {
                let y = y0 + Double(index) * barHeight
                let value = group.values.indices.contains(index) ? group.values[index] : nil
                if let value {
                    body += SVGChart.rect("bar", x: left, y: y + 1, width: x(value) - left, height: barHeight - 2,
                                          fill: SVGPalette.safe(index),
                                          tooltip: "\(group.label) · \(name) \(unit.exact(value))")
                }
                let end = value.map(x) ?? left
                body += SVGChart.text(value.map { unit.short($0, in: language) } ?? ReportFormat.missing,
                                      x: end + 4, y: y + barHeight - 3, size: 11)
            }
        }
        return SVGChart.document(width: 720, height: bottom + 28, title: title, body: body)
    }

    /// `R01 山田: Sales ¥1.2M · Target ¥1.5M`, one line a group.
    public func summary(in language: Language) -> [String] {
        guard !series.isEmpty, maximum > 0 else { return [Message.reportNoData.text(in: language)] }
        return groups.map { group in
            let parts = series.enumerated().map { index, name in
                let value = group.values.indices.contains(index) ? group.values[index] : nil
                return "\(name) " + (value.map { unit.short($0, in: language) } ?? ReportFormat.missing)
            }
            return "\(group.label): " + parts.joined(separator: " · ")
        }
    }
}
