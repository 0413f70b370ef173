extension Rule {
    /// The rules every company starts with, on by default; a rules file may switch any off or
    /// change it by naming it.
    ///
    /// | name | fires when | priority |
    /// | --- | --- | --- |
    /// | next-action-due | the last visit's next action is due within 3 days or overdue | 90 |
    /// | sales-drop | the last 3 months are 30 % or more below the same months a year before | 80 |
    /// | deal-stale | an open deal had no activity for 21 days | 70 |
    /// | reorder-due | the predicted next order is within 7 days | 60 |
    /// | visit-overdue | the rank's whole visit interval has passed since the last visit | 50 |
    /// | high-potential | ¥10M or more untapped and under 2 visits in 90 days | 40 |
    public static let builtIn: [Rule] = [
        standard("next-action-due", "days_to_next_action <= 3", priority: 90,
                Message(en: "next action due on {next_action_due}", ja: "次回アクションの期限 {next_action_due}"),
                purpose: Message(en: "follow up the promised next action", ja: "約束した次回アクションの実施")),
        standard("sales-drop", "trend_percent <= -30", priority: 80,
                Message(en: "sales of the last 3 months {trend_percent} % against a year before ({sales_3m} vs {sales_3m_year_before})",
                        ja: "直近 3 か月の売上が前年同期比 {trend_percent} %（{sales_3m} / {sales_3m_year_before}）"),
                purpose: Message(en: "hear why orders dropped (churn risk)", ja: "売上減少の理由のヒアリング（離反リスク）")),
        standard("deal-stale", "open_deals > 0 and days_since_deal_activity >= 21", priority: 70,
                Message(en: "{open_deals} open deal(s), no activity for {days_since_deal_activity} days",
                        ja: "進行中の商談 {open_deals} 件、{days_since_deal_activity} 日動きなし"),
                purpose: Message(en: "move the open deal forward", ja: "停滞している商談を進める")),
        standard("reorder-due", "days_to_next_order >= 0 and days_to_next_order <= 7", priority: 60,
                Message(en: "reorder expected on {next_order_date} (every {order_interval_days} days)",
                        ja: "{next_order_date} 頃に次の発注見込み（平均 {order_interval_days} 日ごと）"),
                purpose: Message(en: "take the next order", ja: "次回発注の確認")),
        standard("visit-overdue", "visit_overdue_days > 0", priority: 50,
                Message(en: "no visit for {days_since_visit} days (every {visit_interval_days} days for the rank)",
                        ja: "{days_since_visit} 日訪問なし（ランクの訪問間隔 {visit_interval_days} 日）"),
                purpose: Message(en: "regular visit", ja: "定期訪問")),
        standard("high-potential", "untapped >= 1000万 and visits_90d < 2", priority: 40,
                Message(en: "untapped potential {untapped}, {visits_90d} visit(s) in 90 days",
                        ja: "未開拓ポテンシャル {untapped}、90 日の訪問 {visits_90d} 回"),
                purpose: Message(en: "propose more of the range (share of wallet)", ja: "取扱拡大の提案（シェア拡大）")),
    ]

    // The built-ins are checked by the tests; a mistake here is the program's own.
    private static func standard(_ name: String, _ when: String, priority: Int, _ message: Message, purpose: Message) -> Rule {
        do {
            return try Rule(name: name, when: when, message: message, priority: priority, purpose: purpose)
        } catch {
            fatalError("built-in rule \(name): \(error)")
        }
    }
}
