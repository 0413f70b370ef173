import Foundation

/// A field an importer fills, with the column names it is known by.
///
/// ```swift
/// let fields = [
///     FieldSpec("code", "顧客コード", required: true),
///     FieldSpec("name_kana", "フリガナ", aliases: ["ふりがな", "カナ"]),
/// ]
/// ```
public struct FieldSpec: Sendable, Equatable {
    /// The English name, which is also the field's key.
    public var name: String
    public var japanese: String
    /// Further column names that mean this field.
    public var aliases: [String]
    public var required: Bool

    public init(_ name: String, _ japanese: String, aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.japanese = japanese
        self.aliases = aliases
        self.required = required
    }

    var headerNames: [String] { [name, japanese] + aliases }
}

/// Column names compared the way people mean them.
enum HeaderName {
    /// NFKC (full-width letters and digits to ASCII, half-width kana to full-width), lower case,
    /// and no spaces, underscores or hyphens: `Name Kana`, `name_kana` and `ＮＡＭＥ－ＫＡＮＡ` are
    /// one name, and so are `ﾌﾘｶﾞﾅ` and `フリガナ`.
    static func key(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping.lowercased()
        return String(folded.unicodeScalars.filter { !($0.properties.isWhitespace || $0 == "_" || $0 == "-") })
    }
}
