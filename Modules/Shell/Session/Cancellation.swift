import Foundation
import RoundsDomain

/// Ctrl-C while a command runs: the flag long loops check, plus interrupting the statement the
/// store is running. Thread-safe, because the request comes from a signal-handling thread.
public final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false
    private var onRequest: (@Sendable () -> Void)?

    public init() {}

    public func request() {
        let action = lock.withLock { () -> (@Sendable () -> Void)? in
            requested = true
            return onRequest
        }
        action?()
    }

    /// Runs `body` as the cancellable unit: a request during it interrupts via `interrupt`.
    public func run<T>(interrupt: (@Sendable () -> Void)?, _ body: () throws -> T) throws -> T {
        lock.withLock {
            requested = false
            onRequest = interrupt
        }
        defer { lock.withLock { onRequest = nil } }
        return try body()
    }

    public var isRequested: Bool { lock.withLock { requested } }

    /// Throws `cancelled` when Ctrl-C was pressed; long loops call it between steps.
    public func check() throws(RoundsError) {
        if isRequested { throw RoundsError(.cancelled, .cancelled) }
    }
}
