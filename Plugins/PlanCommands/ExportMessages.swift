import RoundsDomain

extension Message {
    // plan export
    static let planExportAbstract = Message(en: "Write the draft plan to a calendar (ics), a map (geojson), a spreadsheet (csv) or json.",
                                            ja: "計画をカレンダー（ics）・地図（geojson）・表（csv）・json に書き出します")
    static let planExportDiscussion = Message(
        en: """
            ics: one event per visit (Asia/Tokyo times, the customer's address, why the visit is there), for Google \
            Calendar and Outlook. geojson: each rep-day's route as a line from the start through every stop to the \
            end, and each stop as a point. csv: one row per visit. json: reps, days and stops with times, travel \
            minutes and the visits left out. The file is replaced whole, or not at all.
            """,
        ja: """
            ics: 訪問ごとに1件の予定（Asia/Tokyo 時刻・顧客の住所・訪問理由つき）。Google カレンダーと Outlook で開けます。\
            geojson: 担当者・日ごとの順路（出発地から各訪問先を経て帰着地まで）の線と訪問先の点。csv: 訪問ごとに1行。\
            json: 担当者・日・訪問と時刻、移動分、未割当の訪問。ファイルは全体を置き換えるか、何も書きません。
            """)
    static let planExportFormatHelp = Message(en: "ics, geojson, csv or json.", ja: "ics・geojson・csv・json のいずれか")
    static let planExportFileHelp = Message(en: "The file to write (replaced if it exists).", ja: "書き出すファイル（既存なら置き換え）")
    static let planExportRepHelp = Message(en: "Only this rep's visits.", ja: "この担当者の訪問だけ")
    static func planExportUnknownFormat(_ text: String) -> Message {
        Message(en: "unknown format '\(text)': use ics, geojson, csv or json",
                ja: "形式 '\(text)' はありません。ics・geojson・csv・json のいずれかを指定してください")
    }
    static func planExported(_ file: String, visits: Int) -> Message {
        Message(en: "exported \(visits) visit\(visits == 1 ? "" : "s") to \(file)", ja: "\(file) に \(visits) 件の訪問を書き出しました")
    }
}
