/// Numbers written the one way that reads back the same from every format and from Excel.
enum PlainNumber {
    /// `-12`, `1234000`, `0.5`: an optional minus, no leading zeros, at most 15 significant
    /// digits (what Excel keeps). `00123`, `+5`, `1.`, `1e3` and `¥1,000` are not.
    static func isPlain(_ text: String) -> Bool {
        var digits = text.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        let integer = digits.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !integer.isEmpty, integer.count == 1 || integer.first != UInt8(ascii: "0") else { return false }
        var fraction = digits.dropFirst(integer.count)
        if !fraction.isEmpty {
            guard fraction.first == UInt8(ascii: "."), fraction.count > 1 else { return false }
            fraction = fraction.dropFirst()
            guard fraction.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return false }
        }
        let significant = (integer.count == 1 && integer.first == UInt8(ascii: "0") ? 0 : integer.count) + fraction.count
        return significant <= 15
    }

    /// A number as JSON writes it: `-0.5`, `12`, `1.5e3`.
    static func isJSONNumber(_ text: String) -> Bool {
        var rest = text.utf8[...]
        func digits() -> Int {
            let run = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            rest = rest.dropFirst(run.count)
            return run.count
        }
        if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        let leadingZero = rest.first == UInt8(ascii: "0")
        let integer = digits()
        guard integer > 0, !leadingZero || integer == 1 else { return false }
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            guard digits() > 0 else { return false }
        }
        if rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return rest.isEmpty
    }
}
