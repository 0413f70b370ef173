import RoundsDomain

extension Message {
    static let emptyConfig = Message(en: "the config file is empty", ja: "設定ファイルが空です")
    static let flowShape = Message(en: "sales_flow: give a list of stages, each with 'stage:'",
                                   ja: "sales_flow: には 'stage:' を持つステージの一覧を書いてください")
    static let stageWithoutCode = Message(en: "every stage needs 'stage:' with its code",
                                          ja: "各ステージに 'stage:' でコードを指定してください")

    static func configExpectedKeys(_ keys: [String]) -> Message {
        let list = keys.map { "\($0):" }.joined(separator: ", ")
        return Message(en: "expected keys among \(list)", ja: "次のキーを使ってください: \(list)")
    }

    static func unknownConfigKey(_ key: String, allowed: [String], suggestion: String?) -> Message {
        let list = allowed.joined(separator: ", ")
        guard let suggestion else {
            return Message(en: "unknown key '\(key)'; use \(list)", ja: "不明なキー '\(key)' です。\(list) を使ってください")
        }
        return Message(en: "unknown key '\(key)'; did you mean '\(suggestion)'?", ja: "不明なキー '\(key)' です（'\(suggestion)' のことですか？）")
    }

    static func configValueNotText(_ key: String) -> Message {
        Message(en: "\(key): give a value", ja: "\(key): 値を指定してください")
    }

    static let travelRepsShape = Message(en: "reps: give each rep code with its own detour_factor or speed_kmh",
                                         ja: "reps: には担当者コードごとに detour_factor または speed_kmh を書いてください")
    static let travelNumber = Message(en: "give a number", ja: "数値で指定してください")
}
