import RoundsDomain

extension Message {
    static let reportAbstract = Message(en: "Documents for the monthly sales meeting.", ja: "月次営業会議の資料")
    static let reportMonthAbstract = Message(
        en: "The month's report: KPIs by rep against targets, 12-month trends, visits by rank, rank mix and movements, a map of visits.",
        ja: "月次レポート：担当者別 KPI と目標比、12か月の推移、ランク別訪問、ランク構成と移動、訪問地図")
    static let reportMonthDiscussion = Message(
        en: """
            --html writes one self-contained HTML file (inline SVG charts, no network needed); --markdown the same \
            tables as Markdown. Without either, the Markdown goes to standard output. Figures are those of `kpi`; \
            rank movements are those `rank apply` saved for the month.
            """,
        ja: """
            --html はグラフ（SVG）を埋め込んだ単独の HTML ファイル（オフラインで開けます）、--markdown は同じ表の \
            Markdown を書きます。どちらもなければ Markdown を標準出力へ出します。数値は kpi と同じ、ランク移動は \
            rank apply がその月に保存したものです。
            """)
    static let reportMonthHelp = Message(en: "The month (YYYY-MM).", ja: "対象月（YYYY-MM）")
    static let reportHTMLHelp = Message(en: "Write the report as one HTML file.", ja: "HTML ファイルに書き出します")
    static let reportMarkdownHelp = Message(en: "Write the report as Markdown.", ja: "Markdown ファイルに書き出します")
    static let reportOneMonth = Message(en: "give one month, e.g. 2026-11", ja: "1か月を指定してください（例：2026-11）")
    static func reportWritten(_ file: String, charts: Int) -> Message {
        Message(en: "wrote \(file) (\(charts) charts)", ja: "\(file) を書き出しました（グラフ \(charts) 点）")
    }

    static let reportTitle = Message(en: "Monthly sales report", ja: "月次営業レポート")
    static let reportKPIHeading = Message(en: "KPIs by rep", ja: "担当者別 KPI")
    static func reportKPILead(sales: String, against: String, visits: Int, conversion: String, winRate: String) -> Message {
        Message(en: "Sales \(sales) (\(against) of target) from \(visits) visits; deal conversion \(conversion), win rate \(winRate).",
                ja: "売上 \(sales)（目標比 \(against)）、訪問 \(visits) 件、商談転換率 \(conversion)、受注率 \(winRate)。")
    }
    static let reportTrendHeading = Message(en: "Twelve months", ja: "12か月の推移")
    static let reportRankHeading = Message(en: "Customer ranks", ja: "顧客ランク")
    static let reportMapHeading = Message(en: "Where the visits were", ja: "訪問先の地図")
    static func reportMapLead(_ visits: Int) -> Message {
        Message(en: "\(visits) visits with a known position, one colour per rep; squares are the reps' starts.",
                ja: "位置のわかる訪問 \(visits) 件。担当者ごとに色分け、四角は出発地です。")
    }
    static func reportNoRankApply(_ month: String, effective: String) -> Message {
        Message(en: "No ranks were applied yet from \(month)'s results (rank apply --effective \(effective)).",
                ja: "\(month) の実績によるランク適用はまだありません（rank apply --effective \(effective)）。")
    }
    static func reportRankApplied(_ month: String, effective: String, moved: Int) -> Message {
        Message(en: "Ranks from \(month)'s results, in effect from \(effective): \(moved) customers change rank.",
                ja: "\(month) の実績によるランク（\(effective) から適用）：\(moved) 社のランクが変わります。")
    }

    static let reportRepColumn = Message(en: "Rep", ja: "担当者")
    static let reportRankColumn = Message(en: "Rank", ja: "ランク")
    static let reportVisitsColumn = Message(en: "Visits", ja: "訪問")
    static let reportShareColumn = Message(en: "Share", ja: "構成比")
    static let reportTotal = Message(en: "Total", ja: "合計")
    static let reportNoRep = Message(en: "(no rep)", ja: "（担当なし）")
    static let reportNoRank = Message(en: "(no rank)", ja: "（ランクなし）")
    static let reportVisitsDone = Message(en: "Visits", ja: "訪問実績")
    static let reportVisitsPlanned = Message(en: "Planned", ja: "訪問予定")
    static let reportAdherence = Message(en: "Adherence", ja: "計画遵守率")
    static let reportProposals = Message(en: "Proposals", ja: "提案数")
    static let reportDeals = Message(en: "Deals", ja: "商談作成")
    static let reportConversion = Message(en: "Conversion", ja: "転換率")
    static let reportWinRate = Message(en: "Win rate", ja: "受注率")
    static let reportSales = Message(en: "Sales", ja: "売上")
    static let reportTarget = Message(en: "Target", ja: "目標")
    static let reportAgainstTarget = Message(en: "vs target", ja: "目標比")
    static let reportWithPurpose = Message(en: "With purpose", ja: "目的あり")
    static let reportWithNextAction = Message(en: "With next action", ja: "次回アクションあり")

    static let reportSalesByRep = Message(en: "Sales and target by rep", ja: "担当者別 売上と目標")
    static let reportVisitsByRank = Message(en: "Visits by customer rank", ja: "顧客ランク別の訪問")
    static let reportSalesTrend = Message(en: "Sales and target, month by month", ja: "売上と目標の推移")
    static let reportVisitsTrend = Message(en: "Visits done and planned, month by month", ja: "訪問実績と予定の推移")
    static let reportRankMix = Message(en: "Customers by rank, per rep", ja: "担当者別の顧客ランク構成")
    static let reportRankMoves = Message(en: "Rank movements from this month's results", ja: "今月の実績によるランク移動")
    static let reportVisitMap = Message(en: "The month's visits", ja: "今月の訪問先")
}
