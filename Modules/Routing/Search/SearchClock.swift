import Foundation

/// Monotonic seconds since the search started: wall-clock changes never stretch a time limit.
struct SearchClock {
    private let start = DispatchTime.now().uptimeNanoseconds

    var elapsed: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
