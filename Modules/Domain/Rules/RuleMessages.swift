extension Message {
    /// `rule 'x': column 5: unknown field 'foo' (…); known facts: code, name, …`
    static func ruleCondition(_ rule: String, _ detail: Message, known: [String]) -> Message {
        let list = known.joined(separator: ", ")
        return Message(en: "rule '\(rule)': condition: \(detail.en); known facts: \(list)",
                       ja: "ルール '\(rule)' の条件: \(detail.ja)。使える項目: \(list)")
    }

    static func ruleMessage(_ rule: String, column: Int, _ detail: Message, known: [String]) -> Message {
        let list = known.joined(separator: ", ")
        return Message(en: "rule '\(rule)': message: column \(column): \(detail.en); known facts: \(list)",
                       ja: "ルール '\(rule)' のメッセージ: \(column) 文字目: \(detail.ja)。使える項目: \(list)")
    }

    static let ruleUnclosedPlaceholder = Message(en: "'{' is not closed with '}'", ja: "'{' が '}' で閉じていません")

    static func ruleUnknownPlaceholder(_ name: String) -> Message {
        Message(en: "unknown fact '{\(name)}'", ja: "項目 '{\(name)}' はありません")
    }

    static func ruleNameFormat(_ name: String) -> Message {
        Message(en: "invalid rule name '\(name)': use up to 40 letters, digits, - and _",
                ja: "ルール名 '\(name)' が不正です。英数字・-・_ で 40 文字以内にしてください")
    }

    static func rulePriorityRange(_ value: String) -> Message {
        Message(en: "invalid priority '\(value)': give 1 to 1000", ja: "優先度 '\(value)' が不正です。1〜1000 で指定してください")
    }

    /// `rule 'deal-stale' skipped: no value for 'x'`, for a rule that failed while running.
    public static func ruleSkipped(_ rule: String, _ cause: Message) -> Message {
        Message(en: "rule '\(rule)' skipped: \(cause.en)", ja: "ルール '\(rule)' を飛ばしました: \(cause.ja)")
    }
}
