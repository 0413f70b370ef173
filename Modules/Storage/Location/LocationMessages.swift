import RoundsDomain

/// What a database location's mistakes say.
extension Message {
    static func postgresURLInvalid(_ url: String, _ detail: Message) -> Message {
        Message(en: "invalid PostgreSQL URL '\(url)': \(detail.en); write postgres://user@host:port/database",
                ja: "PostgreSQL の URL '\(url)' が不正です: \(detail.ja)。postgres://ユーザー@ホスト:ポート/データベース の形で指定してください")
    }

    static let postgresURLShape = Message(en: "not a URL", ja: "URL の形になっていません")
    static let postgresURLNoHost = Message(en: "no host", ja: "ホストがありません")

    static func postgresURLPort(_ port: String) -> Message {
        Message(en: "port \(port) is not 1 to 65535", ja: "ポート \(port) は 1〜65535 の範囲外です")
    }

    static func postgresURLDatabase(_ path: String) -> Message {
        Message(en: "'\(path)' is not one database name", ja: "'\(path)' は 1 つのデータベース名ではありません")
    }

    static func postgresURLSSLMode(_ mode: String, known: [String]) -> Message {
        let list = known.joined(separator: ", ")
        return Message(en: "unknown sslmode '\(mode)' (one of: \(list))", ja: "sslmode '\(mode)' は使えません（\(list) のいずれか）")
    }

    static func postgresURLTimeout(_ value: String) -> Message {
        Message(en: "connect_timeout '\(value)' is not a whole number of seconds above 0",
                ja: "connect_timeout '\(value)' は 1 以上の整数（秒）ではありません")
    }

    static func postgresURLParameter(_ name: String) -> Message {
        Message(en: "unknown parameter '\(name)' (sslmode, application_name, connect_timeout and options are known)",
                ja: "パラメーター '\(name)' は使えません（sslmode・application_name・connect_timeout・options が使えます）")
    }

    static func postgresURLOptions(_ value: String) -> Message {
        Message(en: "options '\(value)' is not a list of -c name=value settings",
                ja: "options '\(value)' は -c 名前=値 の並びではありません")
    }

    static func passwordFileOpen(_ path: String) -> Message {
        Message(en: "password file \(path) is readable by others and was ignored; make it private with chmod 600",
                ja: "パスワードファイル \(path) は他のユーザーも読めるため無視しました。chmod 600 で本人だけが読めるようにしてください")
    }
}
