import Foundation
import RoundsDomain

/// Cells as the report prints them; what cannot be said (no target, a rate of nothing) is `–`,
/// never `NaN` or `inf`.
///
/// ```swift
/// ReportFormat.yen(1_234_000)                 // "¥1,234,000"
/// ReportFormat.percent(part: 3, of: 4)        // "75.0%"
/// ReportFormat.percent(part: 3, of: 0)        // "–"
/// ```
public enum ReportFormat {
    public static let missing = "–"

    public static func yen(_ amount: Int?) -> String {
        amount.map(Yen.format) ?? missing
    }

    public static func count(_ value: Int?) -> String {
        value.map { Yen.format($0).replacingOccurrences(of: "¥", with: "") } ?? missing
    }

    /// A ratio (0.75) as a percentage with one decimal.
    public static func percent(_ ratio: Double?) -> String {
        guard let ratio, ratio.isFinite else { return missing }
        return String(format: "%.1f%%", ratio * 100)
    }

    public static func percent(part: Int, of whole: Int) -> String {
        whole == 0 ? missing : percent(Double(part) / Double(whole))
    }
}
