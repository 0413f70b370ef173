import RoundsDomain

extension Message {
    // plan fit
    static let fitAbstract = Message(en: "Where an appointment fits the draft plan: each working day's cheapest slot, best first.",
                                     ja: "予約の入れどころ：計画の各営業日で最も移動の少ない枠（良い順）")
    static let fitDiscussion = Message(
        en: """
            For every working day of the draft plan for the customer's rep, the visit is put where it adds the least \
            driving to that day's route, keeping the customer's visiting hours, the other visits' windows, the rep's \
            hours and lunch. Days where it fits come first, least driving added; then the days it cannot fit, with why: \
            closed (the customer's day off), full (no room left in the hours), window (no room while the customer can \
            be visited). Nothing is saved.
            Examples:
              plan fit C00012
              plan fit C00012 --minutes 90 --format csv
            """,
        ja: """
            顧客の担当者の計画の各営業日について、その日の順路で移動の増加が最も少ない位置に訪問を入れます。顧客の訪問可能時間、\
            他の訪問の時間帯、勤務時間と昼休みを守ります。入る日を移動増加の少ない順に、続いて入らない日を理由つきで表示します：\
            closed（定休日）、full（勤務時間に空きがない）、window（訪問可能時間に空きがない）。何も保存しません。
            例:
              plan fit C00012
              plan fit C00012 --minutes 90 --format csv
            """)
    static let fitCustomerHelp = Message(en: "The customer asking for an appointment.", ja: "予約を希望する顧客のコード")
    static let fitMinutesHelp = Message(en: "Length of the visit in minutes, 1–600 (default: the customer's service minutes).",
                                        ja: "訪問の長さ（分、1〜600、既定：顧客の訪問時間）")
    static let fitMinutesRange = Message(en: "give 1 to 600 minutes", ja: "1〜600 分で指定してください")
    static func fitUnknownCustomer(_ code: String) -> Message {
        Message(en: "unknown customer '\(code)'", ja: "顧客 '\(code)' は登録されていません")
    }
    static func fitNoLocation(_ code: String) -> Message {
        Message(en: "customer \(code) has no map position (add one with customer edit --location)",
                ja: "顧客 \(code) に位置がありません（customer edit --location で登録）")
    }
    static func fitNoRep(_ code: String) -> Message {
        Message(en: "customer \(code) has no rep (set one with customer edit --rep)",
                ja: "顧客 \(code) に担当者がいません（customer edit --rep で設定）")
    }
    static func fitRepNotInPlan(_ customer: String, rep: String) -> Message {
        Message(en: "rep '\(rep)' of customer \(customer) is not in the draft plan: run plan week or plan month --rep \(rep)",
                ja: "顧客 \(customer) の担当者 '\(rep)' は計画に含まれていません。plan week か plan month --rep \(rep) を実行してください")
    }
    static func fitRepWithoutStart(_ rep: String) -> Message {
        Message(en: "rep \(rep) has no start location; set it with: rep edit \(rep) --start LAT,LON",
                ja: "担当者 \(rep) に出発地がありません。rep edit \(rep) --start 緯度,経度 で設定してください")
    }
    static let fitDateHeader = Message(en: "date", ja: "日付")
    static let fitWeekdayHeader = Message(en: "day", ja: "曜日")
    static let fitExtraHeader = Message(en: "extra drive min", ja: "移動増分")
    static let fitVisitsHeader = Message(en: "visits", ja: "訪問数")
    static let fitArriveHeader = Message(en: "arrive", ja: "到着")
    static let fitAfterHeader = Message(en: "after", ja: "前の訪問")
    static let fitBeforeHeader = Message(en: "before", ja: "次の訪問")
    static let fitWhyHeader = Message(en: "note", ja: "備考")
    static let fitStart = Message(en: "(start)", ja: "（出発）")
    static let fitEnd = Message(en: "(end)", ja: "（帰着）")
    static let fitClosed = Message(en: "closed: the customer's day off", ja: "定休日")
    static let fitFull = Message(en: "full: no room left in the hours", ja: "満杯: 勤務時間に空きがありません")
    static let fitWindow = Message(en: "window: no room while the customer can be visited", ja: "時間帯: 訪問可能時間に空きがありません")
    static let fitAlreadyPlanned = Message(en: "already planned that day: moves that visit", ja: "同日に計画済み（その訪問を移動）")

    // plan simulate
    static let simulateAbstract = Message(en: "What if the visit policy changed: each rep's hours needed against the hours available. Nothing is saved.",
                                          ja: "訪問ポリシーを変えたら：担当者ごとの必要時間と稼働時間（何も保存しません）")
    static let simulateDiscussion = Message(
        en: """
            Each rep's period is planned quickly (a short search) under the policy with the given visits a month per rank; \
            ranks left out keep their rule, and a minimum gap too long for the new frequency shrinks. Hours needed are \
            service and driving for every visit the policy asks; hours available are working days × (working hours − \
            lunch). The draft plan and the visits are not changed.
            Examples:
              plan simulate --policy focus=8,develop=2,maintain=1 --from 2026-12-01 --month
              plan simulate --policy 重点=6,維持=0 --rep R01 --from 2026-12-07
            """,
        ja: """
            ランクごとの月の訪問回数を変えたポリシーで、担当者ごとの期間を短い探索で計画します。指定のないランクは元の設定のまま、\
            新しい頻度に対して長すぎる最小間隔は短くします。必要時間はポリシーが求める全訪問の訪問時間と移動時間、稼働時間は\
            営業日数 ×（勤務時間 − 昼休み）です。計画の下書きと訪問は変更しません。
            例:
              plan simulate --policy focus=8,develop=2,maintain=1 --from 2026-12-01 --month
              plan simulate --policy 重点=6,維持=0 --rep R01 --from 2026-12-07
            """)
    static let simulatePolicyHelp = Message(en: "Visits a month per rank, such as focus=8,develop=2,maintain=1.",
                                            ja: "ランクごとの月の訪問回数（例: focus=8,develop=2,maintain=1）")
    static let simulateRepHelp = Message(en: "Only this rep (repeatable; default: every rep).", ja: "この担当者のみ（複数指定可、既定：全員）")
    static let simulateFromHelp = Message(en: "The first day of the period (default today).", ja: "期間の初日（既定 today）")
    static let simulateMonthHelp = Message(en: "A month from --from instead of a week.", ja: "1週間ではなく --from から1か月")
    static let simulateIterationsHelp = Message(en: "Search steps per rep (default 300).", ja: "担当者ごとの探索回数（既定 300）")
    static let simulateRepOrAll = Message(en: "give --rep R or --all, not both", ja: "--rep と --all はどちらか一方だけ指定してください")
    static let simulateAskedHeader = Message(en: "visits asked", ja: "必要訪問")
    static let simulateFitHeader = Message(en: "visits fit", ja: "計画可能")
    static let simulateNeededHeader = Message(en: "hours needed", ja: "必要時間")
    static let simulateAvailableHeader = Message(en: "hours available", ja: "稼働時間")
    static let simulateLoadHeader = Message(en: "load %", ja: "負荷%")
    static let simulateBarHeader = Message(en: "load", ja: "負荷")
    static let simulateTotal = Message(en: "total", ja: "合計")
}
