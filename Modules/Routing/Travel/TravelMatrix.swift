/// Travel between every pair of places in one problem, built once and read by every solver.
/// Row-major in one contiguous array; asymmetric matrices are fine (`self[a, b] != self[b, a]`).
///
/// The unit is whatever the problem measures in: seconds for a rep's day, the benchmark's own
/// distance for TSPLIB and Solomon files. Travel time and cost are the same number.
///
/// ```swift
/// let matrix = TravelMatrix(count: places.count) { a, b in model.seconds(from: places[a], to: places[b]) }
/// let leg = matrix[0, 3]
/// ```
public struct TravelMatrix: Sendable {
    public let count: Int
    public private(set) var values: [Double]

    public init(count: Int, values: [Double]) {
        precondition(values.count == count * count, "a \(count)×\(count) matrix needs \(count * count) values")
        self.count = count
        self.values = values
    }

    public init(count: Int, _ travel: (Int, Int) -> Double) {
        var values = [Double](repeating: 0, count: count * count)
        for from in 0..<count {
            for to in 0..<count where to != from {
                values[from * count + to] = travel(from, to)
            }
        }
        self.init(count: count, values: values)
    }

    // Inlinable: the planner in another module reads it millions of times a second.
    @inlinable @inline(__always)
    public subscript(from: Int, to: Int) -> Double {
        values[from * count + to]
    }
}
