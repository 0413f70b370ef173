import RoundsDomain

/// The few words the report's charts and renderers say themselves; everything else comes from the command.
extension Message {
    public static let reportNoData = Message(en: "No data", ja: "データなし")
    public static let reportGenerated = Message(en: "Generated", ja: "作成")
    public static func reportVisits(_ count: Int) -> Message {
        Message(en: count == 1 ? "1 visit" : "\(ReportFormat.count(count)) visits", ja: "訪問 \(ReportFormat.count(count)) 件")
    }
    public static let reportHighest = Message(en: "high", ja: "最高")
    public static let reportStart = Message(en: "start", ja: "出発地")
    public static let reportMovementFrom = Message(en: "from ↓ / to →", ja: "前 ↓ / 後 →")
    public static func reportMovements(up: Int, down: Int, same: Int) -> Message {
        Message(en: "up \(up) · down \(down) · same \(same)", ja: "上昇 \(up)・下降 \(down)・変化なし \(same)")
    }
}
