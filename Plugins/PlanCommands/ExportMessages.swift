import RoundsDomain

extension Message {
    // plan export
    static let planExportAbstract = Message(en: "Write the draft plan to a calendar (ics), a map (geojson), a spreadsheet (csv), json or a picture of the routes (svg).",
                                            ja: "計画をカレンダー（ics）・地図（geojson）・表（csv）・json・順路の図（svg）に書き出します")
    static let planExportDiscussion = Message(
        en: """
            ics: one event per visit (Asia/Tokyo times, the customer's address, why the visit is there), for Google \
            Calendar and Outlook. geojson: each rep-day's route as a line from the start through every stop to the \
            end, and each stop as a point. csv: one row per visit. json: reps, days and stops with times, travel \
            minutes and the visits left out. svg: a map to look at, each rep-day's route in its own colour (one \
            colour per rep when several reps are drawn), customers as dots with their times as tooltips, a legend of \
            visits and driving; opens in any browser. --date keeps one day. The file is replaced whole, or not at all.
            """,
        ja: """
            ics: 訪問ごとに1件の予定（Asia/Tokyo 時刻・顧客の住所・訪問理由つき）。Google カレンダーと Outlook で開けます。\
            geojson: 担当者・日ごとの順路（出発地から各訪問先を経て帰着地まで）の線と訪問先の点。csv: 訪問ごとに1行。\
            json: 担当者・日・訪問と時刻、移動分、未割当の訪問。svg: 見るための地図。担当者・日ごとの順路を色分け（複数の担当者なら\
            担当者ごとの色）し、訪問先を点（ツールチップに時刻）で、凡例に訪問数と移動分を示します。ブラウザで開けます。\
            --date でその日だけ。ファイルは全体を置き換えるか、何も書きません。
            """)
    static let planExportFormatHelp = Message(en: "ics, geojson, csv, json or svg.", ja: "ics・geojson・csv・json・svg のいずれか")
    static let planExportFileHelp = Message(en: "The file to write (replaced if it exists).", ja: "書き出すファイル（既存なら置き換え）")
    static let planExportRepHelp = Message(en: "Only this rep's visits.", ja: "この担当者の訪問だけ")
    static let planExportDateHelp = Message(en: "Only this day's visits.", ja: "この日の訪問だけ")
    static func planExportUnknownFormat(_ text: String) -> Message {
        Message(en: "unknown format '\(text)': use ics, geojson, csv, json or svg",
                ja: "形式 '\(text)' はありません。ics・geojson・csv・json・svg のいずれかを指定してください")
    }
    static func planExported(_ file: String, visits: Int) -> Message {
        Message(en: "exported \(visits) visit\(visits == 1 ? "" : "s") to \(file)", ja: "\(file) に \(visits) 件の訪問を書き出しました")
    }
    static func planDateNotInPlan(_ date: String, from: String, to: String) -> Message {
        Message(en: "no visits on \(date) in the plan (\(from) to \(to))",
                ja: "計画（\(from)〜\(to)）に \(date) の訪問はありません")
    }

    // plan export svg
    static func planSVGTitle(from: String, to: String, visits: Int, minutes: Int) -> Message {
        let period = from == to ? from : "\(from) – \(to)"
        let periodJA = from == to ? from : "\(from)〜\(to)"
        return Message(en: "Visit plan \(period) · \(visits) visit\(visits == 1 ? "" : "s") · \(minutes) min driving",
                       ja: "訪問計画 \(periodJA)・訪問 \(visits) 件・移動 \(minutes) 分")
    }
    static func planSVGLegend(_ label: String, visits: Int, minutes: Int) -> Message {
        Message(en: "\(label) · \(visits) visit\(visits == 1 ? "" : "s") · \(minutes) min",
                ja: "\(label)・訪問 \(visits) 件・移動 \(minutes) 分")
    }
    static func planSVGRoute(_ rep: String, date: String, visits: Int, minutes: Int) -> Message {
        Message(en: "\(rep) \(date) · \(visits) visit\(visits == 1 ? "" : "s") · \(minutes) min driving",
                ja: "\(rep) \(date)・訪問 \(visits) 件・移動 \(minutes) 分")
    }
    /// A customer's tooltip: `C00016 松本鋳造株式会社` then `R01 2026-12-01 #3 08:48–09:18`.
    static func planSVGStop(_ visit: ExportedPlan.Visit) -> Message {
        let head = visit.name.isEmpty ? visit.stop.customer : "\(visit.stop.customer) \(visit.name)"
        return Message(en: "\(head)\n\(visit.rep) \(visit.date) #\(visit.seq) \(visit.arrive)–\(visit.depart)",
                       ja: "\(head)\n\(visit.rep) \(visit.date) \(visit.seq) 件目 \(visit.arrive)〜\(visit.depart)")
    }
    static func planSVGStart(_ rep: String) -> Message {
        Message(en: "\(rep) start", ja: "\(rep) 出発地")
    }
}
