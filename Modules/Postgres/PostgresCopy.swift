import Foundation
import PostgresNIO
import RoundsStorage

/// `COPY … FROM STDIN` for `SQLDatabase.insertRows`: rows stream to the server as text, with no
/// statement to parse and no round trip per batch, several times faster than multi-row `INSERT`s
/// for the millions of rows of `db copy`.
///
/// postgres-nio's `copyFrom` is async and pulls its data; the store is synchronous and pushes its
/// rows. So the rows are encoded here into chunks of a megabyte that a task hands to the server,
/// at most `chunksAhead` of them waiting, so a fast reader never holds more than a few megabytes.
///
/// ```swift
/// try PostgresCopy.run(connection, table: "rep", columns: ["id", "code"]) { add in
///     try add([.integer(1), .text("R01")])
/// }
/// ```
enum PostgresCopy {
    static let chunkBytes = 1 << 20
    static let chunksAhead = 4

    static func run(_ connection: PostgresConnection, table: String, columns: [String],
                    _ rows: (_ add: ([SQLValue]) throws -> Void) throws -> Void) throws {
        let (chunks, feed) = AsyncStream.makeStream(of: ByteBuffer.self)
        let state = State()
        let finished = DispatchSemaphore(value: 0)
        Task {
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
        var buffer = ByteBuffer()
        func send() {
            state.space.wait()
            feed.yield(buffer)
            buffer = ByteBuffer()
        }
        do {
            try rows { values in
                // The server refused the data: its error ends the copy, not more rows.
                if state.serverError != nil { throw CopyRefused() }
                encode(values, into: &buffer)
                if buffer.readableBytes >= chunkBytes { send() }
            }
            if buffer.readableBytes > 0 { send() }
        } catch where !(error is CopyRefused) {
            state.producerError = error
        } catch {}
        feed.finish()
        finished.wait()
        if let error = state.producerError ?? state.serverError { throw error }
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

    /// The producer stops at the server's error, which is the one reported.
    private struct CopyRefused: Error {}

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
