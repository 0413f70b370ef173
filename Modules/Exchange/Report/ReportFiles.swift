import Foundation

extension MonthReport {
    /// Writes the report as HTML and/or Markdown, each file whole (a failure leaves no half
    /// file), and returns the paths written. `report month` and `review month` share it.
    ///
    /// ```swift
    /// let written = try report.write(html: "report-2026-11.html", markdown: nil)   // ["report-2026-11.html"]
    /// ```
    public func write(html: String?, markdown: String?) throws(ExchangeProblem) -> [String] {
        if let html { try WholeFile.write(HTMLReport.render(self), to: URL(fileURLWithPath: html)) }
        if let markdown { try WholeFile.write(MarkdownReport.render(self), to: URL(fileURLWithPath: markdown)) }
        return [html, markdown].compactMap { $0 }
    }
}
