import RoundsDomain

extension Message {
    static let reviewAbstract = Message(en: "Reviews for the monthly sales meeting.", ja: "月次営業会議の振り返り")
    static let reviewMonthAbstract = Message(
        en: "The month in review: deals won and what led to them, proposals and their outcomes, requests, customers at risk.",
        ja: "月次の振り返り：受注とそこに至った訪問・メモ、提案とその結果、顧客の要望、要注意顧客")
    static let reviewMonthDiscussion = Message(
        en: """
            Told from the history itself: deals that entered a won stage in the month with the customer's visits and \
            notes of the eight weeks before; done visits with a proposal and deals that reached a stage requiring one, \
            with what came of them; request notes; customers whose last three months of sales are 30 % or more below \
            the same months a year before, who lost a deal in the month, or whose next action is overdue at the \
            month's end; and the rules of next that fire for the most customers at the month's end (today while it \
            runs). --html writes one self-contained HTML file, --markdown Markdown; without either the \
            Markdown goes to standard output.
            """,
        ja: """
            履歴そのものから作ります：その月に受注した商談と、その前 8 週間の訪問・メモ。提案のあった訪問と提案段階に \
            進んだ商談、その結果。要望メモ。直近 3 か月の売上が前年同期より 30 % 以上落ちた顧客、その月に失注した顧客、\
            月末時点で次回アクションが期限切れの顧客。月末時点（当月は今日時点）で該当顧客の多い next のルール。--html は単独の HTML ファイル、--markdown は Markdown を書きます。\
            どちらもなければ Markdown を標準出力へ出します。
            """)
    static let reviewMonthHelp = Message(en: "The month (YYYY-MM).", ja: "対象月（YYYY-MM）")
    static let reviewHTMLHelp = Message(en: "Write the review as one HTML file.", ja: "HTML ファイルに書き出します")
    static let reviewMarkdownHelp = Message(en: "Write the review as Markdown.", ja: "Markdown ファイルに書き出します")
    static let reviewOneMonth = Message(en: "give one month, e.g. 2026-11", ja: "1か月を指定してください（例：2026-11）")
    static func reviewNoHistory(_ month: String) -> Message {
        Message(en: "no visits, notes, deals or orders in \(month): check the month (review month 2026-11)",
                ja: "\(month) の訪問・メモ・商談・受注はありません。対象月を確認してください（review month 2026-11）")
    }
    static func reviewWritten(_ file: String) -> Message {
        Message(en: "wrote \(file)", ja: "\(file) を書き出しました")
    }

    static let reviewTitle = Message(en: "Monthly review", ja: "月次振り返り")

    static let reviewSuccessHeading = Message(en: "Successes: deals won", ja: "成功事例：受注した商談")
    static func reviewWonLead(_ won: Int, shown: Int) -> Message {
        won == 0 ? Message(en: "No deal was won this month.", ja: "今月の受注はありません。")
            : won > shown
            ? Message(en: "Deals won: \(won). The \(shown) largest with the visits and notes of the eight weeks before the win.",
                      ja: "受注 \(won) 件。金額の大きい \(shown) 件について、受注前 8 週間の訪問とメモを示します。")
            : Message(en: "Deals won: \(won), each with the visits and notes of the eight weeks before the win.",
                      ja: "受注 \(won) 件。それぞれ受注前 8 週間の訪問とメモを示します。")
    }
    static func reviewLeadUpCaption(_ deal: String, _ customer: String) -> Message {
        Message(en: "What led to \(deal) (\(customer))", ja: "\(deal)（\(customer)）に至った経緯")
    }
    static let reviewNothingBefore = Message(en: "no visit or note in the eight weeks before", ja: "受注前 8 週間の訪問・メモなし")

    static let reviewProposalHeading = Message(en: "Proposals and what came of them", ja: "提案とその結果")
    static func reviewProposalLead(visits: Int, deals: Int) -> Message {
        Message(en: "Visits with a proposal: \(visits); deals that reached a proposal stage: \(deals).",
                ja: "提案を記録した訪問 \(visits) 件、提案段階に進んだ商談 \(deals) 件。")
    }
    static let reviewProposalVisits = Message(en: "Proposals made at visits", ja: "訪問での提案")
    static let reviewProposedDeals = Message(en: "Deals that reached a proposal stage", ja: "提案段階に進んだ商談")
    static func reviewWon(_ deal: String, _ amount: String) -> Message {
        Message(en: "won: \(deal) \(amount)", ja: "受注：\(deal) \(amount)")
    }
    static func reviewLost(_ deal: String, _ reason: String) -> Message {
        Message(en: "lost: \(deal) — \(reason)", ja: "失注：\(deal) — \(reason)")
    }
    static func reviewOpen(_ deal: String, _ stage: String) -> Message {
        Message(en: "open: \(deal) at \(stage)", ja: "継続中：\(deal)（\(stage)）")
    }
    static let reviewNoDeal = Message(en: "no deal yet", ja: "商談化なし")

    static let reviewRequestHeading = Message(en: "Requests and issues customers raised", ja: "顧客の要望・課題")
    static func reviewRequestLead(_ count: Int) -> Message {
        count == 0 ? Message(en: "No request was noted this month.", ja: "今月の要望メモはありません。")
            : Message(en: "Requests noted: \(count).", ja: "要望メモ \(count) 件。")
    }

    static let reviewRiskHeading = Message(en: "Customers at risk", ja: "要注意顧客")
    static func reviewRiskLead(drops: Int, months: Int, percent: Int, lost: Int, overdue: Int, asOf: String) -> Message {
        Message(en: "Customers with sales of the last \(months) months \(percent) % or more below a year before: \(drops); "
                    + "deals lost: \(lost); next actions overdue at \(asOf): \(overdue).",
                ja: "直近 \(months) か月の売上が前年同期比 \(percent) % 以上減 \(drops) 社、失注 \(lost) 件、"
                    + "\(asOf) 時点で期限切れの次回アクション \(overdue) 件。")
    }
    static func reviewSalesDrop(_ fall: String, recent: String, before: String) -> Message {
        Message(en: "sales −\(fall) (\(recent) vs \(before) a year before)", ja: "売上 −\(fall)（\(recent)、前年同期 \(before)）")
    }
    static func reviewOverdue(_ action: String, due: String) -> Message {
        Message(en: "next action overdue since \(due): \(action)", ja: "次回アクション期限切れ（\(due)）：\(action)")
    }

    static let reviewRulesHeading = Message(en: "Rules that fired most", ja: "よく発火したルール")
    static func reviewRulesLead(asOf: String, customers: Int) -> Message {
        Message(en: "The rules of next as of \(asOf); customers with a reason to act: \(customers).",
                ja: "\(asOf) 時点の next のルール: 対応の理由がある顧客 \(customers) 社")
    }

    static let reviewDealColumn = Message(en: "Deal", ja: "商談")
    static let reviewCustomerColumn = Message(en: "Customer", ja: "顧客")
    static let reviewRepColumn = Message(en: "Rep", ja: "担当者")
    static let reviewAmountColumn = Message(en: "Amount", ja: "金額")
    static let reviewWonOnColumn = Message(en: "Won on", ja: "受注日")
    static let reviewDateColumn = Message(en: "Date", ja: "日付")
    static let reviewWhatColumn = Message(en: "What", ja: "種別")
    static let reviewDetailColumn = Message(en: "Detail", ja: "内容")
    static let reviewProposalColumn = Message(en: "Proposal", ja: "提案内容")
    static let reviewOutcomeColumn = Message(en: "What came of it", ja: "結果")
    static let reviewReachedColumn = Message(en: "Reached on", ja: "到達日")
    static let reviewRequestColumn = Message(en: "Request", ja: "要望")
    static let reviewTagsColumn = Message(en: "Tags", ja: "タグ")
    static let reviewWhyColumn = Message(en: "Why", ja: "理由")
    static let reviewRuleColumn = Message(en: "Rule", ja: "ルール")
    static let reviewCustomersColumn = Message(en: "Customers", ja: "顧客数")
    static let reviewPurposeColumn = Message(en: "Suggested action", ja: "おすすめの行動")
    static let reviewVisit = Message(en: "visit", ja: "訪問")
    static let reviewNote = Message(en: "note", ja: "メモ")
    static let reviewDeal = Message(en: "deal", ja: "商談")
}
