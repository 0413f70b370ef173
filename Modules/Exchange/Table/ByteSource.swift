/// Bytes read one at a time, from a file in chunks or from memory: what the XML and JSON
/// scanners read from.
protocol ByteSource {
    /// The next byte; nil at the end.
    mutating func nextByte() throws(ExchangeProblem) -> UInt8?
    /// The next byte without consuming it.
    mutating func peekByte() throws(ExchangeProblem) -> UInt8?
    /// How many bytes have been consumed.
    var offset: Int { get }
    /// How many bytes there are in all.
    var size: Int { get }
    /// Appends the bytes before the first one that `stop` accepts, and returns that byte, not
    /// consumed; nil at the end. Runs of plain text are copied in one go this way.
    mutating func copy(into bytes: inout [UInt8], until stop: (UInt8) -> Bool) throws(ExchangeProblem) -> UInt8?
}

extension ByteSource {
    var progress: ReadProgress { ReadProgress(read: offset, total: size) }
}

extension ChunkedInput: ByteSource {
    mutating func copy(into bytes: inout [UInt8], until stop: (UInt8) -> Bool) throws(ExchangeProblem) -> UInt8? {
        while true {
            if position == count, try !refill() { return nil }
            var end = position
            while end < count, !stop(buffer[end]) { end += 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position..<end]))
            position = end
            if end < count { return buffer[end] }
        }
    }
}

/// A small part held in memory, such as an XLSX workbook's list of sheets.
struct MemoryInput: ByteSource {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var size: Int { bytes.count }

    mutating func nextByte() throws(ExchangeProblem) -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    func peekByte() throws(ExchangeProblem) -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    mutating func copy(into bytes: inout [UInt8], until stop: (UInt8) -> Bool) throws(ExchangeProblem) -> UInt8? {
        let start = offset
        while offset < self.bytes.count, !stop(self.bytes[offset]) { offset += 1 }
        bytes += self.bytes[start..<offset]
        return offset < self.bytes.count ? self.bytes[offset] : nil
    }
}
