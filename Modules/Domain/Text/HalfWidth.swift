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
        folding(text, dashes)
    }

    /// `numeric`, and the tildes Japanese puts between two times (`〜`, `～`) to `-`:
    /// `０９：００～１２：００` is `09:00-12:00`.
    public static func range(_ text: String) -> String {
        folding(text, dashes.union(tildes))
    }

    private static func folding(_ text: String, _ marks: Set<UInt32>) -> String {
        let half = fold(text)
        guard half.unicodeScalars.contains(where: { marks.contains($0.value) }) else { return half }
        var folded = String.UnicodeScalarView()
        for scalar in half.unicodeScalars { folded.append(marks.contains(scalar.value) ? "-" : scalar) }
        return String(folded)
    }

    private static let dashes: Set<UInt32> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x30FC, 0xFE63, 0xFF70]
    /// `~` is what `fold` makes of the full-width tilde; 0x301C is the wave dash.
    private static let tildes: Set<UInt32> = [0x7E, 0x301C]

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
