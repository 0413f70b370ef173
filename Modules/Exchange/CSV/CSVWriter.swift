import Foundation

/// Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote or line break.
///
/// ```swift
/// CSVWriter.line(["C1", "山田商店, 本店"])   // "C1,\"山田商店, 本店\""
/// ```
public enum CSVWriter {
    public static func field(_ value: String) -> String {
        var text = ""
        append(value, to: &text)
        return text
    }

    /// Appends the field to `text`, quoted when it must be: a long listing is written in one
    /// string without a string per field.
    public static func append(_ value: String, to text: inout String) {
        // Bytes, not Characters: "\r\n" is a single Character, equal to neither "\r" nor "\n".
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            text += value
            return
        }
        text += "\""
        if value.utf8.contains(0x22) {
            // By bytes: a quote followed by a combining mark is one Character, and must still double.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(value.utf8.count + 8)
            for byte in value.utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
            text += String(decoding: bytes, as: UTF8.self)
        } else {
            text += value
        }
        text += "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
