/// XML 1.0 character data and attribute values: `&`, `<`, `>`, `"` and `'` escaped, and the
/// characters XML cannot carry at all (C0 controls other than tab and line breaks, U+FFFE,
/// U+FFFF) dropped. Everything else — Japanese names included — is written as it is, in UTF-8.
///
/// ```swift
/// XMLText.escaped("田中 & 鈴木 <本店>")   // "田中 &amp; 鈴木 &lt;本店&gt;"
/// XMLText.escaped("\"A\" 'B'")         // "&quot;A&quot; &apos;B&apos;"
/// ```
public enum XMLText {
    public static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                continue  // not allowed in an XML 1.0 document, even as a reference
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
