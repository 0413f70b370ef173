import Foundation
import RoundsDomain

/// A file being written under a temporary name beside its target. It replaces the target in one
/// step (`rename`) when complete, and disappears if the writing is abandoned, so a failed export
/// never leaves half a file or clobbers the previous one.
final class TemporaryFile {
    let url: URL
    let target: URL
    /// The target's name as the user gave it, for messages.
    let file: String
    private var moved = false

    init(beside target: URL, suffix: String = "") {
        self.target = target
        file = target.relativePath
        url = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString)\(suffix).tmp")
    }

    func moveIntoPlace() throws(ExchangeProblem) {
        guard rename(url.path, target.path) == 0 else {
            throw ExchangeProblem(file: file, message: .cannotWrite(String(cString: strerror(errno))), code: .io)
        }
        moved = true
    }

    /// Removes the file now rather than when this is released.
    func remove() {
        unlink(url.path)
        moved = true
    }

    deinit {
        if !moved { unlink(url.path) }
    }
}

/// Bytes written to a file through a buffer, so rows of a few bytes cost no system call each.
final class BufferedOutput {
    let file: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    init(to temporary: TemporaryFile) throws(ExchangeProblem) {
        file = temporary.file
        guard FileManager.default.createFile(atPath: temporary.url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.url.path) else {
            throw ExchangeProblem(file: temporary.file, message: .cannotWrite(String(cString: strerror(errno))), code: .io)
        }
        self.handle = handle
        buffer.reserveCapacity(Self.flushSize * 2)
    }

    func write(_ bytes: some Sequence<UInt8>) throws(ExchangeProblem) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func write(_ text: String) throws(ExchangeProblem) {
        try write(text.utf8)
    }

    /// Writes what is buffered and closes the file.
    func close() throws(ExchangeProblem) {
        try flush()
        do {
            try handle.close()
        } catch {
            throw ExchangeProblem(file: file, message: .cannotWrite(ChunkedInput.reason(error)), code: .io)
        }
    }

    private func flush() throws(ExchangeProblem) {
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw ExchangeProblem(file: file, message: .cannotWrite(ChunkedInput.reason(error)), code: .io)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
