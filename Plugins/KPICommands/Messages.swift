import RoundsDomain

extension Message {
    static let kpiAbstract = Message(en: "KPIs per rep, team or rank for a month, quarter or fiscal year; kpi trend by month.",
                                     ja: "担当者・チーム・ランク別の KPI（月・四半期・年度）と月次推移（kpi trend）")
    static let kpiReportAbstract = Message(en: "The KPIs of a period per rep, team or rank, with the total (the default of kpi).",
                                           ja: "期間の KPI を担当者・チーム・ランク別に合計つきで表示します（kpi の既定）")
    static let kpiTrendAbstract = Message(en: "The totals month by month up to the last complete month, with a bar chart and a sparkline.",
                                          ja: "前月までの月ごとの合計を棒グラフとスパークラインつきで表示します")
    static let kpiDefinitions = Message(
        en: """
            visits planned: visits planned for a day in the period (visit plan, plan confirm, imported planned visits); \
            plan adherence: those done since ÷ visits planned; visits done: done visits dated in the period; \
            proposals: done visits with a proposal recorded; deals created in the period; conversion: deals created ÷ \
            visits done; won, lost: deals that entered a won or lost stage of the sales flow in the period; win rate: \
            won ÷ (won + lost); sales: orders in the period by the order's rep; target: the months' targets (target set); \
            focus/develop/maintain share: done visits at customers of that rank now; with purpose, with next action: \
            shares of the done visits. A rate with nothing to divide by is –. Periods: 2026-11, 2026Q3 (Jul–Sep), \
            FY2026 (from company: fiscal_year_start, April by default), FY2026Q1; the default is last month.
            """,
        ja: """
            訪問予定: 期間内の日に予定された訪問（visit plan・plan confirm・予定の取込）。計画遵守率: そのうち実施済 ÷ 訪問予定。\
            訪問実績: 期間内の実施済訪問。提案数: 提案を記録した実施済訪問。商談作成: 期間内に作成された商談。転換率: 商談作成 ÷ 訪問実績。\
            受注・失注: 期間内に受注・失注のステージに入った商談。受注率: 受注 ÷（受注 + 失注）。売上: 期間内の受注額（受注の担当者別）。\
            目標: 各月の目標（target set）の合計。ランク別比率: 現在のランク別の実施済訪問の割合。目的あり・次回アクションあり: 実施済訪問に占める割合。\
            分母が 0 の率は – です。期間: 2026-11、2026Q3（7〜9月）、FY2026（company: fiscal_year_start、既定は4月始まり）、FY2026Q1。既定は前月。
            """)
    static let kpiByHelp = Message(en: "One line per rep (default), team or customer rank.", ja: "担当者（既定）・チーム・顧客ランクごとに1行")
    static let kpiPeriodHelp = Message(en: "2026-11, 2026Q3, FY2026 or FY2026Q1; last month when left out.",
                                       ja: "2026-11・2026Q3・FY2026・FY2026Q1（省略時は前月）")
    static let kpiRepHelp = Message(en: "Only this rep.", ja: "この担当者のみ")
    static let kpiTeamHelp = Message(en: "Only this team's reps (rep edit --team).", ja: "このチームの担当者のみ（rep edit --team）")
    static let kpiMonthsHelp = Message(en: "How many months, ending with last month (1 to 120).", ja: "前月までの月数（1〜120）")
    static let kpiMetricHelp = Message(en: "What the bar and the sparkline show.", ja: "棒グラフとスパークラインに表示する指標")
    static let kpiRepOrTeam = Message(en: "give --rep or --team, not both", ja: "--rep と --team はどちらか一方を指定してください")
    static let kpiMonthsRange = Message(en: "give 1 to 120 months", ja: "1〜120 か月で指定してください")

    static let kpiTotal = Message(en: "total", ja: "合計")
    static let kpiNoRep = Message(en: "(no rep)", ja: "（担当なし）")
    static let kpiNoTeam = Message(en: "(no team)", ja: "（チームなし）")
    static let kpiNoRank = Message(en: "(no rank)", ja: "（ランクなし）")
    static let kpiRepHeader = Message(en: "rep", ja: "担当者")
    static let kpiTeamHeader = Message(en: "team", ja: "チーム")
    static let kpiRankHeader = Message(en: "rank", ja: "ランク")
    static let kpiMonthHeader = Message(en: "month", ja: "月")
    static let kpiPlannedHeader = Message(en: "planned", ja: "訪問予定")
    static let kpiPlannedDoneHeader = Message(en: "planned done", ja: "予定実施")
    static let kpiAdherenceHeader = Message(en: "adherence", ja: "計画遵守率")
    static let kpiDoneHeader = Message(en: "visits", ja: "訪問実績")
    static let kpiVisitsTargetHeader = Message(en: "visit target", ja: "訪問目標")
    static let kpiProposalsHeader = Message(en: "proposals", ja: "提案数")
    static let kpiDealsHeader = Message(en: "deals", ja: "商談作成")
    static let kpiConversionHeader = Message(en: "conversion", ja: "転換率")
    static let kpiWonHeader = Message(en: "won", ja: "受注")
    static let kpiLostHeader = Message(en: "lost", ja: "失注")
    static let kpiWinRateHeader = Message(en: "win rate", ja: "受注率")
    static let kpiSalesHeader = Message(en: "sales", ja: "売上")
    static let kpiTargetHeader = Message(en: "sales target", ja: "売上目標")
    static let kpiAgainstTargetHeader = Message(en: "sales vs target", ja: "売上目標比")
    static let kpiVisitsAgainstTargetHeader = Message(en: "visits vs target", ja: "訪問目標比")
    static let kpiPurposeHeader = Message(en: "with purpose", ja: "目的あり")
    static let kpiNextActionHeader = Message(en: "with next action", ja: "次回アクションあり")
    static let kpiVisitShareHeader = Message(en: "visit share", ja: "訪問比率")
    static func kpiRankShareHeader(_ rank: Rank) -> Message {
        Message(en: "\(rank.label.en) share", ja: "\(rank.label.ja)比率")
    }

    static let targetAbstract = Message(en: "Monthly sales and visit targets per rep.", ja: "担当者ごとの月次の売上・訪問目標")
    static let targetSetAbstract = Message(en: "Sets a rep's targets for a month (replacing any set before).",
                                           ja: "担当者の月次目標を設定します（既存の目標は置き換えます）")
    static let targetListAbstract = Message(en: "The targets set, by month and rep.", ja: "設定済みの目標（月・担当者順）")
    static let targetMonthHelp = Message(en: "The month, YYYY-MM.", ja: "月（YYYY-MM）")
    static let targetSalesHelp = Message(en: "The sales target in yen (5000000, ¥5,000,000, 500万).", ja: "売上目標（円。5000000・¥5,000,000・500万）")
    static let targetVisitsHelp = Message(en: "The number of visits to do.", ja: "訪問件数の目標")
    static let targetMonthFormat = Message(en: "give one month, such as 2026-12", ja: "2026-12 のように1か月を指定してください")
    static let targetSetByHeader = Message(en: "set by", ja: "設定者")
    static func targetSet(_ rep: String, _ month: String, _ sales: String, _ visits: Int) -> Message {
        Message(en: "target for \(rep) in \(month): sales \(sales), \(visits) visits",
                ja: "\(rep) の \(month) の目標: 売上 \(sales)、訪問 \(visits) 件")
    }
}
