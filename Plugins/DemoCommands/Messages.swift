import RoundsDomain

/// This plugin's message catalog.
extension Message {
    static let demoAbstract = Message(en: "Create a demo company to try Rounds on.", ja: "Rounds を試すためのデモ会社を作成します")
    static let demoCreateAbstract = Message(
        en: "Create a realistic demo company: reps with territories, customers around Tokyo and their history.",
        ja: "東京近郊の担当者（担当エリア付き）と顧客、その取引履歴からなるデモ会社を作成します")
    static let demoCreateDiscussion = Message(
        en: """
        The history covers --years years up to --until: orders with seasons and each customer's reorder rhythm, \
        deals through the sales flow, notes and visit reports in Japanese, contacts, and visits planned for the \
        next two weeks. The same --seed and --until always give the same company; --until defaults to today \
        (in the company's time zone), so pass a date to get the same data on another day. The target database \
        must hold no reps or customers yet.
        Examples:
          demo create
          demo create --customers 10000 --seed 7 --until 2026-11-30 --db big.sqlite
          demo create --customers 100000 --years 0 --db bench.sqlite
        """,
        ja: """
        履歴は --until までの --years 年分です: 季節と顧客ごとの発注周期に沿った受注、営業フローを進む商談、\
        日本語のメモと訪問報告、連絡先、今後2週間の訪問予定。同じ --seed と --until からは常に同じ会社ができます。\
        --until の既定は今日（会社のタイムゾーン）なので、別の日にも同じデータが欲しいときは日付を指定してください。\
        書き込み先のデータベースには担当者も顧客もまだ登録されていない必要があります。
        例:
          demo create
          demo create --customers 10000 --seed 7 --until 2026-11-30 --db big.sqlite
          demo create --customers 100000 --years 0 --db bench.sqlite
        """)
    static let demoCustomersHelp = Message(en: "Number of customers, 1 to 1,000,000 (default 300).", ja: "顧客数 1〜1,000,000（既定 300）")
    static let demoRepsHelp = Message(en: "Number of reps, 1 to 500 (default 8).", ja: "担当者数 1〜500（既定 8）")
    static let demoSeedHelp = Message(en: "Seed: the same seed gives the same company (default 1).", ja: "シード。同じシードからは同じ会社ができます（既定 1）")
    static let demoYearsHelp = Message(en: "Years of history, 0 to 10 (default 3; 0 for customers only).",
                                       ja: "履歴の年数 0〜10（既定 3、0 なら顧客のみ）")
    static let demoUntilHelp = Message(en: "Last day of the history, e.g. 2026-11-30 (default today).",
                                       ja: "履歴の最終日。例: 2026-11-30（既定は今日）")
    static let demoDatabaseHelp = Message(en: "Write into this SQLite file instead of the session's database.",
                                          ja: "セッションのデータベースではなくこの SQLite ファイルに書き込みます")
    static let demoGenerating = Message(en: "making customers", ja: "顧客を生成中")
    static let demoWriting = Message(en: "writing customers", ja: "顧客を書き込み中")
    static let demoHistory = Message(en: "making and writing history", ja: "履歴を生成・書き込み中")
    static let demoIndexing = Message(en: "indexing for search", ja: "検索用に索引付け中")

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
    static func demoHistoryCreated(years: Int, until: CalendarDate, _ counts: HistoryCounts) -> Message {
        // Yen's grouping without the sign: 41,000.
        let grouped = { (number: Int) in String(Yen.format(number).dropFirst()) }
        return Message(
            en: "history of \(years) years up to \(until): \(grouped(counts.orders)) orders, \(grouped(counts.deals)) deals, "
                + "\(grouped(counts.notes)) notes, \(grouped(counts.visits)) visits, \(grouped(counts.contacts)) contacts",
            ja: "\(until) までの \(years) 年分の履歴: 受注 \(grouped(counts.orders)) 件、商談 \(grouped(counts.deals)) 件、"
                + "メモ \(grouped(counts.notes)) 件、訪問 \(grouped(counts.visits)) 件、連絡先 \(grouped(counts.contacts)) 件")
    }
}
