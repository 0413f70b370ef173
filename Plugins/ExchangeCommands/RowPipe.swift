import Foundation

/// Batches of rows handed from a reading thread to the writing one. Parsing a CSV and inserting
/// into SQLite each keep a core busy, so overlapped a million orders take the longer of the two,
/// not their sum; at most `capacity` batches wait, so memory stays flat.
///
/// ```swift
/// let pipe = RowPipe<Order>(capacity: 8)
/// Thread { _ = pipe.send(batch); pipe.finish(.success(())) }.start()   // the reader
/// while let batch = try pipe.receive() { … }                           // the writer
/// ```
final class RowPipe<Row: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var batches: [[Row]] = []
    /// Set by the reader once it is done, with the error that ended it if any.
    private var end: Result<Void, any Error>?
    /// Set by the writer when it stops early (an error, Ctrl-C): the reader gives up.
    private var stopped = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Waits while the pipe is full; false when the writer has stopped.
    func send(_ batch: [Row]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity, !stopped { condition.wait() }
        guard !stopped else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    func finish(_ result: Result<Void, any Error>) {
        condition.lock()
        end = result
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil once the reader finished and every batch was taken. Throws the
    /// reader's error.
    func receive() throws -> [Row]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, end == nil { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        try end?.get()
        return nil
    }

    /// Stops the reader and waits until it has finished, so nothing it holds outlives the call.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while end == nil { condition.wait() }
        condition.unlock()
    }
}
