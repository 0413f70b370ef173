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
}
