import Foundation

/// Polls `condition` until it holds, for at most `limit` seconds: a guard against a hang, never
/// a measure of speed. Returns whether it held.
func waitUntil(seconds limit: Double = 30, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(limit)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
}
