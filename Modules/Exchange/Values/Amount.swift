import RoundsDomain

/// Money as it arrives in files: full-width digits, yen signs, thousands separators, 万 and 億.
///
/// ```swift
/// try Amount.yen("￥１，２３４，０００")   // 1_234_000
/// try Amount.yen("¥1,234,000")           // 1_234_000
/// try Amount.yen("－５００")              // -500
/// ```
public enum Amount {
    public static func yen(_ text: String, field: String = "amount") throws(RoundsError) -> Int {
        // Plain digits, what exports write, skip the general parse: a million-row import reads one per row.
        if let plain = PlainInteger.value(text) { return plain }
        // Japanese Excel writes ¥ as the byte 0x5C, which Shift_JIS as Windows reads as a backslash.
        return try Yen.parse(text.hasPrefix("\\") ? "¥" + text.dropFirst() : text, field: field)
    }
}
