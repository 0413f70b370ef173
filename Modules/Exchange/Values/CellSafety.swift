/// Keeps spreadsheet formulas out of exported CSV cells (CSV injection) without losing data.
///
/// Excel runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return, or their
/// full-width forms under a Japanese IME) as a formula. `neutralize` puts an apostrophe in front of
/// such a value, and in front of a value that already starts with an apostrophe; `restore` takes
/// exactly that apostrophe off again. So `restore(neutralize(x)) == x` for every `x`, and a value
/// that `neutralize` never produces (`'abc`) is left alone. Plain numbers such as `-12` are no
/// formula and stay as they are, so Excel still sees numbers.
///
/// ```swift
/// CellSafety.neutralize("=SUM(A1:A9)")   // "'=SUM(A1:A9)"
/// CellSafety.neutralize("-12")           // "-12"
/// CellSafety.neutralize("'quoted")       // "''quoted"
/// CellSafety.restore("''quoted")         // "'quoted"
/// ```
public enum CellSafety {
    public static func neutralize(_ value: String) -> String {
        needsMark(value) ? "'" + value : value
    }

    public static func restore(_ value: String) -> String {
        guard value.utf8.first == UInt8(ascii: "'") else { return value }
        let rest = String(value.dropFirst())
        return needsMark(rest) ? rest : value
    }

    private static func needsMark(_ value: String) -> Bool {
        switch value.unicodeScalars.first {
        case "=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠", "'": !isSignedNumber(value)
        default: false
        }
    }

    /// `-12`, `+3.5`: a sign and digits, which Excel reads as a number and never as a formula.
    private static func isSignedNumber(_ value: String) -> Bool {
        let body = value.utf8.dropFirst()
        guard value.utf8.first == UInt8(ascii: "-") || value.utf8.first == UInt8(ascii: "+"),
              let first = body.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        var seenPoint = false
        for (index, byte) in zip(body.indices, body) {
            if byte == UInt8(ascii: ".") && !seenPoint && index != body.indices.last {
                seenPoint = true
            } else if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                return false
            }
        }
        return true
    }
}
