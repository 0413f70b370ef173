import RoundsDomain

/// A chart that can be drawn as inline SVG and told in a line or two of text (for Markdown).
public protocol ChartDrawing: Sendable {
    /// One `<svg>` element with a `viewBox`, no XML declaration, nothing external: ready to sit inline in HTML.
    func svg(in language: Language) -> String
    /// The chart in words, one line each: what a Markdown reader gets instead of the picture.
    func summary(in language: Language) -> [String]
}

/// A drawn chart with its caption: what a report section holds.
///
/// ```swift
/// let chart = ReportChart(caption: "Sales vs target", drawing: byRep, language: .en)
/// chart.svg        // "<svg xmlns=\"http://www.w3.org/2000/svg\" …"
/// chart.summary    // ["R01 山田: Sales ¥1.2M · Target ¥1.5M", …]
/// ```
public struct ReportChart: Sendable {
    public var caption: String
    public var svg: String
    public var summary: [String]

    public init(caption: String, svg: String, summary: [String]) {
        self.caption = caption
        self.svg = svg
        self.summary = summary
    }

    public init(caption: String, drawing: some ChartDrawing, language: Language) {
        self.init(caption: caption, svg: drawing.svg(in: language), summary: drawing.summary(in: language))
    }
}
