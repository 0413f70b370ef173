#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One conversion through the C library's iconv, used only to read its conversion tables: glibc's
/// CP932 is Microsoft's table (NEC and IBM extensions included), which Foundation's Shift_JIS on
/// Linux does not promise to be.
final class Iconv {
    private let descriptor: iconv_t

    init?(from source: String, to target: String) {
        let descriptor = iconv_open(target, source)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Converts one complete input; nil when iconv rejects it or stops short.
    func convert(_ input: [UInt8]) -> [UInt8]? {
        var input = input.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: 16)
        return input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> [UInt8]? in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress
                var outLeft = outBuffer.count
                iconv(descriptor, nil, nil, nil, nil)
                guard iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer[..<(outBuffer.count - outLeft)].map { UInt8(bitPattern: $0) }
            }
        }
    }
}
