/// Full-width forms to half-width, for what users type in numeric fields on a Japanese keyboard.
///
/// Unlike NFKC this changes only full-width ASCII (`０-９`, `Ａ-Ｚ`, `，`, `￥`…) and the
/// ideographic space: half-width kana, circled digits and the like stay as they are, so names are
/// never altered.
///
/// ```swift
/// HalfWidth.fold("Ｃ－００１")           // "C-001"
/// HalfWidth.numeric("０３ー１２３４")     // "03-1234"
/// ```
public enum HalfWidth {
    public static func fold(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isFullWidth) else { return text }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { folded.append(isFullWidth(scalar) ? halfWidth(of: scalar) : scalar) }
        return String(folded)
    }

    /// `fold`, and every dash or minus look-alike to `-`, for numbers, dates, phone numbers and
    /// codes (people type `ー` or `−` for a minus or a hyphen).
    public static func numeric(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in fold(text).unicodeScalars { folded.append(dashes.contains(scalar.value) ? "-" : scalar) }
        return String(folded)
    }

    private static let dashes: Set<UInt32> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30FC, 0xFE63, 0xFF70]

    private static func isFullWidth(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF5E).contains(scalar.value) || scalar.value == 0x3000 || scalar.value == 0xFFE5
    }

    private static func halfWidth(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x3000: " "
        case 0xFFE5: "¥"
        default: Unicode.Scalar(scalar.value - 0xFEE0)!
        }
    }
}
