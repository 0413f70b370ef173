/// Whole numbers written as plain ASCII digits, read without the general number parsers.
///
/// ```swift
/// PlainInteger.value("1234000")   // 1234000
/// PlainInteger.value("1,234")     // nil: for the general parse
/// ```
public enum PlainInteger {
    /// The number when `text` is 1 to 15 ASCII digits (15: what every parser here reads exactly).
    public static func value(_ text: String) -> Int? {
        let bytes = text.utf8
        guard (1...15).contains(bytes.count) else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
