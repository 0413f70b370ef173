import RoundsDomain
import RoundsStorage

/// This plugin's message catalog.
extension Message {
    static let importAbstract = Message(
        en: "Import customers, reps, orders, deals, notes, visits or contacts from CSV, XLSX or JSON: all rows or none.",
        ja: "顧客・担当者・受注・商談・メモ・訪問・連絡先を CSV・XLSX・JSON から取り込みます（全件か0件）")
    static let exportAbstract = Message(en: "Export every customer, rep, order, deal, note, visit or contact to CSV, XLSX or JSON.",
                                        ja: "顧客・担当者・受注・商談・メモ・訪問・連絡先の全件を CSV・XLSX・JSON に書き出します")
    static let entityHelp = Message(en: "customers, reps, orders, deals, notes, visits or contacts.",
                                    ja: "customers・reps・orders・deals・notes・visits・contacts のいずれか")
    static let fileHelp = Message(en: "The file; its extension tells the format.", ja: "ファイル（拡張子で形式を判断）")
    static let mapHelp = Message(en: "A YAML file naming the columns of an unusual layout.", ja: "列名の対応を書いた YAML ファイル")
    static let dryRunHelp = Message(en: "Show what would change; write nothing.", ja: "変更内容を表示するだけで書き込みません")
    static let importEncodingHelp = Message(en: "CSV encoding: auto, utf8 or sjis.", ja: "CSV の文字コード（auto・utf8・sjis）")
    static let exportEncodingHelp = Message(en: "CSV encoding: utf8, utf8-bom or sjis (default utf8-bom).",
                                            ja: "CSV の文字コード（utf8・utf8-bom・sjis、既定は utf8-bom）")
    static let formatHelp = Message(en: "csv, xlsx or json (default: from the extension).", ja: "csv・xlsx・json（既定は拡張子から）")
    static let japaneseHeadersHelp = Message(en: "Write Japanese column names (顧客コード…).", ja: "列名を日本語で書きます（顧客コード…）")

    static func unknownEntity(_ text: String) -> Message {
        Message(en: "unknown kind '\(text)': use customers, reps, orders, deals, notes, visits or contacts",
                ja: "'\(text)' は不明な種類です（customers・reps・orders・deals・notes・visits・contacts のいずれか）")
    }
    static func unknownChoice(_ option: String, _ text: String, _ choices: String) -> Message {
        Message(en: "\(option): unknown value '\(text)' (use \(choices))", ja: "\(option): '\(text)' は使えません（\(choices)）")
    }
    static func duplicateCode(_ code: String, firstRow: Int) -> Message {
        Message(en: "code \(code) appears again (first in row \(firstRow))", ja: "コード \(code) が重複しています（最初は \(firstRow) 行目）")
    }
    static func duplicateID(_ id: Int, firstRow: Int) -> Message {
        Message(en: "id \(id) appears again (first in row \(firstRow))", ja: "ID \(id) が重複しています（最初は \(firstRow) 行目）")
    }
    static let positiveID = Message(en: "an id is a whole number above 0", ja: "ID は 1 以上の整数です")
    static func unknownRepCode(_ code: String) -> Message {
        Message(en: "no rep with code \(code)", ja: "担当者コード \(code) は存在しません")
    }
    static func unknownCustomerCode(_ code: String) -> Message {
        Message(en: "no customer with code \(code)", ja: "顧客コード \(code) は存在しません")
    }
    static let coordinateHalf = Message(en: "latitude and longitude go together: give both or neither",
                                        ja: "緯度と経度は両方指定するか、両方空にしてください")
    static func importFailed(_ file: String, _ count: Int) -> Message {
        Message(en: "\(file): \(count) problem(s); nothing was imported", ja: "\(file): 問題が \(count) 件あるため何も取り込んでいません")
    }
    static func imported(_ file: String, _ summary: ImportSummary) -> Message {
        Message(en: "imported \(file): \(summary.added) added, \(summary.updated) updated, \(summary.unchanged) unchanged",
                ja: "\(file) を取り込みました: 追加 \(summary.added) 件、更新 \(summary.updated) 件、変更なし \(summary.unchanged) 件")
    }
    static func wouldImport(_ file: String, _ summary: ImportSummary) -> Message {
        Message(en: "dry run \(file): \(summary.added) to add, \(summary.updated) to update, \(summary.unchanged) unchanged; nothing written",
                ja: "試行 \(file): 追加 \(summary.added) 件、更新 \(summary.updated) 件、変更なし \(summary.unchanged) 件（書き込みなし）")
    }
    static func wouldAdd(_ code: String) -> Message { Message(en: "  add \(code)", ja: "  追加 \(code)") }
    static func wouldUpdate(_ code: String) -> Message { Message(en: "  update \(code)", ja: "  更新 \(code)") }
    static func importProgress(_ file: String) -> Message {
        Message(en: "importing \(file) (% read)", ja: "\(file) を取り込み中（読み込み済み %）")
    }
    static func exportProgress(_ file: String) -> Message {
        Message(en: "exporting \(file) (rows)", ja: "\(file) に書き出し中（行）")
    }
    static func exported(_ file: String, _ count: Int) -> Message {
        Message(en: "exported \(count) rows to \(file)", ja: "\(count) 行を \(file) に書き出しました")
    }
}
