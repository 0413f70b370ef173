import RoundsDomain

extension Message {
    static let nextAbstract = Message(en: "Who to act on next: customers the rules fire for, with the reasons and a suggested action.",
                                      ja: "次にやること: ルールに該当した顧客と理由、おすすめの訪問目的")
    static let nextDiscussion = Message(
        en: """
            Every enabled rule (rule list) runs over each customer's facts as of --date (help fields facts). A customer \
            several rules fire for appears once with all the reasons; its score is the sum of those rules' priorities, \
            and the list is ordered by score, then by the highest single priority, then by code. The suggested action is \
            the purpose of the most urgent reason. A rule that fails is reported and skipped; the others still run.
            """,
        ja: """
            有効なルール（rule list）を --date 時点の各顧客の項目（help fields facts）に当てはめます。複数のルールに該当した顧客は \
            1 行にまとめて理由をすべて示します。スコアは該当ルールの優先度の合計で、スコア、最大の優先度、顧客コードの順に並べます。\
            おすすめの行動は最も優先度の高い理由の訪問目的です。失敗したルールは報告して飛ばし、ほかのルールは実行します。
            """)
    static let nextRepHelp = Message(en: "Only this rep's customers.", ja: "この担当者の顧客のみ")
    static let nextDateHelp = Message(en: "The day to count the facts to (default: today).", ja: "項目を数える基準日（省略時は今日）")
    static let nextLimitHelp = Message(en: "Show the first N (default: 20).", ja: "上位 N 件を表示（省略時は 20 件）")
    static let nextAllHelp = Message(en: "Show every customer the rules fire for.", ja: "該当する顧客をすべて表示")
    static let nextLimitOrAll = Message(en: "give --limit or --all, not both", ja: "--limit と --all はどちらか一方を指定してください")
    static let nextLimitPositive = Message(en: "--limit takes 1 or more", ja: "--limit には 1 以上を指定してください")

    static let nextCodeHeader = Message(en: "code", ja: "顧客コード")
    static let nextNameHeader = Message(en: "name", ja: "顧客名")
    static let nextRepHeader = Message(en: "rep", ja: "担当")
    static let nextScoreHeader = Message(en: "score", ja: "スコア")
    static let nextReasonsHeader = Message(en: "reasons", ja: "理由")
    static let nextActionHeader = Message(en: "suggested action", ja: "おすすめの行動")
    static let nextRulesHeader = Message(en: "rules", ja: "ルール")

    static let ruleAbstract = Message(en: "The rules next runs: list, add, enable, disable and test them.",
                                      ja: "next が使うルールの一覧・追加・有効化・無効化・テスト")
    static let ruleDiscussion = Message(
        en: """
            Rules live in rounds-rules.yaml beside the database (or the file rules_file: names in rounds.yaml); the file \
            holds only what differs from the built-in and plugin rules, and is written whole on every change. A condition \
            is a filter over the facts (help fields facts); a message names facts in braces: {days_since_order}.
            """,
        ja: """
            ルールはデータベースと同じフォルダの rounds-rules.yaml（または rounds.yaml の rules_file: のファイル）に保存します。\
            組み込み・プラグインのルールとの違いだけを書き、変更のたびにファイル全体を書き直します。条件は項目（help fields facts）\
            の条件式で、メッセージには {days_since_order} のように項目を波かっこで書けます。
            """)
    static let ruleListAbstract = Message(en: "Every rule in the order next runs them.", ja: "next が実行する順のルール一覧")
    static let ruleAddAbstract = Message(en: "Add a rule (or change one with --replace).", ja: "ルールを追加（--replace で変更）")
    static let ruleEnableAbstract = Message(en: "Switch a rule on.", ja: "ルールを有効にします")
    static let ruleDisableAbstract = Message(en: "Switch a rule off (built-ins too).", ja: "ルールを無効にします（組み込みも可）")
    static let ruleTestAbstract = Message(en: "The customers one rule fires for, and why.", ja: "1 つのルールに該当する顧客と理由")
    static let ruleNameHelp = Message(en: "The rule's name.", ja: "ルール名")
    static let ruleWhenHelp = Message(en: "The condition over the facts, e.g. \"days_to_next_order <= 7\".",
                                      ja: "項目の条件式（例: \"days_to_next_order <= 7\"）")
    static let ruleMessageHelp = Message(en: "The reason shown, with {fact} placeholders.", ja: "表示する理由（{項目} で値を埋め込み）")
    static let rulePriorityHelp = Message(en: "1 to 1000, higher first (default: 50).", ja: "優先度 1〜1000、大きいほど先（省略時は 50）")
    static let rulePurposeHelp = Message(en: "The visit purpose to suggest.", ja: "おすすめの訪問目的")
    static let ruleReplaceHelp = Message(en: "Change the rule of that name instead of refusing it.", ja: "同名のルールを置き換えます")
    static let ruleTestLimitHelp = Message(en: "Show the first N customers.", ja: "先頭 N 件を表示")

    static func ruleExists(_ name: String) -> Message {
        Message(en: "rule '\(name)' already exists; give --replace to change it",
                ja: "ルール '\(name)' は既にあります。変更するには --replace を指定してください")
    }

    static func ruleSaved(_ name: String) -> Message { Message(en: "rule '\(name)' saved", ja: "ルール '\(name)' を保存しました") }
    static func ruleEnabled(_ name: String) -> Message { Message(en: "rule '\(name)' enabled", ja: "ルール '\(name)' を有効にしました") }
    static func ruleDisabled(_ name: String) -> Message { Message(en: "rule '\(name)' disabled", ja: "ルール '\(name)' を無効にしました") }

    static let ruleNameHeader = Message(en: "name", ja: "ルール名")
    static let ruleEnabledHeader = Message(en: "enabled", ja: "有効")
    static let rulePriorityHeader = Message(en: "priority", ja: "優先度")
    static let ruleWhenHeader = Message(en: "when", ja: "条件")
    static let ruleMessageHeader = Message(en: "message", ja: "メッセージ")
    static let rulePurposeHeader = Message(en: "purpose", ja: "訪問目的")
    static let ruleOriginHeader = Message(en: "origin", ja: "由来")
    static let ruleReasonHeader = Message(en: "reason", ja: "理由")
    static let ruleOriginBuiltIn = Message(en: "built-in", ja: "組み込み")
    static let ruleOriginChanged = Message(en: "changed", ja: "変更済み")
    static let ruleOriginFile = Message(en: "rules file", ja: "ルールファイル")
}
