import RoundsDomain

/// The script language's message catalog: syntax errors, then errors while running.
extension Message {
    static func unterminatedQuote(_ quote: Character) -> Message {
        Message(en: "missing the closing \(quote) quote", ja: "閉じる引用符 \(quote) がありません")
    }
    static let unterminatedSubstitution = Message(en: "'$(' is never closed by ')'",
                                                  ja: "'$(' を閉じる ')' がありません")
    static let unterminatedBrace = Message(en: "'${' is never closed by '}'",
                                           ja: "'${' を閉じる '}' がありません")
    static func badVariableName(_ name: String) -> Message {
        Message(en: "invalid variable name '\(name)': use letters, digits and _, not starting with a digit",
                ja: "変数名 '\(name)' は使えません。半角英数字と _ を使い、数字以外で始めてください")
    }
    static func missingEnd(_ keyword: String) -> Message {
        Message(en: "'\(keyword)' is never closed by 'end'", ja: "'\(keyword)' を閉じる 'end' がありません")
    }
    static let endWithoutBlock = Message(en: "'end' without a 'for' or 'if' to close",
                                         ja: "'end' に対応する 'for' または 'if' がありません")
    static let elseOutsideIf = Message(en: "'else' outside an 'if' block",
                                       ja: "'else' が 'if' ブロックの外にあります")
    static let duplicateElse = Message(en: "a second 'else' in the same 'if'",
                                       ja: "同じ 'if' に2つ目の 'else' があります")
    static let forSyntax = Message(en: "write 'for NAME in WORDS…'",
                                   ja: "'for 名前 in 語…' の形で書いてください")
    static let ifWithoutCommand = Message(en: "'if' needs a command to test",
                                          ja: "'if' の後に判定するコマンドを書いてください")
    static func unexpectedWord(_ word: String, after previous: String) -> Message {
        Message(en: "unexpected '\(word)' after '\(previous)'",
                ja: "'\(previous)' の後の '\(word)' は余分です")
    }
}

extension Message {
    static func undefinedVariable(_ name: String) -> Message {
        Message(en: "undefined variable '\(name)'", ja: "変数 '\(name)' は定義されていません")
    }
    static func invalidExitStatus(_ word: String) -> Message {
        Message(en: "the exit status must be a whole number from 0 to 255, not '\(word)'",
                ja: "終了ステータスは 0〜255 の整数で指定してください（'\(word)' は使えません）")
    }
    static let sourceUsage = Message(en: "which file? 'source FILE [ARGS…]'",
                                     ja: "ファイルを指定してください: 'source ファイル [引数…]'")
    static let unsetUsage = Message(en: "which variable? 'unset NAME…'",
                                    ja: "変数名を指定してください: 'unset 名前…'")
    static func scriptNotFound(_ path: String) -> Message {
        Message(en: "script file '\(path)' not found", ja: "スクリプトファイル '\(path)' が見つかりません")
    }
    static func sourceTooDeep(_ depth: Int) -> Message {
        Message(en: "'source' is nested more than \(depth) deep; does a file source itself?",
                ja: "source の入れ子が \(depth) 段を超えました。ファイルが自分自身を読み込んでいませんか？")
    }
    static func cannotUnsetSetting(_ name: String) -> Message {
        Message(en: "'\(name)' is a setting; change it with 'set \(name) VALUE'",
                ja: "'\(name)' は設定項目です。'set \(name) 値' で変更してください")
    }
}
