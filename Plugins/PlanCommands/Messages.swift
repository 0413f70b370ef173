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

    static let planAbstract = Message(en: "Visit plans; so far the weekday routine they are measured against.",
                                      ja: "訪問計画（現時点では比較基準となる曜日固定ルーチン）")
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
}
