import RoundsDomain

/// The interactive prompt's texts.
extension Message {
    static let interactiveGreeting = Message(
        en: "Rounds \(RoundsVersion.current) — 'help' lists commands, Ctrl-D exits.",
        ja: "Rounds \(RoundsVersion.current) — 'help' でコマンド一覧、Ctrl-D で終了します。")
}
