/// Where UTF-8 breaks, for error messages and for telling UTF-8 from Shift_JIS.
enum UTF8Validation {
    /// The offset of the first byte that does not belong to a well-formed sequence; a sequence cut
    /// off by the end counts as broken.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let (valid, consumed) = validPrefix(bytes)
        return valid && consumed == bytes.count ? nil : consumed
    }

    /// Checks whole sequences from the start. Stops early (valid, with `consumed` short of the end)
    /// only when the last sequence is incomplete, so a caller reading in chunks can carry those
    /// bytes over to the next chunk.
    static func validPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, consumed: Int) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; secondRange = 0x80...0x9F
            case 0xF0: length = 4; secondRange = 0x90...0xBF
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; secondRange = 0x80...0x8F
            default: return (false, index)
            }
            for position in 1..<length {
                guard index + position < count else { return (true, index) }
                let byte = bytes[index + position]
                guard position == 1 ? secondRange.contains(byte) : (0x80...0xBF).contains(byte) else {
                    return (false, index)
                }
            }
            index += length
        }
        return (true, count)
    }
}
