import Foundation
import PostgresNIO
import RoundsStorage

/// `COPY … FROM STDIN` as an `SQLRowWriter`: rows stream to the server as text, with no
/// statement to parse and no round trip per batch, several times faster than multi-row
/// `INSERT`s, and the server stores them while the caller reads its next rows.
///
/// postgres-nio's `copyFrom` is async and pulls its data; the store is synchronous and pushes its
/// rows. So the rows are encoded here into chunks of a megabyte that a task hands to the server,
/// at most `chunksAhead` of them waiting, so a fast reader never holds more than a few megabytes.
///
/// ```swift
/// let copy = PostgresCopy(connection, table: "rep", columns: ["id", "code"])
/// try copy.add([.integer(1), .text("R01")])
/// try copy.finish()
/// ```
final class PostgresCopy: SQLRowWriter {
    static let chunkBytes = 1 << 20
    static let chunksAhead = 4
    private let feed: AsyncStream<ByteBuffer>.Continuation
    private let state = State()
    private let finished = DispatchSemaphore(value: 0)
    private var buffer = ByteBuffer()
    private var ended = false

    init(_ connection: PostgresConnection, table: String, columns: [String]) {
        let (chunks, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        self.feed = feed
        // Not on the shared pool: its few threads may all be blocked in callers like this one,
        // waiting for copies whose tasks would then never run.
        Task(executorPreference: CopyExecutor.shared) { [state, finished] in
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: ServerLogin.logger) { writer in
                    for await chunk in chunks {
                        try await writer.write(chunk)
                        state.space.signal()
                    }
                    // Thrown here, the copy ends with CopyFail and nothing is written.
                    if let error = state.producerError { throw error }
                }
            } catch {
                state.fail(error)
            }
            finished.signal()
        }
    }

    func add(_ values: [SQLValue]) throws {
        // The server refused the data: its error ends the copy, not more rows.
        if let error = state.serverError {
            end()
            throw error
        }
        Self.encode(values, into: &buffer)
        if buffer.readableBytes >= Self.chunkBytes { send() }
    }

    func finish() throws {
        if buffer.readableBytes > 0, state.serverError == nil { send() }
        end()
        if let error = state.producerError ?? state.serverError { throw error }
    }

    func cancel() {
        if state.producerError == nil { state.producerError = CopyCancelled() }
        end()
    }

    /// The last chunk is sent; waits for the server's answer (once).
    private func end() {
        guard !ended else { return }
        ended = true
        feed.finish()
        finished.wait()
    }

    private func send() {
        state.space.wait()
        feed.yield(buffer)
        buffer = ByteBuffer()
    }

    /// One row in COPY's text format: a tab between values, `\N` for NULL, backslash escapes.
    static func encode(_ values: [SQLValue], into buffer: inout ByteBuffer) {
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            switch value {
            case .null: buffer.writeStaticString("\\N")
            case .integer(let number): buffer.writeString(String(number))
            // Swift's shortest form reads back as the same double (`inf` and `nan` too).
            case .real(let number): buffer.writeString(number.description)
            case .text(let text): escape(text, into: &buffer)
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    private static func escape(_ text: String, into buffer: inout ByteBuffer) {
        var text = text
        text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
                buffer.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
    }

    /// Runs the copies' tasks on a queue of their own; they only ever wait for the connection.
    private final class CopyExecutor: TaskExecutor {
        static let shared = CopyExecutor()
        private let queue = DispatchQueue(label: "rounds.postgres.copy")

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    /// The caller's error ended the rows; the copy fails so that none are written.
    private struct CopyCancelled: Error {}

    /// What the producing thread and the copy's task share.
    private final class State: @unchecked Sendable {
        let space = DispatchSemaphore(value: PostgresCopy.chunksAhead)
        private let lock = NSLock()
        private var serverFailure: (any Error)?
        private var producerFailure: (any Error)?

        var serverError: (any Error)? { lock.withLock { serverFailure } }
        var producerError: (any Error)? {
            get { lock.withLock { producerFailure } }
            set { lock.withLock { producerFailure = newValue } }
        }

        /// The copy failed: a producer waiting for space wakes to see it.
        func fail(_ error: any Error) {
            lock.withLock { serverFailure = error }
            space.signal()
        }
    }
}
