import RoundsDomain

/// This plugin's message catalog.
extension Message {
    static let demoAbstract = Message(en: "Create a demo company to try Rounds on.", ja: "Rounds を試すためのデモ会社を作成します")
    static let demoCreateAbstract = Message(
        en: "Create a realistic demo company: reps with territories and customers around Tokyo.",
        ja: "東京近郊の担当者（担当エリア付き）と顧客からなるデモ会社を作成します")
    static let demoCreateDiscussion = Message(
        en: """
        The same --seed always gives the same company. The target database must hold no reps or customers yet.
        Examples:
          demo create
          demo create --customers 10000 --reps 40 --seed 7 --db big.sqlite
        """,
        ja: """
        同じ --seed からは常に同じ会社ができます。書き込み先のデータベースには担当者も顧客もまだ登録されていない必要があります。
        例:
          demo create
          demo create --customers 10000 --reps 40 --seed 7 --db big.sqlite
        """)
    static let demoCustomersHelp = Message(en: "Number of customers, 1 to 1,000,000 (default 300).", ja: "顧客数 1〜1,000,000（既定 300）")
    static let demoRepsHelp = Message(en: "Number of reps, 1 to 500 (default 8).", ja: "担当者数 1〜500（既定 8）")
    static let demoSeedHelp = Message(en: "Seed: the same seed gives the same company (default 1).", ja: "シード。同じシードからは同じ会社ができます（既定 1）")
    static let demoDatabaseHelp = Message(en: "Write into this SQLite file instead of the session's database.",
                                          ja: "セッションのデータベースではなくこの SQLite ファイルに書き込みます")
    static let demoGenerating = Message(en: "making customers", ja: "顧客を生成中")
    static let demoWriting = Message(en: "writing customers", ja: "顧客を書き込み中")

    static func demoCountRange(_ range: ClosedRange<Int>) -> Message {
        Message(en: "use a whole number from \(range.lowerBound) to \(range.upperBound)",
                ja: "\(range.lowerBound)〜\(range.upperBound) の整数で指定してください")
    }
    static let demoSeedFormat = Message(en: "use a whole number from 0 to \(UInt64.max)",
                                        ja: "0〜\(UInt64.max) の整数で指定してください")
    static func demoTargetNotEmpty(_ location: String) -> Message {
        Message(en: "\(location) already holds reps or customers; demo create only fills an empty database: choose a new file with --db PATH",
                ja: "\(location) にはすでに担当者か顧客が登録されています。demo create は空のデータベースにのみ書き込みます: --db PATH で新しいファイルを指定してください")
    }
    static func demoCreated(reps: Int, customers: Int, location: String, seed: UInt64) -> Message {
        Message(en: "demo company created: \(reps) reps, \(customers) customers in \(location) (seed \(seed))",
                ja: "デモ会社を作成しました: 担当者 \(reps) 名、顧客 \(customers) 件（\(location)、シード \(seed)）")
    }
}
