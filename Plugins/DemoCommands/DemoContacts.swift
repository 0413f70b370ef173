import RoundsDomain

/// Someone at a customer the rep deals with: the buyer first, then whoever else the rep meets.
///
/// ```swift
/// let people = DemoPerson.make(for: customer, sector: .manufacturing, &random)   // 田中 健 (購買課 課長), …
/// ```
struct DemoPerson {
    let family: NamePart
    let given: NamePart
    let role: String

    /// One to three people with different roles, the first one the buyer.
    static func make(for customer: Customer, sector: SectorKind, _ random: inout DemoRandom) -> [DemoPerson] {
        var roles = Self.roles(for: sector)
        return (0..<random.int(in: 1...3)).map { _ in
            let role = roles.remove(at: random.below(roles.count))
            return DemoPerson(family: random.pick(DemoData.familyNames), given: random.pick(DemoData.givenNames), role: role)
        }
    }

    private static func roles(for sector: SectorKind) -> [String] {
        switch sector {
        case .manufacturing: ["購買課 課長", "資材部 主任", "工場長", "総務部 部長", "製造部 係長"]
        case .wholesale: ["物流部 課長", "仕入担当", "営業部 部長", "倉庫責任者", "総務部 主任"]
        case .retail: ["店長", "店主", "副店長", "仕入担当"]
        case .services: ["工事部 課長", "総務担当", "現場責任者", "代表取締役", "購買担当"]
        }
    }
}

/// The contacts of a demo customer: its people with a phone and, mostly, an e-mail address at
/// a domain made from the customer's reading (カマタセイキ → kamataseiki.example.co.jp, a
/// domain reserved for examples).
///
/// ```swift
/// let contacts = DemoContacts.make(account)   // 田中 健, 購買課 課長, 03-3731-2468, k.tanaka@kamataseiki.example.co.jp
/// ```
enum DemoContacts {
    static func make(_ account: DemoAccount) -> [Contact] {
        var random = account.random(.contacts)
        let domain = DemoRomaji.spell(account.customer.nameKana ?? "") + ".example.co.jp"
        return account.people.enumerated().map { number, person in
            // The buyer is reached at the office number; the others carry a company mobile.
            let phone = number == 0 ? account.customer.phone
                : "090-" + String(random.below(10_000), zeroPaddedTo: 4) + "-" + String(random.below(10_000), zeroPaddedTo: 4)
            let mail = account.sector == .retail && random.chance(0.5) ? nil
                : DemoRomaji.spell(person.given.kana).prefix(1) + "." + DemoRomaji.spell(person.family.kana) + "@" + domain
            return Contact(customer: account.customer.code, name: person.family.kanji + " " + person.given.kanji,
                           role: person.role, phone: phone, email: mail, createdAt: DemoClock.time(account.since, minute: 9 * 60))
        }
    }
}

/// Katakana to Hepburn romaji, as far as the demo's readings need: 拗音 (キョ → kyo), 促音
/// (ッ doubles the next consonant) and the long-vowel mark (dropped, as addresses do).
///
/// ```swift
/// DemoRomaji.spell("ニッシン")   // "nisshin"
/// ```
enum DemoRomaji {
    static func spell(_ kana: String) -> String {
        var result = ""
        var doubleNext = false
        for scalar in kana.unicodeScalars {
            let character = Character(scalar)
            if character == "ッ" { doubleNext = true; continue }
            if character == "ー" || character == " " { continue }
            if let small = smallY[character], result.hasSuffix("i") {
                result.removeLast()
                // シャ is sha, not shya.
                result += result.hasSuffix("sh") || result.hasSuffix("ch") || result.hasSuffix("j") ? small : "y" + small
                continue
            }
            guard let syllable = syllables[character] else { continue }
            if doubleNext, let first = syllable.first {
                result += first == "c" ? "t" : String(first)
                doubleNext = false
            }
            result += syllable
        }
        return result
    }

    private static let smallY: [Character: String] = ["ャ": "a", "ュ": "u", "ョ": "o"]

    private static let syllables: [Character: String] = {
        let table = """
            ア:a イ:i ウ:u エ:e オ:o カ:ka キ:ki ク:ku ケ:ke コ:ko サ:sa シ:shi ス:su セ:se ソ:so タ:ta チ:chi ツ:tsu
            テ:te ト:to ナ:na ニ:ni ヌ:nu ネ:ne ノ:no ハ:ha ヒ:hi フ:fu ヘ:he ホ:ho マ:ma ミ:mi ム:mu メ:me モ:mo ヤ:ya
            ユ:yu ヨ:yo ラ:ra リ:ri ル:ru レ:re ロ:ro ワ:wa ヲ:o ン:n ガ:ga ギ:gi グ:gu ゲ:ge ゴ:go ザ:za ジ:ji ズ:zu
            ゼ:ze ゾ:zo ダ:da ヂ:ji ヅ:zu デ:de ド:do バ:ba ビ:bi ブ:bu ベ:be ボ:bo パ:pa ピ:pi プ:pu ペ:pe ポ:po
            """
        return Dictionary(uniqueKeysWithValues: table.split(whereSeparator: \.isWhitespace).map { pair in
            let parts = pair.split(separator: ":")
            return (parts[0].first!, String(parts[1]))
        })
    }()
}
