/// `B3`-style cell references and column letters.
enum XLSXCellReference {
    /// The zero-based column of a reference such as `AB12`; nil when it has no letters.
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            let upper = byte & ~0x20
            guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(upper) else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
        }
        return letters == 0 ? nil : column - 1
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26.
    static func letters(ofColumn column: Int) -> String {
        var remaining = column + 1
        var letters = ""
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit))), at: letters.startIndex)
            remaining = (remaining - 1) / 26
        }
        return letters
    }
}
