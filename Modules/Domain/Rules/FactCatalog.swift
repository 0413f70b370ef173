extension FieldCatalog {
    /// The facts a rule's condition may name (`help fields facts`), in the filter language's
    /// types: day counts are whole numbers, money is yen, days are dates.
    ///
    /// ```swift
    /// let condition = try FilterExpression(parsing: "days_to_next_order <= 7", fields: .facts)
    /// ```
    public static let facts = FieldCatalog(entity: "facts", fields: [
        Field("code", .text, Message(en: "customer code", ja: "顧客コード")),
        Field("name", .text, Message(en: "trade name", ja: "顧客名")),
        Field("rep", .text, Message(en: "code of the rep in charge", ja: "担当者コード")),
        Field("rank", .rank, Message(en: "focus, develop or maintain (重点・育成・維持)", ja: "ランク（重点・育成・維持）")),
        Field("days_since_visit", .integer, Message(en: "days since the last done visit (null: never visited)",
                                                    ja: "最終訪問からの日数（null: 訪問なし）")),
        Field("visits_90d", .integer, Message(en: "done visits in the last 90 days", ja: "直近 90 日の訪問数")),
        Field("visit_interval_days", .integer, Message(en: "days between visits under the visit policy",
                                                       ja: "訪問方針による訪問間隔（日）")),
        Field("visit_overdue_days", .integer, Message(en: "days past the whole visit interval (negative: not yet)",
                                                      ja: "訪問間隔を過ぎた日数（負: まだ）")),
        Field("visit_due_in_days", .integer, Message(en: "days until the policy calls a visit due (0 or less: due)",
                                                     ja: "訪問方針で訪問時期になるまでの日数（0 以下: 訪問時期）")),
        Field("days_since_order", .integer, Message(en: "days since the last order", ja: "最終受注からの日数")),
        Field("order_interval_days", .integer, Message(en: "average days between orders over 12 months",
                                                       ja: "12 か月の平均受注間隔（日）")),
        Field("next_order_date", .date, Message(en: "predicted next order: last order + average interval",
                                                ja: "次回受注予測日（最終受注 + 平均間隔）")),
        Field("days_to_next_order", .integer, Message(en: "days until the predicted next order (negative: late)",
                                                      ja: "次回受注予測日までの日数（負: 遅れ）")),
        Field("sales_12m", .yen, Message(en: "sales of the last 12 months", ja: "直近 12 か月の売上")),
        Field("sales_3m", .yen, Message(en: "sales of the last 3 months", ja: "直近 3 か月の売上")),
        Field("sales_3m_year_before", .yen, Message(en: "sales of the same 3 months a year before", ja: "前年同期 3 か月の売上")),
        Field("trend_percent", .integer, Message(en: "last 3 months against a year before, % (-30: 30 % down)",
                                                 ja: "直近 3 か月の前年同期比 %（-30: 30 % 減）")),
        Field("open_deals", .integer, Message(en: "deals open on the day (in the stage their history gives then)",
                                             ja: "基準日に進行中だった商談数（その日の段階で判定）")),
        Field("days_since_deal_activity", .integer, Message(en: "days since an open deal last moved or changed",
                                                            ja: "進行中の商談の最終活動からの日数")),
        Field("next_action_due", .date, Message(en: "due day of the open next action: the one the latest done visit left (a later visit replaces it)",
                                                ja: "未完了の次回アクションの期限（最新の訪問が残したもの。次の訪問で置き換わります）")),
        Field("days_to_next_action", .integer, Message(en: "days until that next action is due (negative: overdue)",
                                                       ja: "次回アクション期限までの日数（負: 期限切れ）")),
        Field("potential", .yen, Message(en: "annual potential in yen", ja: "年間ポテンシャル（円）")),
        Field("untapped", .yen, Message(en: "potential minus the last 12 months' sales", ja: "未開拓ポテンシャル（年間ポテンシャル − 12 か月売上）")),
    ])

    /// This catalog with a plugin's own facts after its own; a name already known is kept once.
    public func adding(_ extra: [Field]) -> FieldCatalog {
        FieldCatalog(entity: entity, fields: fields + extra.filter { field(named: $0.name) == nil })
    }
}
