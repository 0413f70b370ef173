import RoundsDomain

/// A line of business (精機, 商店…) with its reading and how big such customers tend to be.
struct Trade: Sendable {
    let name: NamePart
    /// Multiplies the customer's potential: a chemical maker buys more than a corner shop.
    let scale: Double
}

/// 株式会社 or 有限会社, before (前株) or after (後株) the name, or none for a sole trader.
enum LegalForm: Sendable {
    case kabushikiBefore, kabushikiAfter, yugenBefore, yugenAfter, none

    func apply(to name: String) -> String {
        switch self {
        case .kabushikiBefore: "株式会社" + name
        case .kabushikiAfter: name + "株式会社"
        case .yugenBefore: "有限会社" + name
        case .yugenAfter: name + "有限会社"
        case .none: name
        }
    }
}

/// Where a customer's trade name prefix comes from.
enum NameSource: Sendable {
    case family, coined, place
}

/// The four kinds of business the demo customers are in; the history buys what each kind uses.
public enum SectorKind: Sendable, CaseIterable {
    case manufacturing, wholesale, retail, services
}

/// The habits of one kind of business: its trades, how it is incorporated and named, when it
/// takes visits and which days it is closed.
///
/// ```swift
/// let sector = DemoSectors.byProfile[.industrial]!.pick(&random)
/// let trade = sector.trades.pick(&random)
/// ```
struct Sector: Sendable {
    let kind: SectorKind
    let trades: Weighted<Trade>
    let legalForms: Weighted<LegalForm>
    let nameSources: Weighted<NameSource>
    /// The share of customers that only take visits at set hours.
    let windowShare: Double
    let windows: Weighted<[TimeWindow]>
    let closedDays: Weighted<[Weekday]>
}

enum DemoSectors {
    static let manufacturing = Sector(
        kind: .manufacturing,
        trades: trades("""
            精機:セイキ:1.3 製作所:セイサクショ:1.2 工業:コウギョウ:1.3 電機:デンキ:1.2 電機工業:デンキコウギョウ:1.4
            金属:キンゾク:1.2 金属工業:キンゾクコウギョウ:1.4 鉄工所:テッコウショ:1.0 化成:カセイ:1.3 化学:カガク:1.5
            精工:セイコウ:1.2 技研:ギケン:1.1 紙器:シキ:0.9 製本:セイホン:0.9 印刷:インサツ:1.0 硝子:ガラス:0.9
            機械:キカイ:1.3 工作所:コウサクショ:1.0 製缶:セイカン:1.0 鋳造:チュウゾウ:1.1 樹脂:ジュシ:1.1
            製菓:セイカ:0.9 食品工業:ショクヒンコウギョウ:1.3
            """),
        legalForms: Weighted([(.kabushikiAfter, 40), (.kabushikiBefore, 25), (.yugenBefore, 15), (.yugenAfter, 5), (.none, 15)]),
        nameSources: Weighted([(.family, 35), (.coined, 40), (.place, 25)]),
        windowShare: 0.6,
        windows: windows([("09:00-12:00,13:00-17:00", 40), ("10:00-16:00", 20), ("13:00-17:00", 15),
                          ("08:30-12:00,13:00-17:00", 15), ("10:00-12:00,13:00-16:00", 10)]),
        closedDays: Weighted([([.saturday, .sunday], 88), ([.sunday], 12)]))

    static let wholesale = Sector(
        kind: .wholesale,
        trades: trades("""
            商事:ショウジ:1.2 物産:ブッサン:1.2 産業:サンギョウ:1.3 商会:ショウカイ:1.0 興産:コウサン:1.1
            通商:ツウショウ:1.1 資材:シザイ:1.0 機材:キザイ:1.0 紙業:シギョウ:0.9 食品:ショクヒン:1.0 繊維:センイ:0.9
            薬品:ヤクヒン:1.1 電材:デンザイ:1.0 鋼材:コウザイ:1.2 包装:ホウソウ:0.9
            """),
        legalForms: Weighted([(.kabushikiAfter, 45), (.kabushikiBefore, 35), (.yugenBefore, 10), (.yugenAfter, 5), (.none, 5)]),
        nameSources: Weighted([(.family, 25), (.coined, 55), (.place, 20)]),
        windowShare: 0.55,
        windows: windows([("09:00-12:00,13:00-17:00", 35), ("10:00-16:00", 30), ("13:00-17:00", 20),
                          ("09:30-11:30,13:30-16:30", 15)]),
        closedDays: Weighted([([.saturday, .sunday], 85), ([.sunday], 13), ([.wednesday, .sunday], 2)]))

    static let retail = Sector(
        kind: .retail,
        trades: trades("""
            商店:ショウテン:0.5 酒店:サケテン:0.5 薬局:ヤッキョク:0.6 青果:セイカ:0.5 精肉店:セイニクテン:0.5
            米店:コメテン:0.4 茶舗:チャホ:0.4 電器店:デンキテン:0.5 鮮魚店:センギョテン:0.4 食品:ショクヒン:0.7
            自動車:ジドウシャ:0.9 文具店:ブングテン:0.5 製パン:セイパン:0.6 菓子店:カシテン:0.4 生花店:セイカテン:0.4
            書店:ショテン:0.5
            """),
        legalForms: Weighted([(.none, 55), (.yugenBefore, 25), (.yugenAfter, 5), (.kabushikiBefore, 10), (.kabushikiAfter, 5)]),
        nameSources: Weighted([(.family, 70), (.coined, 10), (.place, 20)]),
        windowShare: 0.7,
        // Shops take visits outside their busy hours.
        windows: windows([("10:00-11:30,14:00-17:00", 35), ("14:00-17:00", 25), ("09:00-11:00", 20), ("10:00-16:00", 20)]),
        closedDays: Weighted([([.sunday], 40), ([.wednesday], 25), ([.saturday, .sunday], 15), ([.wednesday, .sunday], 5), ([], 15)]))

    static let services = Sector(
        kind: .services,
        trades: trades("""
            建設:ケンセツ:1.2 工務店:コウムテン:0.8 設備:セツビ:1.0 電設:デンセツ:1.0 運輸:ウンユ:1.1 運送:ウンソウ:1.0
            不動産:フドウサン:0.8 住設:ジュウセツ:0.9 興業:コウギョウ:1.0 設計:セッケイ:0.8 土木:ドボク:1.1
            空調:クウチョウ:1.0 倉庫:ソウコ:1.1 塗装工業:トソウコウギョウ:0.9 造園:ゾウエン:0.7 清掃:セイソウ:0.7
            """),
        legalForms: Weighted([(.kabushikiAfter, 35), (.kabushikiBefore, 30), (.yugenBefore, 20), (.yugenAfter, 5), (.none, 10)]),
        nameSources: Weighted([(.family, 40), (.coined, 35), (.place, 25)]),
        windowShare: 0.55,
        windows: windows([("09:00-12:00,13:00-17:00", 35), ("13:00-17:00", 25), ("10:00-16:00", 25), ("09:00-11:00", 15)]),
        closedDays: Weighted([([.saturday, .sunday], 75), ([.sunday], 20), ([.wednesday], 5)]))

    /// The mix of sectors in a kind of town: factories in Ota, offices in Chiyoda, shops in Nerima.
    static func mix(for profile: TownProfile) -> Weighted<Sector> {
        switch profile {
        case .industrial: industrialMix
        case .business: businessMix
        case .mixed: mixedMix
        case .residential: residentialMix
        }
    }

    private static let industrialMix = Weighted([(manufacturing, 50), (wholesale, 15), (retail, 15), (services, 20)])
    private static let businessMix = Weighted([(manufacturing, 10), (wholesale, 45), (retail, 15), (services, 30)])
    private static let mixedMix = Weighted([(manufacturing, 25), (wholesale, 25), (retail, 25), (services, 25)])
    private static let residentialMix = Weighted([(manufacturing, 10), (wholesale, 15), (retail, 50), (services, 25)])

    /// `"精機:セイキ:1.3 …"` → equally likely trades.
    private static func trades(_ text: String) -> Weighted<Trade> {
        Weighted(text.split(whereSeparator: \.isWhitespace).map { word in
            let parts = word.split(separator: ":")
            return (Trade(name: NamePart(kanji: String(parts[0]), kana: String(parts[1])), scale: Double(parts[2])!), 1)
        })
    }

    /// Constant window lists: a typo here is a programming error, caught by the generator tests.
    private static func windows(_ choices: [(String, Double)]) -> Weighted<[TimeWindow]> {
        Weighted(choices.map { (try! TimeWindow.list(parsing: $0.0), $0.1) })
    }
}
