import RoundsDomain

extension Message {
    static let nearbyAbstract = Message(en: "Customers a short drive away, and whether a visit is due (drop-in visits).",
                                        ja: "近くの顧客と訪問時期かどうか（ついで訪問）")
    static let nearbyDiscussion = Message(
        en: "Drive times use the company's travel speed (rounds.yaml travel:); due follows the visit policy (planning:).",
        ja: "移動時間は会社の速度設定（rounds.yaml の travel:）、訪問時期は訪問ポリシー（planning:）に従います。")
    static let nearbyCustomerHelp = Message(en: "The customer you are at.", ja: "今いる顧客のコード")
    static let nearbyAtHelp = Message(en: "Or the place you are at, as LAT,LON.", ja: "または現在地（緯度,経度）")
    static let nearbyWithinHelp = Message(en: "At most this many minutes' drive (default 15).", ja: "移動時間の上限（分、既定 15）")
    static let nearbyLimitHelp = Message(en: "At most this many customers, closest first (default 10).", ja: "表示する件数（近い順、既定 10）")
    static let nearbyRepHelp = Message(en: "Whose travel speed to use (default: the customer's rep).", ja: "移動速度を使う担当者（既定：顧客の担当）")
    static let nearbyDateHelp = Message(en: "The day to count from (default today).", ja: "基準日（既定 today）")
    static let nearbyOrigin = Message(en: "give either a customer code or --at LAT,LON", ja: "顧客コードか --at 緯度,経度 のどちらかを指定してください")
    static let positiveMinutes = Message(en: "give a whole number above 0", ja: "1 以上の整数で指定してください")
    static func nearbyUnknownCustomer(_ code: String) -> Message {
        Message(en: "unknown customer '\(code)'", ja: "顧客 '\(code)' は登録されていません")
    }
    static func nearbyNoLocation(_ code: String) -> Message {
        Message(en: "customer \(code) has no map position; use --at LAT,LON", ja: "顧客 \(code) に位置がありません。--at 緯度,経度 を使ってください")
    }
    static let nearbyCustomerHeader = Message(en: "customer", ja: "顧客")
    static let nearbyNameHeader = Message(en: "name", ja: "顧客名")
    static let nearbyRankHeader = Message(en: "rank", ja: "ランク")
    static let nearbyRepHeader = Message(en: "rep", ja: "担当")
    static let nearbyMinutesHeader = Message(en: "minutes", ja: "移動分")
    static let nearbyLastVisitHeader = Message(en: "last visit", ja: "前回訪問")
    static let nearbyDaysHeader = Message(en: "days since", ja: "経過日数")
    static let nearbyDueHeader = Message(en: "due", ja: "訪問時期")

    static let planAbstract = Message(en: "Visit plans: who, which day, how often and in which order — by rank, priority and the real calendar.",
                                      ja: "訪問計画: 誰を・いつ・どのくらいの頻度で・どの順に（ランク・優先度・営業日どおり）")
    static let baselineAbstract = Message(en: "Each rep's month under the fixed weekday routine: visits, driving, broken hours and windows.",
                                          ja: "曜日固定ルーチンでの担当者ごとの1か月：訪問数・移動時間・時間外と時間枠違反")
    static let baselineDiscussion = Message(
        en: """
            Each rep's customers are split into five equal groups by direction from the rep's start (Monday first, a \
            customer closed on its day moves to the next); focus every week, develop on the 1st and 3rd or 2nd and 4th \
            weekday, maintain once, rotating; each day in nearest-neighbour order, driven as is and checked against \
            working hours, lunch and visiting hours. Weekends, national holidays and 12/29-1/3 are off.
            """,
        ja: """
            担当顧客を出発地からの方角で5つの同数グループ（月曜から）に分け、定休日の顧客は翌営業曜日へ。重点は毎週、\
            育成は第1・3または第2・4、維持は月1回（順番に）。各日は最寄り順に回り、勤務時間・昼休憩・訪問可能時間と照合します。\
            土日・祝日・12/29〜1/3 は休みです。
            """)
    static let baselineMonthHelp = Message(en: "The month, YYYY-MM.", ja: "対象月（YYYY-MM）")
    static let baselineRepHelp = Message(en: "Only this rep (default: every rep).", ja: "この担当者のみ（既定：全員）")
    static let baselineMonthFormat = Message(en: "use YYYY-MM, such as 2026-12", ja: "2026-12 のように YYYY-MM で指定してください")
    static func baselineUnknownRep(_ code: String) -> Message {
        Message(en: "unknown rep '\(code)'", ja: "担当者 '\(code)' は登録されていません")
    }
    static func baselineRepWithoutStart(_ code: String) -> Message {
        Message(en: "rep \(code) has no start location and is left out; set it with: rep edit \(code) --start LAT,LON",
                ja: "担当者 \(code) は出発地がないため対象外です。rep edit \(code) --start 緯度,経度 で設定してください")
    }
    static let baselineRepHeader = Message(en: "rep", ja: "担当")
    static let baselineCustomersHeader = Message(en: "customers", ja: "顧客数")
    static let baselineVisitsHeader = Message(en: "visits", ja: "訪問数")
    static let baselineTravelHeader = Message(en: "travel min", ja: "移動分")
    static let baselinePerVisitHeader = Message(en: "min/visit", ja: "訪問あたり移動分")
    static let baselineLateHeader = Message(en: "late windows", ja: "時間枠違反")
    static let baselineOvertimeHeader = Message(en: "overtime days", ja: "時間外の日")
    static let baselineLunchHeader = Message(en: "late lunches", ja: "昼休憩遅れ")
    static let baselineSkippedHeader = Message(en: "no position", ja: "位置なし")

    // plan week|month
    static let planMonthAbstract = Message(en: "Plan a month of visits: the day of each visit and each day's order.",
                                           ja: "1か月の訪問計画（訪問日と各日の順路）を作ります")
    static let planWeekAbstract = Message(en: "Plan a week of visits: the day of each visit and each day's order.",
                                          ja: "1週間の訪問計画（訪問日と各日の順路）を作ります")
    static let planPeriodDiscussion = Message(
        en: """
            Every active customer is visited as often as its rank's policy (rounds.yaml planning:) or its own \
            interval asks, on working days (calendar:) it is open, at least the minimum gap apart, within its \
            time windows, the rep's hours and lunch. Visits already planned in the period stay on their day. \
            The rules of next (rule list) are weighed as of the first day: a customer they fire for is urgent (left out last, \
            the more so the higher its score), and one whose score reaches planning: must_visit_score (default \
            80: a sales drop alone, or two lesser rules) gets a visit even when its rank asks none; plan show \
            --why names the rules. When the hours are short, frequencies are scaled down and the lowest-priority \
            visits are left out, each listed with the reason. The plan is kept as the draft for plan show, plan confirm, plan compare \
            and plan export.
            """,
        ja: """
            有効な顧客それぞれを、ランクの訪問ポリシー（rounds.yaml の planning:）または顧客ごとの訪問間隔どおりに、\
            営業日（calendar:）の営業している日に、最小間隔を空け、時間帯・勤務時間・昼休みを守って訪問します。\
            期間内の予定済みの訪問はその日のまま残ります。初日時点で next のルールも評価し、該当した顧客は緊急として\
            （スコアが高いほど）最後まで残し、スコアが planning: must_visit_score（既定 80: 売上減少だけ、または軽いルール 2 つ）\
            に達した顧客はランク上は不要でも 1 回訪問します。理由は plan show --why に表示されます。\
            時間が足りないときは頻度を下げ、優先度の低い訪問から外し、\
            理由とともに表示します。計画は下書きとして保存され、plan show / confirm / compare / export で使えます。
            """)
    static let planRepHelp = Message(en: "Plan this rep (repeatable).", ja: "計画する担当者（複数指定可）")
    static let planAllHelp = Message(en: "Plan every rep.", ja: "全担当者を計画する")
    static let planFromHelp = Message(en: "The first day of the period (default: next month's first day, or next Monday for a week).", ja: "期間の初日（既定: 翌月 1 日、週は次の月曜日）")
    static let planTimeLimitHelp = Message(en: "Search time for the whole plan in seconds (default about 4 per rep and core).",
                                           ja: "計画全体の探索時間（秒、既定は担当者・コアあたり約 4 秒）")
    static let planIterationsHelp = Message(en: "Stop each rep's search after this many steps (the same answer every run).",
                                            ja: "担当者ごとの探索回数の上限（毎回同じ結果になります）")
    static let planSeedHelp = Message(en: "Seed of the search (default 1).", ja: "探索の乱数シード（既定 1）")
    static let planRepOrAll = Message(en: "give --rep R (one or more) or --all", ja: "--rep 担当者 か --all を指定してください")
    static let planTimeLimitRange = Message(en: "give seconds above 0, at most 3600", ja: "0 より大きく 3600 以下の秒数で指定してください")
    static let planProgress = Message(en: "planning reps", ja: "担当者を計画中")
    static func planUnknownRep(_ code: String) -> Message {
        Message(en: "unknown rep '\(code)'", ja: "担当者 '\(code)' は登録されていません")
    }
    static let planNoDraft = Message(en: "no plan yet: run plan week or plan month first",
                                     ja: "計画がありません。先に plan week か plan month を実行してください")
    static let planDraftUnreadable = Message(en: "the stored draft plan cannot be read by this version: run plan week or plan month again",
                                             ja: "保存された計画をこの版では読めません。plan week か plan month をやり直してください")
    static let planRepHeader = Message(en: "rep", ja: "担当")
    static let planDaysHeader = Message(en: "days", ja: "日数")
    static let planVisitsHeader = Message(en: "visits", ja: "訪問")
    static let planLeftOutHeader = Message(en: "left out", ja: "未割当")
    static let planTravelHeader = Message(en: "travel min", ja: "移動分")
    static let planPerVisitHeader = Message(en: "min/visit", ja: "訪問あたり分")
    static let planPerDayHeader = Message(en: "visits per day", ja: "日別訪問数")
    static let planHoursNeededHeader = Message(en: "hours needed", ja: "必要時間")
    static let planHoursAvailableHeader = Message(en: "hours available", ja: "稼働時間")
    static func planScaled(_ rep: String, needed: Double, available: Double, percent: Int) -> Message {
        Message(en: "\(rep): the policy needs \(needed) h but the working days hold \(available) h: frequencies scaled to \(percent) %",
                ja: "\(rep): ポリシーどおりだと \(needed) 時間必要ですが稼働時間は \(available) 時間です。訪問頻度を \(percent) % に下げました")
    }
    static func planLeftOut(_ customer: String, rep: String, visits: Int, reason: Message) -> Message {
        Message(en: "left out: \(customer) (\(rep)) \(visits) visit\(visits == 1 ? "" : "s"): \(reason.text(in: .en))",
                ja: "未割当: \(customer)（\(rep)）\(visits) 回: \(reason.text(in: .ja))")
    }
    static let dropNoLocation = Message(en: "no map position (add one with customer edit --location)",
                                        ja: "位置がありません（customer edit --location で登録）")
    static let dropNoOpenDay = Message(en: "closed on every working day of the period", ja: "期間中の営業日はすべて定休日です")
    static let dropWindowNeverFits = Message(en: "its time windows cannot be reached within the rep's working hours",
                                             ja: "訪問可能時間帯に勤務時間内で到着できません")
    static let dropTooFewDays = Message(en: "the policy asks more visits than the working days hold at the minimum gap",
                                        ja: "最小間隔を空けると期間中の営業日に収まりません")
    static let dropRepHasNoStart = Message(en: "the rep has no start (rep edit --start LAT,LON)", ja: "担当者に出発地がありません（rep edit --start）")
    static let dropRepHasNoWorkdays = Message(en: "the rep has no working day in the period", ja: "担当者に期間中の稼働日がありません")
    static let dropFrequencyScaled = Message(en: "frequency scaled down: the hours are short", ja: "時間不足のため頻度を下げました")
    static let dropNoRoom = Message(en: "no room in the working hours (lowest priority)", ja: "勤務時間に収まりません（優先度が低いため）")
    static func whyPolicy(_ rank: String, visits: Int) -> Message {
        Message(en: "policy: \(rank), \(visits) in the period", ja: "ポリシー: \(rank)・期間内 \(visits) 回")
    }
    static func whyInterval(_ days: Int, visits: Int) -> Message {
        Message(en: "own interval: every \(days) days, \(visits) in the period", ja: "訪問間隔: \(days) 日ごと・期間内 \(visits) 回")
    }
    static func whyOverdue(_ days: Int) -> Message {
        Message(en: "overdue: \(days) days since the last visit", ja: "訪問遅れ: 前回から \(days) 日")
    }
    static let whyFirstVisit = Message(en: "first visit", ja: "初回訪問")
    static func whyNextAction(_ date: String) -> Message {
        Message(en: "next action due \(date)", ja: "次回アクション期限 \(date)")
    }
    static let whyConfirmed = Message(en: "confirmed: already planned for this day", ja: "確定済み: この日に予定済み")
    static func whyUrgent(_ rules: String, score: Int) -> Message {
        Message(en: "rules: \(rules) (score \(score))", ja: "ルール: \(rules)（スコア \(score)）")
    }
    static func planRulesNotUsed(_ cause: String) -> Message {
        Message(en: "planned without the rules' scores: \(cause)", ja: "ルールのスコアを使わずに計画しました: \(cause)")
    }

    static let planShowAbstract = Message(en: "The draft plan's visits day by day, in order, with times.",
                                          ja: "計画の訪問を日ごとに順番と時刻つきで表示します")
    static let planShowRepHelp = Message(en: "Only this rep.", ja: "この担当者だけ")
    static let planShowDateHelp = Message(en: "Only this day.", ja: "この日だけ")
    static let planWhyHelp = Message(en: "Say why each visit is there.", ja: "各訪問の理由を表示する")
    static let planSummaryHelp = Message(en: "One line per rep instead of every visit.", ja: "担当者ごとの集計だけ表示する")
    static func planRepNotInPlan(_ code: String) -> Message {
        Message(en: "rep '\(code)' is not in the plan", ja: "担当者 '\(code)' は計画に含まれていません")
    }
    static let planDateHeader = Message(en: "date", ja: "日付")
    static let planSeqHeader = Message(en: "#", ja: "順")
    static let planCustomerHeader = Message(en: "customer", ja: "顧客")
    static let planNameHeader = Message(en: "name", ja: "顧客名")
    static let planArriveHeader = Message(en: "arrive", ja: "開始")
    static let planDepartHeader = Message(en: "depart", ja: "終了")
    static let planDriveHeader = Message(en: "drive min", ja: "移動分")
    static let planWhyHeader = Message(en: "why", ja: "理由")
    static func planUnkept(_ customer: String, rep: String, date: String) -> Message {
        Message(en: "moved: the confirmed visit to \(customer) (\(rep)) on \(date) does not fit that day with the others (windows, hours); planned on another day",
                ja: "移動: \(customer)（\(rep)）の \(date) の確定済み訪問は同日の他の訪問と両立しません（時間帯・勤務時間）。別の日に計画しました")
    }
    static func whyAppointment(_ time: String) -> Message {
        Message(en: "appointment at \(time)", ja: "アポイント \(time)")
    }
    static let planConfirmAbstract = Message(en: "Turn the draft plan into planned visits, each with a suggested purpose.",
                                             ja: "計画を訪問予定として登録します（目的の案つき）")
    static let planConfirmDiscussion = Message(
        en: "All visits are added in one transaction. A customer that already has a planned visit on the day is skipped, so confirming twice adds nothing. The purpose comes from why the visit is there, the most specific first: the purpose the rules suggest (for a customer they fire for, on its first visit), a next action, a long gap, a first visit, then the policy's routine. Edit a purpose with visit edit ID --purpose TEXT.",
        ja: "すべての訪問を 1 つのトランザクションで登録します。同じ日に予定済みの顧客は飛ばすため、2 回実行しても重複しません。目的は訪問の理由から具体的なものを先に並べます: ルールが示す目的（該当した顧客の期間内最初の訪問）、次回アクション、訪問の空き、初回訪問、ポリシーの定期訪問。目的は visit edit ID --purpose で変更できます。")
    static func planConfirmed(_ visits: Int, reps: Int, from: String, to: String) -> Message {
        Message(en: "planned \(visits) visit\(visits == 1 ? "" : "s") for \(reps) rep\(reps == 1 ? "" : "s"), \(from) to \(to)",
                ja: "\(from)〜\(to) の訪問予定を \(visits) 件登録しました（担当者 \(reps) 名）")
    }
    static func purposeRoutine(_ rank: String) -> Message {
        Message(en: "routine visit (\(rank)): check stock and orders, hear needs", ja: "定期訪問（\(rank)）: 在庫・発注状況の確認とニーズのヒアリング")
    }
    static func purposeInterval(_ days: Int) -> Message {
        Message(en: "routine visit (every \(days) days): check stock and orders", ja: "定期訪問（\(days) 日ごと）: 在庫・発注状況の確認")
    }
    static func purposeOverdue(_ days: Int) -> Message {
        Message(en: "catch up: \(days) days since the last visit", ja: "前回から \(days) 日空いたためフォロー")
    }
    static let purposeFirstVisit = Message(en: "first visit: introduce ourselves and learn the business", ja: "初回訪問: ご挨拶と事業内容のヒアリング")
    static func purposeNextAction(_ date: String) -> Message {
        Message(en: "follow up the next action due \(date)", ja: "次回アクション（期限 \(date)）の対応")
    }
    static let purposeConfirmed = Message(en: "as planned", ja: "予定どおり")
    static func purposeUrgent(_ rules: String) -> Message {
        Message(en: "act on what the rules found (\(rules))", ja: "ルールの指摘への対応（\(rules)）")
    }
    static let planBalanceHelp = Message(en: "How much even days are worth against driving (0 = least driving; default 3600: an hour outside the even band costs an hour of driving).",
                                         ja: "日ごとの負荷の均等さの重み（0 は移動最小、既定 3600: 均等の幅を 1 時間外れると移動 1 時間分）")
    static let planBalanceRange = Message(en: "give 0 or more", ja: "0 以上で指定してください")
    static let compareAbstract = Message(en: "The draft plan against the fixed weekday routine: driving, violations, saving.",
                                         ja: "計画と曜日固定ルートの比較（移動時間・違反・削減率）")
    static let compareDiscussion = Message(
        en: "The weekday routine is measured over the plan's days and reps as plan baseline does: each day driven in its fixed order, serving late customers anyway, so its broken windows and overtime days are counted. The plan breaks none.",
        ja: "曜日固定ルートは plan baseline と同じく計画と同じ期間・担当者で測ります。決まった順に回り、遅れても訪問するため、時間帯違反と残業日を数えます。計画には違反がありません。")
    static let compareBaselineHelp = Message(en: "What to compare with: weekday (the fixed weekday routine).", ja: "比較対象: weekday（曜日固定ルート）")
    static let comparePlanVisitsHeader = Message(en: "plan visits", ja: "計画訪問")
    static let comparePlanTravelHeader = Message(en: "plan min", ja: "計画移動分")
    static let comparePlanPerVisitHeader = Message(en: "plan min/visit", ja: "計画 分/訪問")
    static let compareBaseVisitsHeader = Message(en: "weekday visits", ja: "曜日訪問")
    static let compareBaseTravelHeader = Message(en: "weekday min", ja: "曜日移動分")
    static let compareBasePerVisitHeader = Message(en: "weekday min/visit", ja: "曜日 分/訪問")
    static let compareLateHeader = Message(en: "weekday late windows", ja: "曜日 時間帯違反")
    static let compareOvertimeHeader = Message(en: "weekday overtime days", ja: "曜日 残業日")
    static let compareSavingHeader = Message(en: "saving %", ja: "削減率%")
    static let compareChartTitle = Message(en: "driving minutes, plan against the weekday routine:", ja: "移動時間（分）: 計画と曜日固定ルート")
    static let planShowLimitHelp = Message(en: "Show at most this many visits.", ja: "表示する訪問の件数の上限")
    static let planStoppedEarly = Message(en: "search stopped early (Ctrl-C): the plan is the best found so far",
                                          ja: "探索を途中で終了しました（Ctrl-C）。ここまでで最良の計画です")
}
