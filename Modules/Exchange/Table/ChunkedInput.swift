import Foundation
import RoundsDomain

/// A file read front to back in fixed-size chunks through one reused buffer, so reading a file of
/// any size takes the same memory.
struct ChunkedInput {
    /// Owns what must be released once, however many copies of the input there are.
    private final class Storage {
        let handle: FileHandle
        let buffer: UnsafeMutableBufferPointer<UInt8>

        init(handle: FileHandle, capacity: Int) {
            self.handle = handle
            buffer = .allocate(capacity: capacity)
        }

        deinit {
            buffer.deallocate()
        }
    }

    /// The file's name as the user gave it, for messages.
    let file: String
    private let storage: Storage
    var buffer: UnsafeMutableBufferPointer<UInt8> { storage.buffer }
    /// How many bytes of `buffer` hold data.
    private(set) var count = 0
    /// The next byte to read in `buffer`.
    var position = 0
    /// The file offset of `buffer[0]`.
    private(set) var bufferOffset = 0
    private(set) var atEnd = false
    /// The file's size when it was opened, for progress.
    let size: Int

    init(url: URL, chunkSize: Int = 1 << 16) throws(ExchangeProblem) {
        file = url.relativePath
        do {
            storage = Storage(handle: try FileHandle(forReadingFrom: url), capacity: chunkSize)
            var status = stat()
            // A pipe has no size (0): no progress can be shown for it.
            size = fstat(storage.handle.fileDescriptor, &status) == 0 ? Int(status.st_size) : 0
        } catch {
            throw ExchangeProblem(file: url.relativePath, message: .cannotOpen(Self.reason(error)), code: .io)
        }
    }

    /// The file offset of the next byte to read.
    var offset: Int { bufferOffset + position }

    /// Moves the unread bytes to the front and reads more behind them; false once nothing more
    /// could be read (end of file, or the buffer is full of unread bytes).
    mutating func refill() throws(ExchangeProblem) -> Bool {
        guard !atEnd else { return false }
        let unread = count - position
        if position > 0 {
            if unread > 0 {
                buffer.baseAddress!.update(from: buffer.baseAddress! + position, count: unread)
            }
            bufferOffset += position
            position = 0
            count = unread
        }
        guard count < buffer.count else { return false }
        let descriptor = storage.handle.fileDescriptor
        var received: Int
        repeat {
            received = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
        } while received < 0 && errno == EINTR
        guard received >= 0 else {
            throw ExchangeProblem(file: file, message: .cannotRead(String(cString: strerror(errno))), code: .io)
        }
        if received == 0 {
            atEnd = true
            return false
        }
        count += received
        return true
    }

    /// The next byte, reading a new chunk when needed; nil at the end of the file.
    @inline(__always)
    mutating func nextByte() throws(ExchangeProblem) -> UInt8? {
        if position == count, try !refill() { return nil }
        defer { position += 1 }
        return buffer[position]
    }

    /// The next byte without consuming it.
    @inline(__always)
    mutating func peekByte() throws(ExchangeProblem) -> UInt8? {
        if position == count, try !refill() { return nil }
        return buffer[position]
    }

    static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
