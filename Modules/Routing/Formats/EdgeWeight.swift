import Foundation

/// How a benchmark file turns coordinates into the distances its published costs use. Each
/// TSPLIB rule rounds every edge on its own, so a tour's length is a sum of whole numbers and
/// only matches the literature when computed exactly this way.
///
/// ```swift
/// EdgeWeight.roundedEuclidean.distance(from: [0, 0], to: [3, 4.4])   // 5 (5.39 to nearest)
/// EdgeWeight.euclidean.distance(from: [0, 0], to: [3, 4.4])          // 5.325…
/// ```
public enum EdgeWeight: Sendable, Hashable {
    /// Solomon: Euclidean distance in double precision, no rounding.
    case euclidean
    /// TSPLIB `EUC_2D`: Euclidean distance rounded to the nearest whole number.
    case roundedEuclidean
    /// TSPLIB `CEIL_2D`: Euclidean distance rounded up.
    case ceilingEuclidean
    /// TSPLIB `GEO`: great-circle distance in whole kilometres on TSPLIB's idealised Earth, from
    /// coordinates written as DDD.MM (degrees, then minutes as the first two decimals).
    case geographic
    /// TSPLIB `ATT`: the pseudo-Euclidean distance of the att48 and att532 instances.
    case pseudoEuclidean
    /// TSPLIB `EXPLICIT`: the file lists the distances itself.
    case explicit

    /// The distance between two points as `(x, y)`; `(latitude, longitude)` for `geographic`.
    /// Nil for `explicit`, which has no formula.
    public func distance(from a: SIMD2<Double>, to b: SIMD2<Double>) -> Double? {
        formula.map { $0(a, b) }
    }

    var formula: ((SIMD2<Double>, SIMD2<Double>) -> Double)? {
        switch self {
        case .euclidean: { Self.length($0 - $1) }
        case .roundedEuclidean: { Self.nint(Self.length($0 - $1)) }
        case .ceilingEuclidean: { Self.length($0 - $1).rounded(.up) }
        case .geographic: Self.geographic
        case .pseudoEuclidean: Self.pseudoEuclidean
        case .explicit: nil
        }
    }

    static func length(_ d: SIMD2<Double>) -> Double {
        (d * d).sum().squareRoot()
    }

    /// TSPLIB's `nint`: `(int)(x + 0.5)`, which rounds halves up for the non-negative distances.
    private static func nint(_ x: Double) -> Double {
        (x + 0.5).rounded(.towardZero)
    }

    /// TSPLIB's own constants, not the true π and Earth radius: the published optima use them.
    private static let pi = 3.141592
    private static let earthRadius = 6378.388

    /// DDD.MM to radians. Whole degrees by truncation, as TSPLIB's FAQ corrects its documentation's
    /// `nint`: rounding would turn 39.57 into 40° − 43′ and put ulysses16's optimum at 7030, not 6859.
    private static func radians(_ coordinate: Double) -> Double {
        let degrees = coordinate.rounded(.towardZero)
        let minutes = coordinate - degrees
        return pi * (degrees + 5 * minutes / 3) / 180
    }

    private static func pseudoEuclidean(_ a: SIMD2<Double>, _ b: SIMD2<Double>) -> Double {
        let d = a - b
        let r = ((d * d).sum() / 10).squareRoot()
        let t = nint(r)
        return t < r ? t + 1 : t
    }

    private static func geographic(_ a: SIMD2<Double>, _ b: SIMD2<Double>) -> Double {
        let latitudeA = radians(a.x), longitudeA = radians(a.y)
        let latitudeB = radians(b.x), longitudeB = radians(b.y)
        let q1 = cos(longitudeA - longitudeB)
        let q2 = cos(latitudeA - latitudeB)
        let q3 = cos(latitudeA + latitudeB)
        // Clamped so rounding error on two equal points cannot leave acos's domain and give NaN.
        let cosine = min(1, max(-1, 0.5 * ((1 + q1) * q2 - (1 - q1) * q3)))
        return (earthRadius * acos(cosine) + 1).rounded(.towardZero)
    }
}
