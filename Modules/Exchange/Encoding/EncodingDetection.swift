import Foundation

extension TextEncodingChoice {
    /// The encoding to read a file with. `.auto` reads the whole file once (in chunks) to check
    /// that it is UTF-8 throughout: a Shift_JIS file can look like UTF-8 for many lines.
    ///
    /// ```swift
    /// try TextEncodingChoice.auto.resolve(for: URL(fileURLWithPath: "顧客.csv"))   // .cp932
    /// ```
    public func resolve(for url: URL) throws(ExchangeProblem) -> TextEncoding {
        var input = try ChunkedInput(url: url)
        _ = try input.refill()
        let start = UnsafeBufferPointer(rebasing: input.buffer[..<min(input.count, 3)])
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
            throw ExchangeProblem(file: input.file, message: .utf16NotSupported)
        }
        let hasBOM = start.elementsEqual(TextEncoding.byteOrderMark)
        switch self {
        case .utf8: return hasBOM ? .utf8WithBOM : .utf8
        case .sjis: return .cp932
        case .auto: return hasBOM ? .utf8WithBOM : try Self.isUTF8(&input) ? .utf8 : .cp932
        }
    }

    private static func isUTF8(_ input: inout ChunkedInput) throws(ExchangeProblem) -> Bool {
        while true {
            let unread = UnsafeBufferPointer(rebasing: input.buffer[input.position..<input.count])
            let (valid, consumed) = UTF8Validation.validPrefix(unread)
            guard valid else { return false }
            input.position += consumed
            // What is left unread is a sequence cut by the chunk's end: fine unless the file ends.
            guard try input.refill() else { return input.position == input.count }
        }
    }
}
