/// A pull parser for the XML inside XLSX files: elements, attributes and text, one event at a
/// time, so a sheet of a million rows is read without holding it.
///
/// It is no general XML parser: names lose their namespace prefix (`x:row` is `row`), DTDs are
/// skipped, and only the five predefined entities and character references are known — which is
/// all that spreadsheet files use.
struct XMLScanner<Source: ByteSource> {
    enum Event {
        case start(String, [XMLAttribute])
        case end(String)
        case text(String)
    }

    private var source: Source
    /// The XLSX file and the part inside it, for messages.
    private let file: String
    private let part: String
    private var pendingEnd: String?
    private var text: [UInt8] = []
    private var name: [UInt8] = []

    init(source: Source, file: String, part: String) {
        self.source = source
        self.file = file
        self.part = part
    }

    var progress: ReadProgress { source.progress }

    mutating func next() throws(ExchangeProblem) -> Event? {
        if let pending = pendingEnd {
            pendingEnd = nil
            return .end(pending)
        }
        text.removeAll(keepingCapacity: true)
        while let byte = try source.copy(into: &text, until: { $0 == .lessThan || $0 == .ampersand || $0 == .carriageReturn }) {
            if byte == .lessThan {
                if !text.isEmpty { return .text(String(decoding: text, as: UTF8.self)) }
                _ = try source.nextByte()
                if let event = try markup() { return event }
                continue
            }
            _ = try source.nextByte()
            if byte == .ampersand {
                text += try reference()
            } else {
                // XML reads CR and CRLF as LF.
                text.append(.lineFeed)
                if try source.peekByte() == .lineFeed { _ = try source.nextByte() }
            }
        }
        return text.isEmpty ? nil : .text(String(decoding: text, as: UTF8.self))
    }

    /// After `<`: a tag, or nil for what produces no event (comments, declarations; CDATA, whose
    /// content joins the text).
    private mutating func markup() throws(ExchangeProblem) -> Event? {
        switch try source.peekByte() {
        case UInt8(ascii: "/"):
            _ = try source.nextByte()
            let name = try readName()
            try skipSpace()
            try expect(.greaterThan)
            return .end(name)
        case UInt8(ascii: "?"):
            try skip(past: Array("?>".utf8))
            return nil
        case UInt8(ascii: "!"):
            _ = try source.nextByte()
            if try source.peekByte() == UInt8(ascii: "-") {
                try skip(past: Array("-->".utf8))
            } else if try source.peekByte() == UInt8(ascii: "[") {
                try skip(past: Array("CDATA[".utf8))
                text += try read(upTo: Array("]]>".utf8))
            } else {
                try skip(past: [.greaterThan])
            }
            return nil
        default:
            let name = try readName()
            var attributes: [XMLAttribute] = []
            while true {
                try skipSpace()
                switch try source.peekByte() {
                case .greaterThan?:
                    _ = try source.nextByte()
                    return .start(name, attributes)
                case UInt8(ascii: "/")?:
                    _ = try source.nextByte()
                    try expect(.greaterThan)
                    pendingEnd = name
                    return .start(name, attributes)
                default:
                    let attribute = try readName()
                    try skipSpace()
                    try expect(UInt8(ascii: "="))
                    try skipSpace()
                    attributes.append(XMLAttribute(name: attribute, value: try readQuoted()))
                }
            }
        }
    }

    /// A name without its namespace prefix.
    private mutating func readName() throws(ExchangeProblem) -> String {
        name.removeAll(keepingCapacity: true)
        _ = try source.copy(into: &name) { $0.isXMLSpace || $0 == .greaterThan || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "=") }
        let local = name.lastIndex(of: UInt8(ascii: ":")).map { name.index(after: $0) } ?? 0
        guard local < name.count else { throw malformed() }
        return String(decoding: name[local...], as: UTF8.self)
    }

    private mutating func readQuoted() throws(ExchangeProblem) -> String {
        guard let quote = try source.nextByte(), quote == .quote || quote == UInt8(ascii: "'") else { throw malformed() }
        var value: [UInt8] = []
        while let byte = try source.copy(into: &value, until: { $0 == quote || $0 == .ampersand }) {
            _ = try source.nextByte()
            if byte == quote { return String(decoding: value, as: UTF8.self) }
            value += try reference()
        }
        throw malformed()
    }

    /// The UTF-8 of a reference after `&`: `lt`, `gt`, `amp`, `quot`, `apos`, `#123` or `#x1F`, and `;`.
    private mutating func reference() throws(ExchangeProblem) -> [UInt8] {
        var reference: [UInt8] = []
        while let byte = try source.nextByte(), byte != UInt8(ascii: ";") {
            reference.append(byte)
            guard reference.count <= 10 else { throw malformed() }
        }
        let scalar: Unicode.Scalar?
        switch String(decoding: reference, as: UTF8.self) {
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "amp": scalar = "&"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        case let number where number.hasPrefix("#x"): scalar = UInt32(number.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        case let number where number.hasPrefix("#"): scalar = UInt32(number.dropFirst()).flatMap(Unicode.Scalar.init)
        default: scalar = nil
        }
        guard let scalar else { throw malformed() }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func skipSpace() throws(ExchangeProblem) {
        while let byte = try source.peekByte(), byte.isXMLSpace { _ = try source.nextByte() }
    }

    private mutating func expect(_ expected: UInt8) throws(ExchangeProblem) {
        guard try source.nextByte() == expected else { throw malformed() }
    }

    private mutating func skip(past terminator: [UInt8]) throws(ExchangeProblem) {
        _ = try read(upTo: terminator)
    }

    /// The bytes up to `terminator`, which is consumed too.
    private mutating func read(upTo terminator: [UInt8]) throws(ExchangeProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        while let byte = try source.nextByte() {
            bytes.append(byte)
            if bytes.count >= terminator.count, bytes.suffix(terminator.count).elementsEqual(terminator) {
                return bytes.dropLast(terminator.count)
            }
        }
        throw malformed()
    }

    private func malformed() -> ExchangeProblem {
        ExchangeProblem(file: file, message: .malformedXLSX(part: part, offset: source.offset))
    }
}

struct XMLAttribute {
    let name: String
    let value: String
}

extension [XMLAttribute] {
    subscript(name: String) -> String? {
        first { $0.name == name }?.value
    }
}

extension UInt8 {
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let ampersand = UInt8(ascii: "&")

    var isXMLSpace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}
