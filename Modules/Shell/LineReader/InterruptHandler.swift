import Foundation

/// Ctrl-C while a command runs: SIGINT cancels the command (`Cancellation.request()`) and the
/// shell stays. At the prompt the terminal sends Ctrl-C to readline as a key instead (see
/// `LineEditor`), so no signal arrives there.
///
/// ```swift
/// InterruptHandler.install(cancellation: session.cancellation)
/// ```
///
/// A signal handler may only call async-signal-safe functions, and `request()` takes a lock:
/// the handler writes a byte to a pipe, and a dispatch source reading the pipe makes the request.
enum InterruptHandler {
    /// Read from the signal handler: a plain integer, set before the handler is installed.
    nonisolated(unsafe) private static var writeEnd: Int32 = -1
    /// Kept for the life of the process; the source stops if released.
    nonisolated(unsafe) private static var source: (any DispatchSourceRead)?

    static func install(cancellation: Cancellation) {
        guard source == nil else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            // Neither side may block: not the handler on a full pipe, not the drain on an empty one.
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        writeEnd = ends[1]
        let readEnd = ends[0]
        let source = DispatchSource.makeReadSource(fileDescriptor: readEnd, queue: .global())
        source.setEventHandler {
            var bytes = [UInt8](repeating: 0, count: 64)
            while read(readEnd, &bytes, bytes.count) > 0 {}
            cancellation.request()
        }
        source.resume()
        self.source = source
        signal(SIGINT, onInterrupt)
        // A parent may start us with SIGINT blocked (test runners do), and the mask survives exec.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }

    private static let onInterrupt: @convention(c) (Int32) -> Void = { _ in
        let savedErrno = errno
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
        errno = savedErrno
    }
}
