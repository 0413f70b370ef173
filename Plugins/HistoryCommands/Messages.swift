import RoundsDomain

/// This plugin's message catalog: help texts, confirmations and errors (column headers are in Headers.swift).
extension Message {
    // MARK: Orders

    static let orderAbstract = Message(en: "Record and list customers' orders.", ja: "受注の登録・一覧")
    static let orderAddAbstract = Message(en: "Record an order.", ja: "受注を登録します")
    static let orderAddDiscussion = Message(
        en: "Example:\n  order add C0001 --amount 12万 --date 2026-11-29 --product 業務用洗剤 --quantity 20",
        ja: "例:\n  order add C0001 --amount 12万 --date 2026-11-29 --product 業務用洗剤 --quantity 20")
    static let orderListAbstract = Message(en: "List orders, newest first.", ja: "受注を新しい順に一覧表示します")
    static let amountHelp = Message(en: "Amount in yen: 120000, ¥120,000, 12万 (required).", ja: "金額（円）: 120000・¥120,000・12万（必須）")
    static let orderDateHelp = Message(en: "Order date (default today).", ja: "受注日（既定は今日）")
    static let productHelp = Message(en: "Product.", ja: "商品")
    static let categoryHelp = Message(en: "Product category.", ja: "商品カテゴリ")
    static let quantityHelp = Message(en: "Quantity.", ja: "数量")
    static let orderRepHelp = Message(en: "Rep who took the order (default the customer's rep).", ja: "受注した担当者（既定は顧客の担当者）")
    static func orderAdded(_ id: Int, _ customer: String, _ amount: String) -> Message {
        Message(en: "added order \(id) for \(customer): \(amount)", ja: "\(customer) の受注 \(id)（\(amount)）を登録しました")
    }

    // MARK: Deals

    static let dealAbstract = Message(en: "Open deals and move them through the sales flow.", ja: "商談の登録と営業フローでの進行")
    static let dealDiscussion = Message(
        en: "Deals move through the company's sales flow (its config file can change it); 'deal stages' lists the stages "
            + "and what entering each requires. A won or lost deal is closed.\n"
            + "Example:\n  deal add C0001 --title 冷蔵ケース更新 --competitor 東和冷機\n  deal move 12 quote --amount 120万",
        ja: "商談は会社の営業フロー（設定ファイルで変更可）に沿って進みます。'deal stages' でステージと各ステージに必要な項目を表示します。"
            + "受注・失注した商談は終了です。\n"
            + "例:\n  deal add C0001 --title 冷蔵ケース更新 --competitor 東和冷機\n  deal move 12 quote --amount 120万")
    static let dealStagesAbstract = Message(en: "List the sales flow's stages and what entering each requires.",
                                            ja: "営業フローのステージと各ステージに必要な項目を表示します")
    static let stageNameHeader = Message(en: "name", ja: "名称")
    static let outcomeHeader = Message(en: "outcome", ja: "結果")
    static let requiresHeader = Message(en: "requires", ja: "必要な項目")
    static func stageOutcome(_ outcome: DealStage.Outcome) -> Message {
        switch outcome {
        case .open: Message(en: "open", ja: "進行中")
        case .won: Message(en: "won", ja: "受注")
        case .lost: Message(en: "lost", ja: "失注")
        }
    }
    static let dealAddAbstract = Message(en: "Open a deal (at the flow's first stage unless --stage says otherwise).",
                                         ja: "商談を登録します（--stage がなければ最初のステージ）")
    static let dealMoveAbstract = Message(en: "Move a deal to a stage, with the fields the stage requires.",
                                          ja: "商談を別のステージへ移動します（ステージに必要な項目を付けて）")
    static let dealListAbstract = Message(en: "List deals, newest first.", ja: "商談を新しい順に一覧表示します")
    static let dealListDiscussion = Message(
        en: "--from and --to select by expected close date.\nExample:\n  deal list --open --rep R01 --to 2026-12-31",
        ja: "--from・--to は受注予定日で絞り込みます。\n例:\n  deal list --open --rep R01 --to 2026-12-31")
    static let dealShowAbstract = Message(en: "Show one deal with its stage history.", ja: "商談をステージ履歴付きで表示します")
    static let titleHelp = Message(en: "What the deal is about (required).", ja: "商談名（必須）")
    static let startStageHelp = Message(en: "Stage to open the deal at.", ja: "登録時のステージ")
    static let dealRepHelp = Message(en: "Rep working the deal (default the customer's rep).", ja: "商談の担当者（既定は顧客の担当者）")
    static let dealAmountHelp = Message(en: "Expected amount in yen: 1200000, 120万.", ja: "見込金額（円）: 1200000・120万")
    static let dealProposalHelp = Message(en: "Summary of the proposal.", ja: "提案の要旨")
    static let expectedCloseHelp = Message(en: "Expected close date.", ja: "受注予定日")
    static let competitorHelp = Message(en: "Competitor in the running.", ja: "競合先")
    static let lostReasonHelp = Message(en: "Why the deal was lost.", ja: "失注理由")
    static let dealIDHelp = Message(en: "The deal's id (see deal list).", ja: "商談の ID（deal list で確認）")
    static let stageHelp = Message(en: "The stage to move to, by code or name.", ja: "移動先のステージ（コードまたは名称）")
    static let stageFilterHelp = Message(en: "Only deals at these stages.", ja: "指定したステージの商談のみ")
    static let openHelp = Message(en: "Only deals not yet won or lost.", ja: "受注・失注していない商談のみ")
    static func dealAdded(_ id: Int, _ customer: String, _ stage: Message) -> Message {
        Message(en: "added deal \(id) for \(customer) at \(stage.en)", ja: "\(customer) の商談 \(id) を「\(stage.ja)」で登録しました")
    }
    static func dealMoved(_ id: Int, _ from: Message, _ to: Message) -> Message {
        Message(en: "deal \(id): \(from.en) → \(to.en)", ja: "商談 \(id): \(from.ja) → \(to.ja)")
    }
    static func unknownDeal(_ id: Int) -> Message { Message(en: "unknown deal \(id)", ja: "商談 \(id) は登録されていません") }

    // MARK: Notes

    static let noteAbstract = Message(en: "Keep notes on customers: competitors, requests, anything else.",
                                      ja: "顧客に関するメモ（競合・要望・一般）")
    static let noteAddAbstract = Message(en: "Add a note.", ja: "メモを登録します")
    static let noteAddDiscussion = Message(
        en: "Example:\n  note add C0001 \"東和冷機が見積を提出済み\" --kind competitor --tags 冷蔵",
        ja: "例:\n  note add C0001 \"東和冷機が見積を提出済み\" --kind 競合 --tags 冷蔵")
    static let noteListAbstract = Message(en: "List notes, newest first.", ja: "メモを新しい順に一覧表示します")
    static let noteTextHelp = Message(en: "What was learned.", ja: "内容")
    static let kindHelp = Message(en: "competitor, request or general (競合・要望・一般; default general).",
                                  ja: "competitor・request・general（競合・要望・一般。既定は一般）")
    static let kindFilterHelp = Message(en: "Only notes of this kind.", ja: "指定した種類のメモのみ")
    static let noteTagsHelp = Message(en: "Tags, comma-separated.", ja: "タグ（カンマ区切り）")
    static let noteDateHelp = Message(en: "When it was learned (default today).", ja: "情報を得た日（既定は今日）")
    static func noteAdded(_ id: Int, _ customer: String, _ kind: Message) -> Message {
        Message(en: "added \(kind.en) note \(id) for \(customer)", ja: "\(customer) のメモ \(id)（\(kind.ja)）を登録しました")
    }

    // MARK: Visits

    static let visitAbstract = Message(en: "Plan visits with a purpose and log what came of them.",
                                       ja: "目的を持った訪問の予定と、その結果の記録")
    static let visitDiscussion = Message(
        en: "Example:\n  visit plan C0001 --date 2026-12-01 --at 10:30 --purpose 冬季の発注量を確認 --obtain 決裁者\n"
            + "  visit log 5 --outcome proposal,order --next-action 見積送付 --due 2026-12-05 --report 好感触",
        ja: "例:\n  visit plan C0001 --date 2026-12-01 --at 10:30 --purpose 冬季の発注量を確認 --obtain 決裁者\n"
            + "  visit log 5 --outcome proposal,order --next-action 見積送付 --due 2026-12-05 --report 好感触")
    static let visitPlanAbstract = Message(en: "Plan a visit.", ja: "訪問を予定します")
    static let visitLogAbstract = Message(en: "Log a done visit: a planned one by id, or an unplanned one with --customer.",
                                          ja: "実施した訪問を記録します（予定は ID で、予定外は --customer で）")
    static let visitLogDiscussion = Message(
        en: "Outcomes: \(VisitOutcome.allCases.map(\.rawValue).joined(separator: ", ")).",
        ja: "成果: \(VisitOutcome.allCases.map { "\($0.rawValue)（\($0.label.ja)）" }.joined(separator: "・"))")
    static let visitListAbstract = Message(en: "List visits, newest first.", ja: "訪問を新しい順に一覧表示します")
    static let visitShowAbstract = Message(en: "Show one visit.", ja: "訪問を1件表示します")
    static let purposeHelp = Message(en: "Why the visit is made.", ja: "訪問の目的")
    static let visitProposalHelp = Message(en: "What to propose.", ja: "提案内容")
    static let obtainHelp = Message(en: "Information to obtain.", ja: "入手したい情報")
    static let nextActionHelp = Message(en: "The next action.", ja: "次回アクション")
    static let dueHelp = Message(en: "When the next action is due.", ja: "次回アクションの期限")
    static let visitRepHelp = Message(en: "Rep who visits (default the customer's rep).", ja: "訪問する担当者（既定は顧客の担当者）")
    static let visitDateHelp = Message(en: "Day of the visit (default today, or a planned visit's day when that is past).",
                                       ja: "訪問日（既定は今日。予定した訪問で予定日が過ぎていればその日）")
    static let plannedVisitHelp = Message(en: "The planned visit's id.", ja: "予定していた訪問の ID")
    static let unplannedCustomerHelp = Message(en: "The customer of an unplanned visit.", ja: "予定外の訪問の顧客")
    static let outcomeHelp = Message(en: "What came of it: proposal, deal-created, deal-advanced, order.",
                                     ja: "成果: proposal・deal-created・deal-advanced・order（提案実施・商談化・商談前進・受注）")
    static let reportHelp = Message(en: "Free-text report.", ja: "報告（自由記述）")
    static let visitStatusHelp = Message(en: "Only planned or only done visits.", ja: "予定または実施済みの訪問のみ")
    static let visitIDHelp = Message(en: "The visit's id (see visit list).", ja: "訪問の ID（visit list で確認）")
    static let visitOrCustomer = Message(en: "give a planned visit's id or --customer for an unplanned visit, not both",
                                         ja: "予定した訪問の ID か、予定外の訪問なら --customer のどちらか一方を指定してください")
    static func visitPlanned(_ id: Int, _ customer: String, _ date: String) -> Message {
        Message(en: "planned visit \(id) to \(customer) on \(date)", ja: "\(date) の \(customer) への訪問 \(id) を予定しました")
    }
    static func visitLogged(_ id: Int, _ customer: String, _ date: String) -> Message {
        Message(en: "logged visit \(id) to \(customer) on \(date)", ja: "\(date) の \(customer) への訪問 \(id) を記録しました")
    }
    static let visitEditAbstract = Message(en: "Change a planned or done visit; only the options given change.",
                                           ja: "予定・実施済みの訪問を変更します（指定した項目のみ）")
    static let visitEditDiscussion = Message(
        en: "Example:\n  visit edit 5 --at 10:30\n  visit edit 5 --at none --date 2026-12-03",
        ja: "例:\n  visit edit 5 --at 10:30\n  visit edit 5 --at none --date 2026-12-03")
    static let appointmentHelp = Message(en: "The start time agreed with the customer, HH:MM (none to clear).",
                                         ja: "顧客と約束した開始時刻 HH:MM（none で解除）")
    static func visitUpdated(_ id: Int, _ customer: String, _ date: String) -> Message {
        Message(en: "updated visit \(id) to \(customer) on \(date)", ja: "\(date) の \(customer) への訪問 \(id) を更新しました")
    }
    static func unknownVisit(_ id: Int) -> Message { Message(en: "unknown visit \(id)", ja: "訪問 \(id) は登録されていません") }

    // MARK: Contacts

    static let contactAbstract = Message(en: "Keep the people at each customer.", ja: "顧客の担当者連絡先")
    static let contactAddAbstract = Message(en: "Add a contact person.", ja: "連絡先を登録します")
    static let contactListAbstract = Message(en: "List contacts by customer.", ja: "連絡先を顧客ごとに一覧表示します")
    static let contactNameHelp = Message(en: "Full name (required).", ja: "氏名（必須）")
    static let roleHelp = Message(en: "Position or role, e.g. 購買課長.", ja: "役職・役割（例 購買課長）")
    static let phoneHelp = Message(en: "Phone number.", ja: "電話番号")
    static let emailHelp = Message(en: "E-mail address.", ja: "メールアドレス")
    static func contactAdded(_ id: Int, _ name: String, _ customer: String) -> Message {
        Message(en: "added contact \(id) \(name) at \(customer)", ja: "\(customer) の連絡先 \(id) \(name) を登録しました")
    }

    // MARK: Shared

    static let customerHelp = Message(en: "The customer's code.", ja: "顧客コード")
    static let customerFilterHelp = Message(en: "Only this customer's.", ja: "指定した顧客のみ")
    static let repFilterHelp = Message(en: "Only this rep's.", ja: "指定した担当者のみ")
    static let fromHelp = Message(en: "From this day: 2026-11-01, 2026/11/1, today, yesterday, today-7.",
                                  ja: "この日から: 2026-11-01・2026/11/1・today・yesterday・today-7")
    static let toHelp = Message(en: "Up to this day, included.", ja: "この日まで（当日を含む）")
    static let limitHelp = Message(en: "Show at most this many.", ja: "表示する最大件数")
    static let wideHelp = Message(en: "Show every column in the table.", ja: "表にすべての列を表示します")
    static let idFormat = Message(en: "use the number shown in the id column", ja: "id 列の番号で指定してください")
}
