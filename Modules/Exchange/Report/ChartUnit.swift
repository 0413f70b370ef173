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

    /// Axis ticks and bar labels: three significant digits (at most two decimals) of the largest
    /// unit that fits: `¥3.62M`, `362万`, `5,597万`.
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

    /// `1200` → "1,200", `362.35` → "362", `1.5` → "1.5", `1.254` → "1.25": grouped, trailing zeros dropped.
    private static func decimal(_ value: Double) -> String {
        let decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2
        let scaled = Int((value * pow(10, Double(decimals))).rounded())
        let unit = decimals == 0 ? 1 : decimals == 1 ? 10 : 100
        let whole = ReportFormat.count(scaled / unit)
        var fraction = decimals == 0 ? "" : String(format: "%0\(decimals)d", scaled % unit)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }
}
