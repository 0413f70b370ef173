import Foundation
import RoundsDomain

/// The frame every report chart shares: one inline `<svg>` with a `viewBox` (it scales to the page),
/// a white ground and a `<title>` for screen readers; and the "no data" chart drawn in its place
/// when there is nothing to draw, so a report never shows an empty box or a division by zero.
///
/// ```swift
/// SVGChart.document(width: 720, height: 240, title: "Sales", body: "<rect …/>")
/// SVGChart.noData(title: "Sales", in: .ja)   // a grey frame saying データなし
/// ```
enum SVGChart {
    static let ink = "#222222"
    static let grid = "#d8d8d0"
    static let muted = "#666666"

    static func document(width: Double, height: Double, title: String, body: String) -> String {
        let w = n(width), h = n(height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" "
            + "height=\"\(h)\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n"
            + "<title>\(XMLText.escaped(title))</title>\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
            + body + "</svg>\n"
    }

    static func noData(title: String, in language: Language, width: Double = 720, height: Double = 120) -> String {
        let body = "<rect x=\"1\" y=\"1\" width=\"\(n(width - 2))\" height=\"\(n(height - 2))\" fill=\"#f7f7f4\" "
            + "stroke=\"\(grid)\" stroke-dasharray=\"4 3\"/>\n"
            + "<text class=\"no-data\" x=\"\(n(width / 2))\" y=\"\(n(height / 2 + 5))\" text-anchor=\"middle\" "
            + "font-size=\"14\" fill=\"\(muted)\">\(XMLText.escaped(Message.reportNoData.text(in: language)))</text>\n"
        return document(width: width, height: height, title: title, body: body)
    }

    /// A text element, escaped; `anchor` is SVG's `text-anchor`.
    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double? = nil,
                     fill: String = ink, bold: Bool = false) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\"" + (anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")
            + (size.map { " font-size=\"\(n($0))\"" } ?? "") + (bold ? " font-weight=\"bold\"" : "")
            + " fill=\"\(fill)\">\(XMLText.escaped(content))</text>\n"
    }

    /// A rectangle with a tooltip; `kind` is its class, which tests and stylesheets count on.
    static func rect(_ kind: String, x: Double, y: Double, width: Double, height: Double, fill: String,
                     opacity: Double = 1, tooltip: String) -> String {
        "<rect class=\"\(kind)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, width)))\" height=\"\(n(max(0, height)))\" "
            + "fill=\"\(fill)\"" + (opacity < 1 ? " fill-opacity=\"\(String(format: "%.2f", max(0, opacity)))\"" : "")
            + "><title>\(XMLText.escaped(tooltip))</title></rect>\n"
    }

    /// One legend row of coloured swatches and names, left to right from `x`.
    static func legend(_ names: [String], x: Double, y: Double, colour: (Int) -> String) -> String {
        var out = "", left = x
        for (index, name) in names.enumerated() {
            out += "<rect x=\"\(n(left))\" y=\"\(n(y - 9))\" width=\"10\" height=\"10\" fill=\"\(colour(index))\"/>"
                + text(name, x: left + 14, y: y)
            left += 14 + textWidth(name, size: 12) + 18
        }
        return out
    }

    /// About how wide a text is drawn: Latin letters ~0.6 em, kana and kanji a full em.
    static func textWidth(_ content: String, size: Double) -> Double {
        content.unicodeScalars.reduce(0) { $0 + ($1.value < 0x1100 ? 0.6 : 1) } * size
    }

    static func n(_ value: Double) -> String { SVGMap.number(value.isFinite ? value : 0) }
}
