/// The customer history's domain messages: dates, the sales flow, visits.
extension Message {
    static let calendarDateFormat = Message(en: "use YYYY-MM-DD, YYYY/MM/DD, today, yesterday or today-7",
                                            ja: "YYYY-MM-DD・YYYY/MM/DD・today・yesterday・today-7 の形式で指定してください")
    static let positiveQuantity = Message(en: "must be a whole number above 0", ja: "1以上の整数で指定してください")
    static let emailFormat = Message(en: "use an address such as tanaka@example.jp", ja: "tanaka@example.jp のような形式で指定してください")
    static let outcomeNeedsDoneVisit = Message(en: "only a done visit has outcomes", ja: "成果は実施済みの訪問にのみ記録できます")
    static func dueBeforeVisit(_ date: String) -> Message {
        Message(en: "the next action is due before the visit on \(date)", ja: "次回アクションの期限が訪問日 \(date) より前です")
    }

    static let flowStartsOpen = Message(en: "a sales flow must start with an open stage",
                                        ja: "営業フローは進行中のステージから始めてください")
    static func flowNeedsOutcome(_ outcome: String) -> Message {
        Message(en: "a sales flow needs a stage with outcome '\(outcome)'",
                ja: "営業フローには結果が '\(outcome)' のステージが必要です")
    }
    static func duplicateStage(_ code: String) -> Message {
        Message(en: "stage '\(code)' appears twice in the sales flow", ja: "ステージ '\(code)' が営業フローに重複しています")
    }
    static func stageRequires(_ stage: Message, _ fields: [String]) -> Message {
        let list = fields.joined(separator: ", ")
        return Message(en: "stage \(stage.en) requires \(list)", ja: "ステージ「\(stage.ja)」には \(list) が必要です")
    }
    static func dealClosed(_ id: Int?, _ stage: Message) -> Message {
        let deal = id.map { " \($0)" } ?? ""
        return Message(en: "deal\(deal) is closed (\(stage.en)) and cannot move",
                       ja: "商談\(deal) は終了済み（\(stage.ja)）のため移動できません")
    }
    static func dealAlreadyAt(_ id: Int?, _ stage: Message) -> Message {
        let deal = id.map { " \($0)" } ?? ""
        return Message(en: "deal\(deal) is at \(stage.en) already", ja: "商談\(deal) は既に「\(stage.ja)」です")
    }

    static func visitRequires(_ status: VisitStatus, _ fields: [String]) -> Message {
        let list = fields.joined(separator: ", ")
        return status == .planned
            ? Message(en: "planning a visit requires \(list)", ja: "訪問の予定には \(list) が必要です")
            : Message(en: "logging a visit requires \(list)", ja: "訪問の記録には \(list) が必要です")
    }
}
