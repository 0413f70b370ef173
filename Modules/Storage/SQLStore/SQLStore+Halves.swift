import Foundation
import RoundsDomain

extension SQLStore {
    /// Runs `body` over the customers of a big company in two halves of their codes at once,
    /// the second on its own read-only connection (a machine has two cores or more), and over
    /// all of them in one go below `splitAt` customers. `body` gets the codes from `lower` and
    /// below `upper` (nil: no bound) and returns its rows in code order, so the halves join.
    ///
    /// ```swift
    /// let rows = try inCodeHalves(splitAt: 20_000) { db, lower, upper in try Self.rows(from: lower, below: upper, in: db) }
    /// ```
    func inCodeHalves<Value>(splitAt: Int, _ body: @escaping @Sendable (any SQLDatabase, String?, String?) throws -> [Value]) throws -> [Value] {
        let middle = try read { db -> String? in
            let count = try db.value(Int.self, "SELECT count(*) FROM customer") ?? 0
            guard count > splitAt else { return nil }
            return try db.value(String.self, "SELECT code FROM customer ORDER BY code LIMIT 1 OFFSET ?", [count / 2])
        }
        guard let middle else { return try read { db in try body(db, nil, nil) } }
        let halves = ResultSlots<Result<[Value], any Error>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            halves.fill(half, with: Result {
                if half == 0 { return try read { db in try body(db, nil, middle) } }
                return try backend.makeReader().read { db in try body(db, middle, nil) }
            })
        }
        let both = halves.values
        return try both[0].get() + both[1].get()
    }
}
