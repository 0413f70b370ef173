import Foundation

/// Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote or line break.
///
/// ```swift
/// CSVWriter.line(["C1", "山田商店, 本店"])   // "C1,\"山田商店, 本店\""
/// ```
public enum CSVWriter {
    public static func field(_ value: String) -> String {
        // Bytes, not Characters: "\r\n" is a single Character, equal to neither "\r" nor "\n".
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
