/// Terminal column width: East Asian wide and full-width characters take two columns, so
/// tables of Japanese names line up.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Most text is ASCII or kana and kanji: answered without the Unicode tables, as a long
        // listing asks for every character.
        if value < 0x300 { return value == 0 ? 0 : 1 }
        if (0x3041...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) { return 2 }
        if value == 0 || (0x0300...0x036F).contains(value) || (0x200B...0x200F).contains(value)
            || (0xFE00...0xFE0F).contains(value) || scalar.properties.generalCategory == .nonspacingMark {
            return 0
        }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    // East Asian Width W and F blocks that occur in business text (Unicode 15, coarse blocks).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func pad(_ text: String, to width: Int, align: Listing.Alignment) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return align == .left ? text + padding : padding + text
    }
}
