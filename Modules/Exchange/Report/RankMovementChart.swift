import RoundsDomain

/// How customers moved between ranks this month: a from × to matrix of counts, ranks highest
/// first. A move up (to a higher rank) is blue, down vermillion, staying grey, each cell darker
/// the more customers it holds; the totals of up, down and same sit below.
///
/// ```swift
/// let chart = RankMovementChart(title: "Rank movements", ranks: ["focus", "develop", "maintain"], counts: [
///     [20, 2, 0],    // from focus: 20 stayed, 2 went down to develop
///     [3, 50, 4],    // from develop: 3 up, 4 down
///     [0, 6, 180],   // from maintain: 6 up to develop
/// ])
/// chart.svg(in: .en)   // 9 <rect class="cell">, "up 9 · down 6 · same 250"
/// ```
public struct RankMovementChart: ChartDrawing {
    public var title: String
    public var ranks: [String]
    /// `counts[from][to]`, both in the ranks' order.
    public var counts: [[Int]]

    public init(title: String, ranks: [String], counts: [[Int]]) {
        self.title = title
        self.ranks = ranks
        self.counts = counts
    }

    private func count(_ from: Int, _ to: Int) -> Int {
        counts.indices.contains(from) && counts[from].indices.contains(to) ? max(0, counts[from][to]) : 0
    }

    private var cells: [(from: Int, to: Int, count: Int)] {
        ranks.indices.flatMap { from in ranks.indices.map { to in (from, to, count(from, to)) } }
    }

    /// Customers that moved up, down and stayed.
    public var totals: (up: Int, down: Int, same: Int) {
        cells.reduce(into: (0, 0, 0)) { sum, cell in
            if cell.to < cell.from { sum.0 += cell.count } else if cell.to > cell.from { sum.1 += cell.count } else { sum.2 += cell.count }
        }
    }

    public func svg(in language: Language) -> String {
        let largest = cells.map(\.count).max() ?? 0
        guard largest > 0 else { return SVGChart.noData(title: title, in: language) }
        let labelWidth = min(160, (ranks.map { SVGChart.textWidth($0, size: 12) }.max() ?? 0) + 16)
        let size = 52.0, left = labelWidth + 8, top = 56.0
        let bottom = top + size * Double(ranks.count)
        var body = SVGChart.text(Message.reportMovementFrom.text(in: language), x: 8, y: 20, size: 11, fill: SVGChart.muted)
        for (index, rank) in ranks.enumerated() {
            body += SVGChart.text(rank, x: left + size * (Double(index) + 0.5), y: top - 8, anchor: "middle")
                + SVGChart.text(rank, x: labelWidth, y: top + size * (Double(index) + 0.5) + 4, anchor: "end")
        }
        for cell in cells {
            let colour = cell.to < cell.from ? "#0072b2" : cell.to > cell.from ? "#d55e00" : "#7f7f7f"
            let strength = cell.count == 0 ? 0.04 : 0.15 + 0.85 * Double(cell.count) / Double(largest)
            let x = left + size * Double(cell.to), y = top + size * Double(cell.from)
            body += SVGChart.rect("cell", x: x + 1, y: y + 1, width: size - 2, height: size - 2, fill: colour,
                                  opacity: strength, tooltip: "\(ranks[cell.from]) → \(ranks[cell.to]) \(ReportFormat.count(cell.count))")
            body += SVGChart.text(ReportFormat.count(cell.count), x: x + size / 2, y: y + size / 2 + 4, anchor: "middle",
                                  fill: strength > 0.6 ? "#ffffff" : SVGChart.ink)
        }
        body += SVGChart.text(summary(in: language)[0], x: left, y: bottom + 22)
        let width = max(left + size * Double(ranks.count) + 16, 360)
        return SVGChart.document(width: width, height: bottom + 34, title: title, body: body)
    }

    /// `up 9 · down 6 · same 250`.
    public func summary(in language: Language) -> [String] {
        guard cells.contains(where: { $0.count > 0 }) else { return [Message.reportNoData.text(in: language)] }
        let sums = totals
        return [Message.reportMovements(up: sums.up, down: sums.down, same: sums.same).text(in: language)]
    }
}
