import RoundsDomain

/// The shell engine's message catalog.
extension Message {
    public static func unknownCommand(_ name: String, suggestion: String?) -> Message {
        guard let suggestion else {
            return Message(en: "unknown command '\(name)'; 'help' lists the commands",
                           ja: "コマンド '\(name)' はありません。'help' で一覧を表示します")
        }
        return Message(en: "unknown command '\(name)'; did you mean '\(suggestion)'?",
                       ja: "コマンド '\(name)' はありません。'\(suggestion)' のことですか？")
    }
    static func commandClash(_ name: String, _ first: String, _ second: String) -> Message {
        Message(en: "plugins \(first) and \(second) both define the command '\(name)'",
                ja: "プラグイン \(first) と \(second) が同じコマンド '\(name)' を定義しています")
    }
    public static let cancelled = Message(en: "cancelled", ja: "中断しました")
    static func configNotFound(_ path: String) -> Message {
        Message(en: "config file \(path) not found; give an existing file or leave --config out for the standard rules",
                ja: "設定ファイル \(path) が見つかりません。存在するファイルを指定するか、--config を省いて標準のルールを使ってください")
    }
    static let formatHelp = Message(en: "Output format: table, csv or json (default: the session's 'set format').",
                                    ja: "出力形式: table・csv・json（既定は set format の値）")
    static let outputHelp = Message(en: "Write the output to this file instead of the screen.",
                                    ja: "画面ではなくこのファイルに出力します")
    static let onlyHelp = Message(en: "Print only this column's values, one per line, without a header (for $(…) in scripts).",
                                  ja: "この列の値だけをヘッダーなしで1行ずつ出力します（スクリプトの $(…) 用）")
    static let countHelp = Message(en: "Print only the number of rows.", ja: "件数だけを出力します")
    static let fieldHeader = Message(en: "field", ja: "項目")
    static let valueHeader = Message(en: "value", ja: "値")
    static func cannotWrite(_ path: String) -> Message {
        Message(en: "cannot write \(path)", ja: "\(path) に書き込めません")
    }
    static func cannotRead(_ path: String) -> Message {
        Message(en: "cannot read \(path)", ja: "\(path) を読み込めません")
    }
    static func seeHelp(_ command: String) -> Message {
        Message(en: "see 'help \(command)'", ja: "'help \(command)' を参照してください")
    }
}

extension Message {
    static let helpAbstract = Message(en: "Show the commands, or the help of one command.",
                                      ja: "コマンド一覧、または1つのコマンドのヘルプを表示します")
    static let helpTopicHelp = Message(en: "A command (and subcommand), or 'fields ENTITY' for the fields --where accepts.",
                                       ja: "コマンド（とサブコマンド）、または --where で使える項目を表す 'fields ENTITY'")
    static let pluginsAbstract = Message(en: "List the loaded plugins, their versions and commands.",
                                         ja: "読み込まれたプラグインとバージョン、コマンドを表示します")
    static let helpIntro = Message(en: "Rounds — customers, visits and routes for route sales. 'help COMMAND' tells more.",
                                   ja: "Rounds — ルート営業の顧客・訪問・ルート管理。'help コマンド' で詳しく表示します")
    static let helpScriptLanguage = Message(
        en: """
        Script language (also at this prompt):
          set NAME VALUE · unset NAME · $NAME ${NAME} $1 $# $@ $? · $(command) · echo WORDS · exit [N]
          for NAME in WORDS … end · if [not] COMMAND … else [if …] … end · source FILE [ARGS]
          set format table|csv|json · set lang en|ja · set on-error stop|continue · set user NAME
          ; separates commands · # starts a comment · \\ at the end of a line continues it
        """,
        ja: """
        スクリプト言語（このプロンプトでも使えます）:
          set 名前 値 · unset 名前 · $名前 ${名前} $1 $# $@ $? · $(コマンド) · echo 語 · exit [N]
          for 名前 in 語 … end · if [not] コマンド … else [if …] … end · source ファイル [引数]
          set format table|csv|json · set lang en|ja · set on-error stop|continue · set user 名前
          ; でコマンドを区切る · # 以降はコメント · 行末の \\ で次の行に続ける
        """)
    static let typeHeader = Message(en: "type", ja: "型")
    static let descriptionHeader = Message(en: "description", ja: "説明")
    static let pluginHeader = Message(en: "plugin", ja: "プラグイン")
    static let versionHeader = Message(en: "version", ja: "バージョン")
    static let commandsHeader = Message(en: "commands", ja: "コマンド")
    static func noServerBackend(_ server: String) -> Message {
        Message(en: "\(server): this build of rounds has no PostgreSQL plugin; it opens SQLite files only",
                ja: "\(server): この rounds には PostgreSQL プラグインがありません。SQLite ファイルのみ開けます")
    }
}
