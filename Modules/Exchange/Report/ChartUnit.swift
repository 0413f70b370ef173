import Foundation
import RoundsDomain

/// What a chart's numbers count, and how its axis and labels say them: yen short on the axis
/// (`¥12M` in English, `1,200万` in Japanese, as a Japanese sales meeting reads money), exact in tooltips.
///
/// ```swift
/// ChartUnit.yen.short(12_000_000, in: .en)   // "¥12M"
/// ChartUnit.yen.short(12_000_000, in: .ja)   // "1,200万"
/// ChartUnit.yen.exact(12_345)                // "¥12,345"
/// ChartUnit.count.short(1_200, in: .en)      // "1,200"
/// ```
public enum ChartUnit: Sendable {
    case count
    case yen

    /// Axis ticks and bar labels: at most two decimals of the largest unit that fits.
    public func short(_ value: Int, in language: Language) -> String {
        switch self {
        case .count: return ReportFormat.count(value)
        case .yen:
            let sign = value < 0 ? "-" : "", magnitude = Double(value.magnitude)
            if value == 0 { return "0" }
            if language == .ja {
                if magnitude >= 1e8 { return sign + Self.decimal(magnitude / 1e8) + "億" }
                if magnitude >= 1e4 { return sign + Self.decimal(magnitude / 1e4) + "万" }
                return sign + Yen.format(Int(magnitude))
            }
            for (size, suffix) in [(1e9, "B"), (1e6, "M"), (1e3, "k")] where magnitude >= size {
                return sign + "¥" + Self.decimal(magnitude / size) + suffix
            }
            return sign + Yen.format(Int(magnitude))
        }
    }

    /// The whole number, for tooltips and tables: `¥12,345,678`, `1,234`.
    public func exact(_ value: Int) -> String {
        self == .yen ? Yen.format(value) : ReportFormat.count(value)
    }

    /// `1200` → "1,200", `1.5` → "1.5", `1.254` → "1.25": grouped, trailing zeros dropped.
    private static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = ReportFormat.count(hundredths / 100)
        let fraction = hundredths % 100
        if fraction == 0 { return whole }
        return whole + "." + (fraction % 10 == 0 ? "\(fraction / 10)" : String(format: "%02d", fraction))
    }
}
