import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014) with the draws the demo generator needs.
///
/// The demo data must be byte-identical for a seed on every run and every Swift release, so
/// this never goes through `SystemRandomNumberGenerator` or the standard library's
/// `random(in:using:)`, whose algorithms are not promised to stay the same.
///
/// ```swift
/// var random = DemoRandom(seed: 1, stream: .customers, index: 42)
/// let minutes = [20, 30, 45, 60][random.below(4)]
/// ```
struct DemoRandom {
    /// Independent streams: customer 42 draws the same values however many customers or reps
    /// the company has, so a 300-customer company is the start of a 10,000-customer one. Each
    /// kind of history has its own, so richer visits never change a customer's orders.
    enum Stream: UInt64 {
        case company = 1, customers, reps, accounts, orders, deals, notes, visits, contacts
    }

    private var state: UInt64

    init(seed: UInt64, stream: Stream, index: Int = 0) {
        state = Self.mix(seed &+ Self.mix(stream.rawValue &+ Self.mix(UInt64(truncatingIfNeeded: index))))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in 0..<count (Lemire's multiply-shift; the bias is below 2⁻⁴⁰ for our counts).
    mutating func below(_ count: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(count)).high)
    }

    /// Uniform in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// Two independent standard normal values (Marsaglia's polar method: only `log` and `sqrt`,
    /// so no trigonometry whose last bit differs between C libraries).
    mutating func gaussianPair() -> (Double, Double) {
        while true {
            let u = 2 * unit() - 1, v = 2 * unit() - 1
            let s = u * u + v * v
            if s > 0, s < 1 {
                let factor = (-2 * log(s) / s).squareRoot()
                return (u * factor, v * factor)
            }
        }
    }

    /// The SplitMix64 output function, also used to spread seeds into unrelated states.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A fixed table of choices with relative weights, picked by one uniform draw.
///
/// ```swift
/// let minutes = Weighted([(20, 15), (30, 45), (45, 25), (60, 15)])
/// let value = minutes.pick(&random)
/// ```
struct Weighted<Element: Sendable>: Sendable {
    let items: [Element]
    private let cumulative: [Double]

    init(_ choices: [(Element, Double)]) {
        precondition(!choices.isEmpty && choices.allSatisfy { $0.1 >= 0 }, "weights must be non-negative")
        items = choices.map(\.0)
        var total = 0.0
        cumulative = choices.map { total += $0.1; return total }
    }

    func pick(_ random: inout DemoRandom) -> Element {
        let target = random.unit() * cumulative[cumulative.count - 1]
        // Binary search: the town and trade tables are small, but this runs per customer.
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}
