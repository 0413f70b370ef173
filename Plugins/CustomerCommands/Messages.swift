import RoundsDomain

/// This plugin's message catalog.
extension Message {
    static let customerAbstract = Message(en: "Add, edit, show, list and archive customers; their change log.", ja: "顧客の登録・変更・表示・一覧・アーカイブ・変更履歴")
    static let customerAddAbstract = Message(en: "Add a customer.", ja: "顧客を登録します")
    static let customerEditAbstract = Message(en: "Change a customer; only the options given change (an empty value clears).",
                                              ja: "顧客を変更します（指定した項目のみ。空の値で消去）")
    static let customerShowAbstract = Message(en: "Show one customer.", ja: "顧客を1件表示します")
    // One line per paragraph: ArgumentParser wraps the text to the terminal itself.
    static let customerShowDiscussion = Message(
        en: "The table shows the profile, the last and next visit, the open next action, open deals, 12 months of sales "
            + "with the latest orders, recent notes and competitor mentions. --format json carries all of it as one object "
            + "(profile, last_visit, open_next_actions, next_visit, open_deals, recent_orders, monthly_sales, "
            + "sales_12_months_yen, recent_notes, competitor_mentions); --format csv carries the profile only, one field "
            + "per row (the history lists have their own: order list, note list, … --format csv).",
        ja: "表形式ではプロフィール・前回/次回訪問・未完了の次回アクション・進行中の商談・直近12か月の売上と最近の受注・"
            + "最近のメモ・競合情報を表示します。--format json はそのすべてを1つのオブジェクトで出力します（profile, "
            + "last_visit, open_next_actions, next_visit, open_deals, recent_orders, monthly_sales, sales_12_months_yen, "
            + "recent_notes, competitor_mentions）。--format csv はプロフィールのみ（1行1項目）です"
            + "（履歴は order list, note list などの --format csv で出力します）。")
    static let customerListAbstract = Message(en: "List customers, filtered and sorted.", ja: "顧客を絞り込み・並べ替えて一覧表示します")
    static let customerListDiscussion = Message(
        en: """
        Examples:
          customer list --where "rank = focus and potential >= 100万" --sort -potential --limit 20
          customer list --where "address contains 千代田 or tags contains 要訪問"
          customer list --where "rep in (R01, R02) and not closed_days contains sat"
        'help fields customer' lists the fields. Archived customers are left out unless --all is given
        or the expression names 'status'.
        """,
        ja: """
        例:
          customer list --where "rank = 重点 and potential >= 100万" --sort -potential --limit 20
          customer list --where "address contains 千代田 or tags contains 要訪問"
          customer list --where "rep in (R01, R02) and not closed_days contains sat"
        使える項目は 'help fields customer' で表示します。アーカイブ済みの顧客は --all を付けるか
        式で status を指定したときだけ表示します。
        """)
    static let customerArchiveAbstract = Message(en: "Archive a customer: history is kept, plans leave it out.",
                                                 ja: "顧客をアーカイブします（履歴は残り、計画からは外れます）")
    static let repAbstract = Message(en: "Add, edit and list sales reps.", ja: "営業担当者の登録・変更・一覧")
    static let repAddAbstract = Message(en: "Add a rep.", ja: "担当者を登録します")
    static let repEditAbstract = Message(en: "Change a rep; only the options given change.", ja: "担当者を変更します（指定した項目のみ）")
    static let repListAbstract = Message(en: "List the reps.", ja: "担当者を一覧表示します")

    static let newCodeHelp = Message(en: "The new code (letters, digits, - _ .).", ja: "新しいコード（英数字・- _ .）")
    static let codeHelp = Message(en: "The customer's code.", ja: "顧客コード")
    static let repCodeHelp = Message(en: "The rep's code.", ja: "担当者コード")
    static let nameHelp = Message(en: "Trade name (required when adding).", ja: "顧客名（登録時は必須）")
    static let repNameHelp = Message(en: "Full name (required when adding).", ja: "氏名（登録時は必須）")
    static let kanaHelp = Message(en: "Reading in katakana.", ja: "フリガナ")
    static let addressHelp = Message(en: "Address.", ja: "住所")
    static let latHelp = Message(en: "Latitude, -90 to 90 (with --lon).", ja: "緯度 -90〜90（--lon と一緒に）")
    static let lonHelp = Message(en: "Longitude, -180 to 180 (with --lat).", ja: "経度 -180〜180（--lat と一緒に）")
    static let phoneHelp = Message(en: "Phone number.", ja: "電話番号")
    static let repHelp = Message(en: "Code of the rep in charge.", ja: "担当者コード")
    static let rankHelp = Message(en: "focus, develop, maintain (重点, 育成, 維持) or none.", ja: "focus・develop・maintain（重点・育成・維持）または none")
    static let potentialHelp = Message(en: "Annual potential in yen: 1200000, ¥1,200,000, 120万.", ja: "年間ポテンシャル（円）: 1200000・¥1,200,000・120万")
    static let serviceHelp = Message(en: "Minutes a visit takes (default 30).", ja: "1回の訪問にかかる分数（既定 30）")
    static let visitIntervalHelp = Message(en: "Own days between visits, 7 to 730, instead of the rank's policy (none to clear).",
                                           ja: "ランクの方針の代わりに使う訪問間隔（7〜730 日、none で解除）")
    static let windowsHelp = Message(en: "Visiting hours, e.g. 09:00-12:00,13:00-17:00.", ja: "訪問可能時間帯（例 09:00-12:00,13:00-17:00）")
    static let closedDaysHelp = Message(en: "Closed weekdays, e.g. sat,sun or 土,日.", ja: "定休日（例 sat,sun または 土,日）")
    static let statusHelp = Message(en: "active, dormant or archived.", ja: "active・dormant・archived")
    static let tagsHelp = Message(en: "Tags, comma-separated.", ja: "タグ（カンマ区切り）")
    static let startHelp = Message(en: "Where the day starts (office or home) as LAT,LON.", ja: "1日の出発地（事務所・自宅）LAT,LON")
    static let endHelp = Message(en: "Where the day ends as LAT,LON (default: the start).", ja: "1日の終了地 LAT,LON（既定は出発地）")
    static let hoursHelp = Message(en: "Working hours (default 09:00-18:00).", ja: "勤務時間（既定 09:00-18:00）")
    static let teamHelp = Message(en: "The rep's team (営業所・課), for KPIs by team; \"\" clears it.",
                                  ja: "担当者のチーム（営業所・課）。チーム別 KPI に使います。\"\" で解除")
    static let lunchHelp = Message(en: "Lunch break (default 12:00-13:00); 11:30-13:30/60 takes 60 minutes inside the window.",
                                   ja: "昼休み（既定 12:00-13:00）。11:30-13:30/60 は枠内で60分")
    static let whereHelp = Message(en: "Filter, e.g. \"rank = focus and potential >= 100万\".", ja: "絞り込み条件（例 \"rank = 重点 and potential >= 100万\"）")
    static let sortHelp = Message(en: "Sort fields, '-' for descending, e.g. -potential,name.", ja: "並べ替え項目（'-' で降順。例 -potential,name）")
    static let limitHelp = Message(en: "Show at most this many.", ja: "表示する最大件数")
    static let allHelp = Message(en: "Include archived customers.", ja: "アーカイブ済みの顧客も含めます")
    static let wideHelp = Message(en: "Show every column in the table.", ja: "表にすべての列を表示します")

    static func customerAdded(_ code: String, _ name: String) -> Message { Message(en: "added customer \(code) \(name)", ja: "顧客 \(code) \(name) を登録しました") }
    static func customerUpdated(_ code: String) -> Message { Message(en: "updated customer \(code)", ja: "顧客 \(code) を更新しました") }
    static func customerArchived(_ code: String) -> Message { Message(en: "archived customer \(code)", ja: "顧客 \(code) をアーカイブしました") }
    static func repAdded(_ code: String, _ name: String) -> Message { Message(en: "added rep \(code) \(name)", ja: "担当者 \(code) \(name) を登録しました") }
    static func repUpdated(_ code: String) -> Message { Message(en: "updated rep \(code)", ja: "担当者 \(code) を更新しました") }
    static func unknownCustomer(_ code: String) -> Message {
        Message(en: "unknown customer '\(code)'", ja: "顧客 '\(code)' は登録されていません")
    }
    static func distanceLabel(_ rep: String) -> Message { Message(en: "km from \(rep)'s start", ja: "\(rep) の出発地からの距離 km") }

    static let codeHeader = Message(en: "code", ja: "コード")
    static let nameHeader = Message(en: "name", ja: "顧客名")
    static let repNameHeader = Message(en: "name", ja: "氏名")
    static let kanaHeader = Message(en: "reading", ja: "フリガナ")
    static let addressHeader = Message(en: "address", ja: "住所")
    static let latHeader = Message(en: "lat", ja: "緯度")
    static let lonHeader = Message(en: "lon", ja: "経度")
    static let phoneHeader = Message(en: "phone", ja: "電話")
    static let repHeader = Message(en: "rep", ja: "担当")
    static let rankHeader = Message(en: "rank", ja: "ランク")
    static let potentialHeader = Message(en: "potential", ja: "ポテンシャル")
    static let serviceHeader = Message(en: "minutes", ja: "訪問分")
    static let visitIntervalHeader = Message(en: "interval days", ja: "訪問間隔日数")
    static let windowsHeader = Message(en: "windows", ja: "訪問時間帯")
    static let closedDaysHeader = Message(en: "closed", ja: "定休日")
    static let statusHeader = Message(en: "status", ja: "状態")
    static let tagsHeader = Message(en: "tags", ja: "タグ")
    static let createdHeader = Message(en: "created", ja: "登録日時")
    static let updatedHeader = Message(en: "updated", ja: "更新日時")
    static let startHeader = Message(en: "start", ja: "出発地")
    static let endHeader = Message(en: "end", ja: "終了地")
    static let hoursHeader = Message(en: "hours", ja: "勤務時間")
    static let lunchHeader = Message(en: "lunch", ja: "昼休み")
    static let teamHeader = Message(en: "team", ja: "チーム")

    // `rep dayoff`
    static let repDayOffAbstract = Message(en: "A rep's own days off (leave, training): add, remove, list.",
                                           ja: "担当者の休暇（休み・研修など）の登録・削除・一覧")
    static let repDayOffAddAbstract = Message(en: "Add days off; a day already off stays (a --note replaces its note).",
                                              ja: "休暇を登録します（登録済みの日はそのまま。--note でメモを置き換え）")
    static let repDayOffRemoveAbstract = Message(en: "Remove days off.", ja: "休暇を削除します")
    static let repDayOffListAbstract = Message(en: "List days off, by rep and date.", ja: "休暇を担当者・日付順に一覧表示します")
    static let dayOffDaysHelp = Message(en: "A day (2026-12-24, today, R8.12.24) or a span, both ends included (2026-12-24..2026-12-28).",
                                        ja: "日付（2026-12-24・today・R8.12.24）または期間（2026-12-24..2026-12-28、両端を含む）")
    static let dayOffNoteHelp = Message(en: "What the days are (有給, 研修…).", ja: "メモ（有給・研修など）")
    static let dayOffRepFilterHelp = Message(en: "Only this rep's days off.", ja: "この担当者の休暇のみ")
    static let dayOffFromHelp = Message(en: "From this day on.", ja: "この日以降")
    static let dayOffToHelp = Message(en: "Up to this day, included.", ja: "この日まで（この日を含む）")
    static let daySpanEndBeforeStart = Message(en: "the span ends before it starts", ja: "期間の終了日が開始日より前です")
    static let daySpanTooLong = Message(en: "a span may cover a year (366 days) at most", ja: "期間は1年（366日）以内で指定してください")
    static let daySpanFormat = Message(en: "use a day or DAY..DAY", ja: "日付または 日付..日付 で指定してください")
    static func daysOffAdded(_ rep: String, _ added: Int, _ already: Int) -> Message {
        Message(en: "added \(added) day(s) off for rep \(rep)" + (already > 0 ? " (\(already) already off)" : ""),
                ja: "担当者 \(rep) の休暇を \(added) 日登録しました" + (already > 0 ? "（\(already) 日は登録済み）" : ""))
    }
    static func daysOffRemoved(_ rep: String, _ removed: Int, _ missing: Int) -> Message {
        Message(en: "removed \(removed) day(s) off for rep \(rep)" + (missing > 0 ? " (\(missing) not off)" : ""),
                ja: "担当者 \(rep) の休暇を \(removed) 日削除しました" + (missing > 0 ? "（\(missing) 日は未登録）" : ""))
    }
    static let dayOffDateHeader = Message(en: "date", ja: "日付")
    static let dayOffWeekdayHeader = Message(en: "day", ja: "曜日")
    static let dayOffNoteHeader = Message(en: "note", ja: "メモ")
}
