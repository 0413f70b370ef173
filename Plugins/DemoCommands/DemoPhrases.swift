import RoundsDomain

/// What a demo sentence can name: the customer's product and its contact, a rival, a month.
struct Slots {
    let product: String
    let category: String
    /// The contact as a report names them: 田中様.
    let person: String
    let rival: String
    let month: Int
    let weeks: Int

    /// Fills the slots for a sentence written on `day`: one of the customer's products, its buyer,
    /// its rival (or any), a month soon after `day`.
    static func make(_ account: DemoAccount, day: CalendarDate, _ random: inout DemoRandom) -> Slots {
        let product = random.pick(account.products)
        return Slots(product: product.name, category: product.category, person: account.contactName,
                     rival: account.competitor ?? random.pick(DemoCatalog.competitors),
                     month: (day.month + random.int(in: 0...3)) % 12 + 1, weeks: random.int(in: 1...4))
    }
}

/// A sentence that files its note under a tag (値上げ, 納期…), or none.
struct TaggedPhrase: Sendable {
    let tag: String?
    let text: @Sendable (Slots) -> String

    init(_ tag: String?, _ text: @escaping @Sendable (Slots) -> String) {
        self.tag = tag
        self.text = text
    }
}

/// The Japanese a rep writes: deal themes, lost reasons, notes and the parts of visit reports.
/// Each is a small function of its slots, so a sentence reads naturally whatever fills it.
///
/// ```swift
/// let line = random.pick(DemoPhrases.rivalNotes)(slots)   // ミナト資材が工業用ウエスで1割ほど安い見積を出してきたとのこと…
/// ```
enum DemoPhrases {
    typealias Theme = (title: String, proposal: String)

    static let dealThemes: [@Sendable (DemoProduct, SectorKind) -> Theme] = [
        { product, _ in ("\(product.name)の定期配送化", "\(product.name)を月2回の定期配送に切り替え、欠品と発注の手間をなくす") },
        { product, _ in ("\(product.category)の一括見直し", "\(product.category)の仕入先を当社にまとめ、年間コストを1割ほど下げる") },
        { product, sector in
            let site = DemoCatalog.newSite(for: sector)
            return ("\(site)向け\(product.category)一式", "\(site)の立ち上げに合わせ、\(product.category)一式を初回まとめて納品する")
        },
        { product, _ in ("\(product.name)の新規採用", "サンプル評価のうえ、現行の\(product.name)から当社品へ切り替える") },
        { product, _ in ("\(product.name)の年間契約", "年間使用量を見込んで\(product.name)の単価を1年間固定する") },
    ]

    /// Why a deal ended at the hearing stage.
    static let lostEarly: [@Sendable (String?) -> String] = [
        { _ in "予算化できず見送り" },
        { _ in "時期尚早のため来期に再検討" },
        { _ in "先方担当者の異動で白紙に" },
    ]

    /// Why a proposed or quoted deal was lost; some name the rival that won it.
    static let lostLate: [@Sendable (String?) -> String] = [
        { rival in rival.map { "価格差で\($0)に決定" } ?? "価格が合わず見送り" },
        { rival in rival.map { "取引実績のある\($0)を優先" } ?? "既存の仕入先を優先" },
        { _ in "社内稟議が通らず" },
        { _ in "仕様が合わず見送り" },
    ]

    // MARK: Notes

    static let rivalNotes: [@Sendable (Slots) -> String] = [
        { "\($0.rival)が\($0.product)で1割ほど安い見積を出してきたとのこと。次回訪問で条件を確認する" },
        { "\($0.rival)の営業が月2回ほど来ている模様。\($0.person)は当社の納品の早さを評価している" },
        { "\($0.rival)から\($0.product)のサンプルが届いたと\($0.person)より。品質は当社品と同等との評価" },
        { "\($0.rival)が近くに営業所を開設し、即日配送を売りにしているらしい" },
        { "\($0.rival)が\($0.category)のまとめ発注で値引きを提示。価格以外の強みを示す必要あり" },
    ]

    static let requestNotes: [TaggedPhrase] = [
        TaggedPhrase("値上げ") { "\($0.month)月からの値上げについて、据え置きか段階的な改定にしてほしいとの要望" },
        TaggedPhrase("値上げ") { _ in "原材料高による値上げは理解しているが、年内は現行価格でお願いしたいとのこと" },
        TaggedPhrase("納期") { _ in "繁忙期は納品まで3日かかるのが不満。翌日納品ができないか確認してほしいとのこと" },
        TaggedPhrase("納期") { "\($0.product)の欠品で作業が止まりかけた。在庫を確保してほしいと強い要望" },
        TaggedPhrase("品質") { "\($0.product)の品質にばらつきがあるとの指摘。ロット番号を控えてメーカーに確認する" },
        TaggedPhrase("配送") { _ in "納品は午前中にしてほしい（午後は荷受けの人手がない）" },
        TaggedPhrase("請求") { _ in "請求書を電子化してほしい（インボイス対応のため）" },
        TaggedPhrase("品揃え") { "\($0.category)以外の資材もまとめて頼みたいとのこと。総合カタログを持参する" },
    ]

    static let generalNotes: [TaggedPhrase] = [
        TaggedPhrase("人事") { "\($0.person)が課長に昇格。改めてご挨拶に伺う" },
        TaggedPhrase("設備投資") { "来年\($0.month)月に設備の入れ替えを予定。資材の需要が増える見込み" },
        TaggedPhrase("決算") { "決算は\($0.month)月。予算の相談は2か月前までに" },
        TaggedPhrase("休業") { _ in "年末年始は12月28日から1月5日まで休業" },
        TaggedPhrase(nil) { _ in "駐車場は裏手の来客用スペースを使うこと" },
        TaggedPhrase("人事") { _ in "社長のご子息が入社。将来の後継者とのこと" },
    ]

    // MARK: Visits

    static let routinePurposes: [@Sendable (Slots) -> String] = [
        { _ in "定期訪問（在庫と次回発注の確認）" },
        { "定期訪問・\($0.product)の使用状況の確認" },
        { "\($0.product)の補充と次回発注の確認" },
    ]

    static let toObtain: [@Sendable (Slots) -> String] = [
        { _ in "次回の発注時期と数量" },
        { "\($0.product)の在庫量と月間の使用量" },
        { _ in "他社の訪問状況と価格" },
        { _ in "来期の予算と決裁の流れ" },
    ]

    static let routineProposals: [@Sendable (Slots) -> String] = [
        { "\($0.product)のまとめ発注による単価の見直し" },
        { "\($0.category)の新商品の紹介" },
        { "\($0.product)の定期配送への切り替え" },
    ]

    static let findings: [@Sendable (Slots) -> String] = [
        { "\($0.person)と面談。\($0.product)は在庫が残り\($0.weeks)週間分ほどで、\($0.month)月中旬に発注予定とのこと。" },
        { "\($0.person)は不在のため、現場の方に在庫を確認。\($0.product)の使用量は先月並み。" },
        { "\($0.person)と面談。最近は\($0.rival)の訪問はないとのこと。" },
        { "\($0.person)より、来月から生産が増えるため\($0.product)を多めに欲しいとの話。" },
        { "\($0.person)と面談。\($0.category)の使い方に困りごとはなく、品質にも満足とのこと。" },
    ]

    static let reactions: [@Sendable (Slots) -> String] = [
        { _ in "提案には前向きで、数量を社内で検討いただく。" },
        { _ in "価格次第とのことで、見積を待っていただく。" },
        { _ in "今は現状維持でよいとのこと。" },
        { _ in "サンプルを試してから判断したいとのこと。" },
    ]

    static let nextActions: [(text: String, days: ClosedRange<Int>)] = [
        ("次回発注の数量を電話で確認", 7...14),
        ("見積書を送付", 2...5),
        ("サンプルを持参", 7...14),
        ("総合カタログを郵送", 3...7),
        ("次回訪問で在庫を確認", 14...30),
    ]
}
