import Foundation

/// A value axis from zero to a round top in at most five round steps (1, 2, 2.5 or 5 times a
/// power of ten), so `¥1,234,567` gets ticks at 0, ¥250k, ¥500k … ¥1.25M.
///
/// ```swift
/// let scale = ChartScale(maximum: 1_234_567)
/// scale.ticks              // [0, 250000, 500000, 750000, 1000000, 1250000]
/// scale.fraction(625_000)  // 0.5
/// ```
struct ChartScale {
    let ticks: [Int]
    let top: Int

    /// `maximum` must be positive: a chart with nothing above zero is drawn as "no data" instead.
    init(maximum: Int) {
        let raw = Double(max(1, maximum)) / 5
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
