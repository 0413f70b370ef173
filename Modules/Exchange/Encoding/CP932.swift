/// Shift_JIS as Windows writes it (code page 932), by table.
///
/// The tables come from the C library's iconv once per process, then every conversion is a table
/// look-up: fast, and exact about failures. iconv itself quietly writes look-alikes for characters
/// CP932 lacks (〜 U+301C as ～ U+FF5E); the tables keep only mappings that read back to the same
/// character, so such characters are reported instead of changed — all but ¥, written as ￥.
struct CP932: Sendable {
    /// Indexed by a single byte, or by `lead << 8 | trail`.
    private let decoding: [UInt32]
    /// Indexed by a BMP scalar: the code to write (one byte when below 0x100), 0 when there is none.
    private let encoding: [UInt16]

    private static let unmapped = UInt32.max
    private static let shared = CP932.fromIconv()

    static func table() throws(TextCodingFailure) -> CP932 {
        guard let shared else { throw .unsupported }
        return shared
    }

    static func isLead(_ byte: UInt8) -> Bool {
        (0x81...0x9F).contains(byte) || (0xE0...0xFC).contains(byte)
    }

    func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(TextCodingFailure) -> String {
        if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        var failure: (byte: UInt8, offset: Int)?
        // Each CP932 byte becomes at most three UTF-8 bytes (half-width kana: one byte to three).
        let text = String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            var written = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    output[written] = byte
                    written += 1
                    index += 1
                    continue
                }
                var scalar = decoding[Int(byte)]
                var width = 1
                if scalar == Self.unmapped, Self.isLead(byte), index + 1 < bytes.count {
                    scalar = decoding[Int(byte) << 8 | Int(bytes[index + 1])]
                    width = 2
                }
                guard scalar != Self.unmapped else {
                    failure = (byte, index)
                    return 0
                }
                written += Self.writeUTF8(scalar, into: output, at: written)
                index += width
            }
            return written
        }
        if let failure { throw .undecodableByte(failure.byte, offset: failure.offset) }
        return text
    }

    func encode(_ text: String, into bytes: inout [UInt8]) throws(TextCodingFailure) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
                continue
            }
            guard value < 0x10000, case let code = encoding[Int(value)], code != 0 else {
                throw .unencodable(Character(scalar))
            }
            if code > 0xFF { bytes.append(UInt8(code >> 8)) }
            bytes.append(UInt8(code & 0xFF))
        }
    }

    private static func writeUTF8(_ scalar: UInt32, into output: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        switch scalar {
        case ..<0x80:
            output[index] = UInt8(scalar)
            return 1
        case ..<0x800:
            output[index] = UInt8(0xC0 | scalar >> 6)
            output[index + 1] = UInt8(0x80 | scalar & 0x3F)
            return 2
        default:
            output[index] = UInt8(0xE0 | scalar >> 12)
            output[index + 1] = UInt8(0x80 | scalar >> 6 & 0x3F)
            output[index + 2] = UInt8(0x80 | scalar & 0x3F)
            return 3
        }
    }

    private static func fromIconv() -> CP932? {
        guard let toUnicode = Iconv(from: "CP932", to: "UTF-32LE"),
              let fromUnicode = Iconv(from: "UTF-32LE", to: "CP932") else { return nil }
        func scalar(_ input: [UInt8]) -> UInt32? {
            guard let out = toUnicode.convert(input), out.count == 4 else { return nil }
            return out.reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }
        var decoding = [UInt32](repeating: unmapped, count: 0x10000)
        for byte in UInt8.min...UInt8.max where !isLead(byte) {
            if let value = scalar([byte]) { decoding[Int(byte)] = value }
        }
        let trails = Array(UInt8(0x40)...0x7E) + Array(UInt8(0x80)...0xFC)
        for lead in UInt8(0x81)...0xFC where isLead(lead) {
            for trail in trails {
                if let value = scalar([lead, trail]) { decoding[Int(lead) << 8 | Int(trail)] = value }
            }
        }
        var encoding = [UInt16](repeating: 0, count: 0x10000)
        for value in decoding where value != unmapped && value < 0x10000 && encoding[Int(value)] == 0 {
            // Several codes read as the same character (NEC and IBM duplicates such as ∵ or 纊):
            // iconv names the one Windows writes. Keep it only if it reads back unchanged.
            let utf32 = (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
            guard let out = fromUnicode.convert(utf32), (1...2).contains(out.count) else { continue }
            let code = out.reduce(0) { $0 << 8 | Int($1) }
            if decoding[code] == value { encoding[Int(value)] = UInt16(code) }
        }
        // The one deliberate look-alike: CP932 has no ¥ of its own (its 0x5C reads as a backslash),
        // and yen signs are everywhere in Japanese business text, so ¥ is written as the full-width ￥.
        encoding[0xA5] = encoding[0xFFE5]
        return CP932(decoding: decoding, encoding: encoding)
    }
}
