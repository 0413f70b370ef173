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
            for part in value.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
                text += part.offset == 0 ? "" : "\"\""
                text += part.element
            }
        } else {
            text += value
        }
        text += "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
