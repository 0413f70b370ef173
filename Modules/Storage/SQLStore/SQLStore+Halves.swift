import Foundation
import GRDB
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
    func inCodeHalves<Value>(splitAt: Int, _ body: @escaping @Sendable (Database, String?, String?) throws -> [Value]) throws -> [Value] {
        let middle = try grdbRead { db -> String? in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0
            guard count > splitAt else { return nil }
            return try String.fetchOne(db, sql: "SELECT code FROM customer ORDER BY code LIMIT 1 OFFSET ?", arguments: [count / 2])
        }
        guard let middle else { return try grdbRead { db in try body(db, nil, nil) } }
        let halves = ResultSlots<Result<[Value], any Error>>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            halves.fill(half, with: Result {
                if half == 0 { return try grdbRead { db in try body(db, nil, middle) } }
                var configuration = Configuration()
                configuration.readonly = true
                configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 2147418112") }
                let connection = try DatabaseQueue(path: location, configuration: configuration)
                return try connection.read { db in try body(db, middle, nil) }
            })
        }
        let both = halves.values
        return try both[0].get() + both[1].get()
    }
}
