import RoundsDomain

/// What the session's rules report.
extension Message {
    static func rulesUnknownRep(_ code: String) -> Message {
        Message(en: "no rep '\(code)' ('rep list' lists them)", ja: "担当者 '\(code)' はいません（'rep list' で一覧を表示します）")
    }

    static func factProviderFailed(_ plugin: String, _ cause: String) -> Message {
        Message(en: "the facts of plugin \(plugin) could not be computed: \(cause)",
                ja: "プラグイン \(plugin) の項目を計算できませんでした: \(cause)")
    }

    static func unknownRule(_ name: String, suggestion: String?) -> Message {
        guard let suggestion else {
            return Message(en: "no rule '\(name)' ('rule list' lists them)", ja: "ルール '\(name)' はありません（'rule list' で一覧を表示します）")
        }
        return Message(en: "no rule '\(name)' (did you mean '\(suggestion)'?)", ja: "ルール '\(name)' はありません（'\(suggestion)' のことですか？）")
    }

    static let noRulesFile = Message(en: "this session keeps no rules file", ja: "このセッションにはルールファイルがありません")
}
