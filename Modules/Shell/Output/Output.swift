import Foundation

/// The one sink for standard output. Text is buffered and flushed before anything goes to
/// standard error, so messages keep their order in pipes and tests. `capture` redirects
/// everything written inside it: command substitution and `--output FILE` use it.
public final class Output: @unchecked Sendable {
    private var buffer = ""
    private var captures: [String] = []

    public init() {}

    public func write(_ text: String) {
        if captures.isEmpty {
            buffer += text
            if buffer.utf8.count > 64 * 1024 { flush() }
        } else {
            captures[captures.count - 1] += text
        }
    }

    public func line(_ text: String = "") {
        write(text + "\n")
    }

    public func capture(_ body: () throws -> Void) throws -> String {
        captures.append("")
        defer { _ = captures.popLast() }
        try body()
        return captures.last!
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }

    /// Writes a line to standard error, after what standard output holds so far.
    public func error(_ text: String) {
        flush()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
