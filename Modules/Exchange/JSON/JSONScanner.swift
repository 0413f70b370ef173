/// Reads JSON a token at a time: enough to walk an array of flat objects without holding it.
struct JSONScanner<Source: ByteSource> {
    private var source: Source
    let file: String
    /// The line of the next unread byte.
    private(set) var line = 1
    private var text: [UInt8] = []
    /// Just inside `{`: the first key needs no comma before it.
    private var pendingFirstKey = false

    init(source: Source, file: String) {
        self.source = source
        self.file = file
    }

    var progress: ReadProgress { source.progress }

    /// A value as table text: strings unescaped, numbers as written, `true`, `false`, and `""` for
    /// null. Nil for an object or array, which is skipped whole.
    enum Value {
        case text(String)
        case nested
    }

    /// Skips white space (and a byte order mark at the start) and returns the next byte unread.
    mutating func peek() throws(ExchangeProblem) -> UInt8? {
        while let byte = try source.peekByte() {
            switch byte {
            case .lineFeed: line += 1
            case 0x20, 0x09, .carriageReturn: break
            case 0xEF where source.offset == 0:
                for expected in TextEncoding.byteOrderMark where try source.nextByte() != expected { throw expecting("[") }
                continue
            default: return byte
            }
            _ = try source.nextByte()
        }
        return nil
    }

    /// Consumes `byte` after white space, or fails saying it was expected.
    mutating func expect(_ byte: UInt8) throws(ExchangeProblem) {
        guard try peek() == byte else { throw expecting(String(UnicodeScalar(byte))) }
        _ = try source.nextByte()
    }

    /// Consumes `byte` if it comes next.
    mutating func take(_ byte: UInt8) throws(ExchangeProblem) -> Bool {
        guard try peek() == byte else { return false }
        _ = try source.nextByte()
        return true
    }

    mutating func string() throws(ExchangeProblem) -> String {
        try expect(.quote)
        text.removeAll(keepingCapacity: true)
        while let byte = try source.nextByte() {
            switch byte {
            case .quote:
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape()
            case ..<0x20:
                throw expecting("\"")
            default:
                text.append(byte)
            }
        }
        throw expecting("\"")
    }

    mutating func value() throws(ExchangeProblem) -> Value {
        switch try peek() {
        case .quote?:
            return .text(try string())
        case UInt8(ascii: "{")?, UInt8(ascii: "[")?:
            try skipNested()
            return .nested
        case UInt8(ascii: "t")?:
            try literal("true")
            return .text("true")
        case UInt8(ascii: "f")?:
            try literal("false")
            return .text("false")
        case UInt8(ascii: "n")?:
            try literal("null")
            return .text("")
        default:
            return .text(try number())
        }
    }

    /// A number exactly as written, after checking it is one.
    private mutating func number() throws(ExchangeProblem) -> String {
        var digits: [UInt8] = []
        while let byte = try source.peekByte(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte) {
            digits.append(byte)
            _ = try source.nextByte()
        }
        let written = String(decoding: digits, as: UTF8.self)
        guard PlainNumber.isJSONNumber(written) else { throw expecting("value") }
        return written
    }

    private mutating func literal(_ word: String) throws(ExchangeProblem) {
        for expected in word.utf8 where try source.nextByte() != expected { throw expecting("value") }
    }

    private mutating func skipNested() throws(ExchangeProblem) {
        if try take(UInt8(ascii: "{")) {
            if try take(UInt8(ascii: "}")) { return }
            repeat {
                _ = try string()
                try expect(UInt8(ascii: ":"))
                _ = try value()
            } while try take(.comma)
            try expect(UInt8(ascii: "}"))
        } else {
            try expect(UInt8(ascii: "["))
            if try take(UInt8(ascii: "]")) { return }
            repeat { _ = try value() } while try take(.comma)
            try expect(UInt8(ascii: "]"))
        }
    }

    /// After a backslash in a string.
    private mutating func escape() throws(ExchangeProblem) {
        guard let byte = try source.nextByte() else { throw expecting("\"") }
        switch byte {
        case .quote, UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(.lineFeed)
        case UInt8(ascii: "r"): text.append(.carriageReturn)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800..<0xDC00).contains(value) {
                // A surrogate pair: `\uD83D\uDE00`.
                guard try source.nextByte() == UInt8(ascii: "\\"), try source.nextByte() == UInt8(ascii: "u") else {
                    throw expecting("\\u")
                }
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw expecting("\\u") }
                value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else { throw expecting("\\u") }
            text.append(contentsOf: String(Character(scalar)).utf8)
        default:
            throw expecting("\\")
        }
    }

    private mutating func hex4() throws(ExchangeProblem) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = try source.nextByte(), let digit = Character(UnicodeScalar(byte)).hexDigitValue else {
                throw expecting("\\u")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    func expecting(_ what: String) -> ExchangeProblem {
        ExchangeProblem(file: file, row: line, message: .malformedJSON(expected: what))
    }

    /// Moves into the next object of the top-level array (`[` first, `,` between); false after `]`.
    mutating func nextObject(first: Bool) throws(ExchangeProblem) -> Bool {
        if first {
            guard try peek() == UInt8(ascii: "[") else { throw notArrayOfObjects() }
            try expect(UInt8(ascii: "["))
            if try take(UInt8(ascii: "]")) { return try atEnd() }
        } else if try take(UInt8(ascii: "]")) {
            return try atEnd()
        } else {
            try expect(.comma)
        }
        guard try peek() == UInt8(ascii: "{") else { throw notArrayOfObjects() }
        try expect(UInt8(ascii: "{"))
        pendingFirstKey = true
        return true
    }

    /// The next key of the current object, with its colon; nil after the closing brace.
    mutating func nextKey() throws(ExchangeProblem) -> String? {
        if pendingFirstKey {
            pendingFirstKey = false
            if try take(UInt8(ascii: "}")) { return nil }
        } else if try take(UInt8(ascii: "}")) {
            return nil
        } else {
            try expect(.comma)
        }
        let key = try string()
        try expect(UInt8(ascii: ":"))
        return key
    }

    private mutating func atEnd() throws(ExchangeProblem) -> Bool {
        guard try peek() == nil else { throw expecting("end of file") }
        return false
    }

    private func notArrayOfObjects() -> ExchangeProblem {
        ExchangeProblem(file: file, row: line, message: .notArrayOfObjects)
    }
}
