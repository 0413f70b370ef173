/// What `--encoding` asks for when reading a CSV file.
///
/// ```swift
/// TextEncodingChoice(name: "Shift_JIS")   // .sjis
/// TextEncodingChoice(name: "utf-8")       // .utf8
/// ```
public enum TextEncodingChoice: String, Sendable, CaseIterable {
    /// A UTF-8 byte order mark means UTF-8; so does a file that is valid UTF-8 throughout;
    /// anything else is read as Shift_JIS (CP932).
    case auto
    case utf8
    /// Shift_JIS as Windows and Excel write it: CP932, with the NEC and IBM extensions (①, 髙).
    case sjis

    /// Accepts the spellings people use for these encodings, in any case.
    public init?(name: String) {
        switch name.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "auto": self = .auto
        case "utf8": self = .utf8
        case "sjis", "shiftjis", "cp932", "windows31j", "ms932": self = .sjis
        default: return nil
        }
    }
}
