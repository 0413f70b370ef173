/// RFC 5545 text: values escaped (`\\`, `\;`, `\,`, `\n`) and content lines folded at 75 octets
/// with CRLF, never inside a multi-byte UTF-8 character, so Google Calendar and Outlook read
/// Japanese names whole.
///
/// ```swift
/// ICSText.escaped("山田商店; 本店, 2F\n裏口")   // "山田商店\\; 本店\\, 2F\\n裏口"
/// ICSText.line("SUMMARY", "…")               // "SUMMARY:…\r\n", folded with "\r\n " every 75 octets
/// ```
public enum ICSText {
    /// The longest line in octets, CRLF not counted (RFC 5545 section 3.1).
    public static let lineOctets = 75

    /// A TEXT value with backslash, semicolon, comma and line breaks escaped.
    public static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case ";": result.append(contentsOf: "\\;".unicodeScalars)
            case ",": result.append(contentsOf: "\\,".unicodeScalars)
            case "\r":
                if scalars.first == "\n" { scalars.removeFirst() }
                result.append(contentsOf: "\\n".unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case _ where scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F:
                continue  // control characters are not allowed in TEXT
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// One content line, `NAME[;PARAMS]:value`, folded and ending in CRLF. The value is written as
    /// given: escape TEXT values with `escaped` first.
    public static func line(_ name: String, _ value: String) -> String {
        folded(name + ":" + value)
    }

    /// A line folded so no physical line exceeds 75 octets: each continuation starts with a space
    /// (counted in its 75), and a character's UTF-8 bytes always stay on one line.
    public static func folded(_ line: String) -> String {
        var result = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > lineOctets {
                result += "\r\n "
                octets = 1
            }
            result.unicodeScalars.append(scalar)
            octets += size
        }
        return result + "\r\n"
    }
}
