import Foundation

/// Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote or line break.
///
/// ```swift
/// CSVWriter.line(["C1", "山田商店, 本店"])   // "C1,\"山田商店, 本店\""
/// ```
public enum CSVWriter {
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
