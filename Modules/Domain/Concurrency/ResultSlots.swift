import Foundation

/// Results filled from several threads, one slot each, read in slot order once all are in:
/// the parts of a rules run, the halves of a company's facts, the reps of a plan.
///
/// ```swift
/// let slots = ResultSlots<Int>(count: 2)
/// DispatchQueue.concurrentPerform(iterations: 2) { part in _ = slots.fill(part, with: part * 10) }
/// slots.values    // [0, 10]
/// ```
public final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private var filled = 0
    private let lock = NSLock()

    public init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Stores a result; returns how many slots are filled now.
    @discardableResult
    public func fill(_ index: Int, with value: Value) -> Int {
        lock.withLock {
            slots[index] = value
            filled += 1
            return filled
        }
    }

    /// The filled slots' values, in slot order.
    public var values: [Value] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
