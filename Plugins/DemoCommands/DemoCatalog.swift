/// What the demo company sells: it is a supplies wholesaler (業務用資材の卸) whose reps call on
/// factories, wholesalers, shops and contractors, each buying what its kind of business uses.
///
/// ```swift
/// let gloves = DemoCatalog.products(for: .manufacturing)[0]   // ニトリル手袋 (消耗品), ¥1,800 a box
/// ```
struct DemoProduct: Sendable {
    let name: String
    let category: String
    /// List price of one unit (a box, a roll, a can), in yen.
    let unitYen: Int
}

enum DemoCatalog {
    static func products(for sector: SectorKind) -> [DemoProduct] {
        switch sector {
        case .manufacturing: manufacturing
        case .wholesale: wholesale
        case .retail: retail
        case .services: services
        }
    }

    /// Where a new order's worth of supplies goes: a deal's "新ライン向け…一式".
    static func newSite(for sector: SectorKind) -> String {
        switch sector {
        case .manufacturing: "新ライン"
        case .wholesale: "新倉庫"
        case .retail: "新店舗"
        case .services: "新規現場"
        }
    }

    /// Rival wholesalers, made up (no real company is meant); reps meet the same few again and again.
    static let competitors = [
        "ミナト資材", "アオバ商事", "カナメ産業", "ツバサパック", "ヤマブキ商会", "ホシノ資材",
        "ハヤテ産業", "サクラダ紙業", "コトブキ物産", "イナホ商事",
    ]

    private static let manufacturing = products("""
        ニトリル手袋:消耗品:1800 工業用ウエス:消耗品:4500 水溶性切削油:油剤:16800 マシン油:油剤:12400
        研磨ディスク:工具:3600 防塵マスク:安全用品:2400 安全靴:安全用品:6800 ストレッチフィルム:梱包資材:3200
        段ボール箱:梱包資材:120
        """)
    private static let wholesale = products("""
        段ボール箱:梱包資材:120 OPPテープ:梱包資材:2900 ストレッチフィルム:梱包資材:3200 気泡緩衝材:梱包資材:2600
        物流ラベル:物流用品:4800 PPバンド:物流用品:2200 樹脂パレット:物流用品:5800 軍手:消耗品:1200
        """)
    private static let retail = products("""
        レジ袋:店舗用品:3800 食品トレー:店舗用品:2400 業務用ラップ:店舗用品:1980 値札ラベル:店舗用品:980
        業務用洗剤:衛生用品:2800 ペーパータオル:衛生用品:3400 ポリ手袋:衛生用品:480 包装紙:店舗用品:2200
        """)
    private static let services = products("""
        養生テープ:養生資材:3600 ブルーシート:養生資材:1800 作業服:安全用品:4800 安全帯:安全用品:12800
        ヘルメット:安全用品:2900 業務用洗剤:衛生用品:2800 ゴミ袋:衛生用品:2300 防塵マスク:安全用品:2400
        """)

    /// `"name:category:yen …"` → products.
    private static func products(_ text: String) -> [DemoProduct] {
        text.split(whereSeparator: \.isWhitespace).map { word in
            let parts = word.split(separator: ":")
            return DemoProduct(name: String(parts[0]), category: String(parts[1]), unitYen: Int(parts[2])!)
        }
    }
}
