import RoundsDomain

/// The import and export message catalog.
extension Message {
    // MARK: Problem lists

    public static func moreProblems(_ count: Int) -> Message {
        Message(en: "… and \(count) more", ja: "…ほか \(count) 件")
    }

    // MARK: Files

    public static func cannotOpen(_ reason: String) -> Message {
        Message(en: "cannot open the file: \(reason)", ja: "ファイルを開けません: \(reason)")
    }
    public static func cannotRead(_ reason: String) -> Message {
        Message(en: "cannot read the file: \(reason)", ja: "ファイルを読めません: \(reason)")
    }
    public static func cannotWrite(_ reason: String) -> Message {
        Message(en: "cannot write the file: \(reason)", ja: "ファイルに書き込めません: \(reason)")
    }
    public static let emptyFile = Message(en: "the file has no header row and no data",
                                          ja: "ヘッダー行もデータもありません")
    public static func unknownFormat(_ fileExtension: String) -> Message {
        let shown = fileExtension.isEmpty ? "(none)" : ".\(fileExtension)"
        return Message(en: "cannot tell the file type from its extension \(shown); use .csv, .xlsx or .json",
                       ja: "拡張子 \(shown) からファイル形式が分かりません。.csv・.xlsx・.json のいずれかにしてください")
    }

    // MARK: Encodings

    public static let utf16NotSupported = Message(
        en: "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" or \"CSV\" instead",
        ja: "このファイルは UTF-16（Excel の「Unicode テキスト」）です。「CSV UTF-8」または「CSV」形式で保存し直してください")
    public static func undecodableByte(_ byte: UInt8, offset: Int, line: Int, encoding: TextEncoding) -> Message {
        let hex = "0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        let other = encoding == .cp932 ? "utf8" : "sjis"
        return Message(
            en: "byte \(hex) at byte offset \(offset) (line \(line)) is not valid \(encoding); if the file is in another encoding, give --encoding \(other)",
            ja: "\(line) 行目、バイト位置 \(offset) のバイト \(hex) は \(encoding) として読めません。別の文字コードのファイルなら --encoding \(other) を指定してください")
    }
    public static func unencodable(_ character: Character, encoding: TextEncoding) -> Message {
        let code = character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
        guard let lookalike = cp932Lookalikes[character] else {
            return Message(en: "'\(character)' (\(code)) cannot be written in \(encoding); export as UTF-8 to keep it",
                           ja: "'\(character)' (\(code)) は \(encoding) で書けません。そのまま残すには UTF-8 で出力してください")
        }
        return Message(
            en: "'\(character)' (\(code)) cannot be written in \(encoding); change it to '\(lookalike)' or export as UTF-8",
            ja: "'\(character)' (\(code)) は \(encoding) で書けません。'\(lookalike)' に置き換えるか UTF-8 で出力してください")
    }
    /// Characters that look like one CP932 has: what Mac and web text uses where Windows uses the other.
    private static let cp932Lookalikes: [Character: Character] = [
        "〜": "～", "−": "－", "‖": "∥", "¢": "￠", "£": "￡", "¬": "￢", "—": "―", "¥": "￥",
    ]
    public static let cp932Unavailable = Message(
        en: "Shift_JIS (CP932) conversion is not available on this system (the C library's iconv lacks CP932)",
        ja: "このシステムでは Shift_JIS (CP932) を変換できません（C ライブラリの iconv に CP932 がありません）")

    // MARK: CSV

    public static func unterminatedQuote(line: Int) -> Message {
        Message(en: "the quoted value starting on line \(line) has no closing quote (\")",
                ja: "\(line) 行目から始まる \" で囲まれた値が閉じられていません")
    }
    public static func raggedRow(values: Int, columns: Int) -> Message {
        Message(en: "the row has \(values) values but the header has \(columns) columns",
                ja: "ヘッダーは \(columns) 列ですが、この行には \(values) 個の値があります")
    }

    // MARK: XLSX

    public static let oldExcelFile = Message(
        en: "this is an old Excel .xls file; save it as .xlsx or CSV in Excel first",
        ja: "古い Excel 形式 (.xls) のファイルです。Excel で .xlsx か CSV として保存し直してください")
    public static let notXLSX = Message(en: "not an Excel .xlsx file (it is no ZIP archive)",
                                        ja: "Excel の .xlsx ファイルではありません（ZIP 形式ではありません）")
    public static func missingPart(_ part: String) -> Message {
        Message(en: "not a complete .xlsx workbook: \(part) is missing",
                ja: ".xlsx ブックが不完全です: \(part) がありません")
    }
    public static func malformedXLSX(part: String, offset: Int) -> Message {
        Message(en: "the .xlsx file is damaged: \(part) cannot be read (near byte \(offset))",
                ja: ".xlsx ファイルが壊れています: \(part) を読めません（\(offset) バイト付近）")
    }
    public static func valueOutsideHeader(column: String) -> Message {
        Message(en: "column \(column) has a value but no header", ja: "\(column) 列に値がありますが、見出しがありません")
    }
    public static func tooManyRows(_ limit: Int) -> Message {
        Message(en: "an .xlsx sheet holds at most \(limit) rows; export as CSV instead",
                ja: ".xlsx のシートは最大 \(limit) 行です。CSV で出力してください")
    }

    // MARK: JSON

    public static func malformedJSON(expected: String) -> Message {
        Message(en: "malformed JSON: expected \(expected)", ja: "JSON の書式が正しくありません: \(expected) があるはずの位置です")
    }
    public static let notArrayOfObjects = Message(
        en: "the JSON must be an array of objects, one per row: [{\"code\": \"C001\"}, …]",
        ja: "JSON は 1 行 1 オブジェクトの配列にしてください: [{\"code\": \"C001\"}, …]")
    public static let duplicateKey = Message(en: "the key appears twice in this object",
                                             ja: "このオブジェクトに同じキーが 2 回あります")
    public static let nestedValue = Message(
        en: "nested objects and arrays are not supported; give text, a number, true, false or null",
        ja: "入れ子のオブジェクトや配列は使えません。文字列・数値・true・false・null で指定してください")

    // MARK: Columns

    public static func unknownColumn(suggestion: String?) -> Message {
        let hint = suggestion.map { (en: "; did you mean '\($0)'?", ja: "（'\($0)' のことですか？）") }
        return Message(en: "unknown column\(hint?.en ?? "; map it with --map or list it under ignore:")",
                       ja: "不明な列です\(hint?.ja ?? "。--map で対応付けるか ignore: に指定してください")")
    }
    public static func duplicateColumn(_ earlier: String) -> Message {
        Message(en: "the same field as column '\(earlier)'", ja: "列 '\(earlier)' と同じ項目です")
    }
    public static func missingColumn(_ field: String, japanese: String) -> Message {
        Message(en: "required column missing: \(field) (\(japanese))", ja: "必須の列がありません: \(japanese) (\(field))")
    }
    public static func unnamedColumn(_ index: Int) -> Message {
        Message(en: "column \(index + 1) has no header", ja: "\(index + 1) 列目に見出しがありません")
    }

    // MARK: Mapping files

    public static let emptyMapping = Message(en: "the mapping file is empty", ja: "対応付けファイルが空です")
    public static func malformedMapping(_ detail: String) -> Message {
        Message(en: "malformed YAML: \(detail)", ja: "YAML の書式が正しくありません: \(detail)")
    }
    public static let mappingShape = Message(
        en: "expected 'fields:' with field: column entries, and optionally 'ignore:' with a list of columns",
        ja: "'fields:' に 項目: 列名 を、必要なら 'ignore:' に列名の一覧を書いてください")
    public static func unknownMappingKey(_ key: String, suggestion: String?) -> Message {
        let hint = suggestion.map { (en: "; did you mean '\($0)'?", ja: "（'\($0)' のことですか？）") }
        return Message(en: "unknown key '\(key)'\(hint?.en ?? "; use fields: and ignore:")",
                       ja: "不明なキー '\(key)' です\(hint?.ja ?? "。fields: と ignore: を使ってください")")
    }
    public static func unknownMappingField(_ field: String, suggestion: String?) -> Message {
        let hint = suggestion.map { (en: "; did you mean '\($0)'?", ja: "（'\($0)' のことですか？）") }
        return Message(en: "unknown field '\(field)'\(hint?.en ?? "")", ja: "不明な項目 '\(field)' です\(hint?.ja ?? "")")
    }
    public static func mappingValueNotText(_ field: String) -> Message {
        Message(en: "\(field): give a column name or a list of them", ja: "\(field): 列名か列名の一覧を指定してください")
    }

    // MARK: Dates

    public static let dateFormat = Message(
        en: "use a date such as 2026-11-29, 2026/11/29, 2026年11月29日, R8.11.29 or 令和8年11月29日",
        ja: "2026-11-29・2026/11/29・2026年11月29日・R8.11.29・令和8年11月29日 のような日付で指定してください")
    public static let noSuchDate = Message(en: "there is no such date", ja: "存在しない日付です")
    public static func outsideEra(_ era: JapaneseEra) -> Message {
        let range = era.last.map { "\(era.first) – \($0)" } ?? "\(era.first) –"
        return Message(en: "outside the \(era.name) (\(era.kanji)) era, \(range)",
                       ja: "\(era.kanji)の期間（\(range)）外の日付です")
    }
}
