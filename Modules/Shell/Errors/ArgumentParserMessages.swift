import Foundation
import RoundsDomain

/// ArgumentParser words its own errors in English; these are the ones users meet, in both
/// languages, so a Japanese session never drops into English for a mistyped option.
enum ArgumentParserMessages {
    private static let patterns: [(pattern: String, ja: String)] = [
        (#"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?$"#, "不明なオプション '$1' です。'$2' のことですか？"),
        (#"^Unknown option '([^']*)'$"#, "不明なオプション '$1' です"),
        (#"^Missing value for '([^']*)'$"#, "'$1' の値がありません"),
        (#"^Missing expected argument '([^']*)'$"#, "必須の引数 '$1' がありません"),
        (#"^Unexpected argument '([^']*)'$"#, "余分な引数 '$1' があります"),
        (#"^(\d+) unexpected arguments: (.*)$"#, "余分な引数が $1 個あります: $2"),
        (#"^The value '([^']*)' is invalid for '([^']*)'.*$"#, "'$2' の値 '$1' が不正です"),
        (#"^The option '([^']*)' does not take any value, but '([^']*)' was specified\.$"#, "オプション '$1' は値を取りませんが '$2' が指定されました"),
        (#"^Missing required subcommand\.$"#, "サブコマンドを指定してください"),
    ]

    static func message(_ english: String) -> Message {
        let line = english.replacingOccurrences(of: "\n", with: " ")
        let range = NSRange(line.startIndex..., in: line)
        for (pattern, ja) in patterns {
            let regex = try! NSRegularExpression(pattern: pattern)
            if let match = regex.firstMatch(in: line, range: range) {
                return Message(en: lowercasedFirst(line), ja: regex.replacementString(for: match, in: line, offset: 0, template: ja))
            }
        }
        return Message(verbatim: lowercasedFirst(line))
    }

    private static func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
}
