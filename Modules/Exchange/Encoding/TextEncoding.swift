/// The byte encoding of a text file, as read or to be written.
///
/// ```swift
/// let bytes = try TextEncoding.cp932.encode("①髙")   // [0x87, 0x40, 0xFB, 0xFC]
/// try TextEncoding.cp932.decode(bytes)                 // "①髙"
/// ```
public enum TextEncoding: Sendable, Equatable, CustomStringConvertible {
    case utf8
    /// UTF-8 with a byte order mark: how Excel saves "CSV UTF-8", and what makes Excel open a
    /// UTF-8 CSV without garbling Japanese.
    case utf8WithBOM
    case cp932

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 (BOM)"
        case .cp932: "Shift_JIS (CP932)"
        }
    }

    /// Decodes a whole text, such as one CSV field. A byte order mark is not expected here.
    public func decode(_ bytes: some Collection<UInt8>) throws(TextCodingFailure) -> String {
        let contiguous = Array(bytes)
        return try contiguous.withUnsafeBufferPointer { buffer throws(TextCodingFailure) in try decode(buffer) }
    }

    func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextCodingFailure) -> String {
        switch self {
        case .utf8, .utf8WithBOM:
            // Checked first, then decoded without repair: `String(validating:)` is generic and, called
            // per field, costs a tenth of the reading time in metadata look-ups.
            if let offset = UTF8Validation.firstInvalidOffset(in: bytes) { throw .undecodableByte(bytes[offset], offset: offset) }
            return String(decoding: bytes, as: UTF8.self)
        case .cp932:
            return try CP932.table().decode(bytes)
        }
    }

    /// Encodes a text for writing. UTF-8 always succeeds; CP932 fails on the first character it
    /// cannot represent exactly, never writing `?` or a look-alike in its place.
    public func encode(_ text: String) throws(TextCodingFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        try encode(text, into: &bytes)
        return bytes
    }

    func encode(_ text: String, into bytes: inout [UInt8]) throws(TextCodingFailure) {
        switch self {
        case .utf8, .utf8WithBOM: bytes.append(contentsOf: text.utf8)
        case .cp932: try CP932.table().encode(text, into: &bytes)
        }
    }
}

/// Why a text could not be decoded or encoded.
public enum TextCodingFailure: Error, Sendable, Equatable {
    /// A byte that is not valid in the encoding, `offset` bytes into what was decoded.
    case undecodableByte(UInt8, offset: Int)
    /// A character the encoding cannot represent.
    case unencodable(Character)
    /// This system has no CP932 conversion (glibc's gconv module is missing).
    case unsupported
}
