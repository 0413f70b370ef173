import Foundation

/// A value axis from zero to a round top with four or five round ticks (steps of 1, 2, 2.5 or 5
/// times a power of ten), so `¥1,234,567` gets ticks at 0, ¥500k, ¥1M, ¥1.5M.
///
/// ```swift
/// let scale = ChartScale(maximum: 1_234_567)
/// scale.ticks            // [0, 500000, 1000000, 1500000]
/// scale.fraction(750_000) // 0.5
/// ```
struct ChartScale {
    let ticks: [Int]
    let top: Int

    /// `maximum` must be positive: a chart with nothing above zero is drawn as "no data" instead.
    init(maximum: Int) {
        let raw = Double(max(1, maximum)) / 4
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let factors: [Double] = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10]
        let step = max(1, Int((factors.first { $0 * magnitude >= raw } ?? 10) * magnitude))
        let count = (max(1, maximum) + step - 1) / step
        top = count * step
        ticks = (0...count).map { $0 * step }
    }

    /// Where a value sits between zero (0) and the top (1), clamped: negative values sit on zero.
    func fraction(_ value: Int) -> Double {
        min(1, max(0, Double(value) / Double(top)))
    }
}
