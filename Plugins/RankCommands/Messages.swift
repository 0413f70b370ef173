import RoundsDomain

extension Message {
    static let rankApplying = Message(en: "applying ranks", ja: "ランクを適用中")
    static let rankAbstract = Message(en: "Rank customers into focus, develop and maintain from sales, growth and potential.",
                                      ja: "売上・伸び率・ポテンシャルから顧客を重点・育成・維持にランク付けします")
    static let rankDiscussion = Message(
        en: """
            Sales of the 12 months up to --as-of give each customer its ABC class (standard: A the top 70 % of sales, B \
            to 90 %, C the rest); growth compares the last 3 months (standard) with the same months a year before; untapped potential is \
            the yearly potential minus those sales. The rules in the config file's ranking: section, first match wins, \
            turn these into a rank. compute and diff save nothing; apply keeps the month's ranks.
            """,
        ja: """
            --as-of までの 12 か月の売上で ABC 区分（標準: A 売上上位 70 %、B 90 % まで、C 残り）を決め、伸び率は直近 3 か月（標準）と\
            前年同期を比べ、未開拓ポテンシャルは年間ポテンシャルから売上を引いた額です。設定ファイルの ranking: のルールを\
            上から順に当てはめてランクを決めます。compute と diff は何も保存せず、apply がその月のランクを保存します。
            """)
    static let rankAsOfHelp = Message(
        en: "The last day of sales counted, or a month (2026-11: its last day); default: the last day of the previous month.",
        ja: "売上を数える最終日、または月（2026-11 ならその末日）。省略時は前月末日")
    static let rankRepHelp = Message(en: "Only this rep's customers (classes still come from the whole company).",
                                     ja: "この担当者の顧客だけ表示（ABC 区分は全社で計算）")
    static let rankChangedHelp = Message(en: "Only customers whose rank would change.", ja: "ランクが変わる顧客だけ表示")
    static let rankComputeAbstract = Message(en: "Every customer's proposed rank with the reason; nothing is saved.",
                                             ja: "全顧客のランク案と理由（保存はしません）")
    static let rankComputeDiscussion = Message(
        en: "growth_percent is empty when the customer bought nothing in the same months a year before.",
        ja: "前年同期の売上がない顧客の伸び率は空欄です。")
    static let rankDiffAbstract = Message(en: "Who moves up or down, with why, and the counts.",
                                          ja: "ランクが上がる・下がる顧客と理由、件数")
    static let rankApplyAbstract = Message(en: "Save every customer's proposed rank for a month, with history.",
                                           ja: "全顧客のランク案を月のランクとして履歴つきで保存します")
    static let rankApplyDiscussion = Message(
        en: "All or nothing, in one transaction. Applying the same month again replaces that month's history; it never adds a second row.",
        ja: "1 トランザクションで全件保存します。同じ月をもう一度適用すると、その月の履歴を置き換えます（重複しません）。")
    static let rankEffectiveHelp = Message(en: "The month the ranks take effect (default: the month after --as-of).",
                                           ja: "ランクを適用する月（省略時は --as-of の翌月）")
    static let rankHistoryAbstract = Message(en: "A customer's ranks month by month: previous rank, why, who, when.",
                                             ja: "顧客の月ごとのランク履歴（前のランク・理由・実行者・日時）")
    static let rankCustomerHelp = Message(en: "The customer's code.", ja: "顧客コード")
    static let rankMonthFormat = Message(en: "give a month as YYYY-MM, such as 2026-11", ja: "月は YYYY-MM（例 2026-11）で指定してください")

    static func rankNoOrders(_ asOf: String) -> Message {
        Message(en: "no orders up to \(asOf): nothing to rank on; import orders or choose a later --as-of",
                ja: "\(asOf) までの受注がないためランク付けできません。受注を取り込むか、より後の --as-of を指定してください")
    }

    static func rankMonthWithoutOrders(_ month: String, last: String) -> Message {
        Message(en: "no orders in \(month) (the last is on \(last)): choose an --as-of the orders reach",
                ja: "\(month) の受注がありません（最後の受注は \(last)）。受注のある期間の --as-of を指定してください")
    }

    static func rankApplied(changed: Int, of total: Int, month: String) -> Message {
        Message(en: "\(month): \(changed) of \(total) customers changed rank", ja: "\(month): \(total) 件中 \(changed) 件のランクを変更しました")
    }

    static func rankDiffSummary(up: Int, down: Int, new: Int, same: Int) -> Message {
        Message(en: "\(up) up, \(down) down, \(new) new, \(same) unchanged",
                ja: "上昇 \(up) 件、下降 \(down) 件、新規 \(new) 件、変更なし \(same) 件")
    }

    static func rankMove(_ movement: RankProposal.Movement) -> Message {
        switch movement {
        case .up: Message(en: "↑ up", ja: "↑ 上昇")
        case .down: Message(en: "↓ down", ja: "↓ 下降")
        case .new: Message(en: "＋ new", ja: "＋ 新規")
        case .same: Message(en: "＝", ja: "＝")
        }
    }

    static let rankCodeHeader = Message(en: "code", ja: "顧客コード")
    static let rankNameHeader = Message(en: "name", ja: "顧客名")
    static let rankRepHeader = Message(en: "rep", ja: "担当")
    static let rankCurrentHeader = Message(en: "current", ja: "現ランク")
    static let rankProposedHeader = Message(en: "proposed", ja: "ランク案")
    static let rankClassHeader = Message(en: "ABC", ja: "ABC")
    static let rankSalesHeader = Message(en: "12-month sales", ja: "12か月売上")
    static let rankGrowthHeader = Message(en: "growth %", ja: "伸び率 %")
    static let rankPotentialHeader = Message(en: "potential", ja: "ポテンシャル")
    static let rankReasonHeader = Message(en: "reason", ja: "理由")
    static let rankMoveHeader = Message(en: "move", ja: "変動")
    static let rankMonthHeader = Message(en: "month", ja: "月")
    static let rankRankHeader = Message(en: "rank", ja: "ランク")
    static let rankPreviousHeader = Message(en: "previous", ja: "前ランク")
    static let rankAppliedByHeader = Message(en: "by", ja: "実行者")
    static let rankAppliedAtHeader = Message(en: "at", ja: "日時")
}
