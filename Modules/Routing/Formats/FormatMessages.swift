import RoundsDomain

/// Messages for reading benchmark instances from files.
extension Message {
    static func fileNotFound(_ path: String) -> Message {
        Message(en: "no file at \(path)", ja: "\(path) にファイルがありません")
    }
    static func unreadableFile(_ path: String) -> Message {
        Message(en: "cannot read \(path)", ja: "\(path) を読み込めません")
    }
    static func unknownBenchmarkFormat(_ path: String) -> Message {
        Message(en: "cannot tell whether \(path) is TSPLIB, VRPLIB or Solomon; name the format",
                ja: "\(path) が TSPLIB・VRPLIB・Solomon のどれか判別できません。形式を指定してください")
    }
    static func unknownKeyword(_ keyword: String) -> Message {
        Message(en: "unknown keyword '\(keyword)'", ja: "不明なキーワード '\(keyword)' です")
    }
    static func unknownSection(_ section: String) -> Message {
        Message(en: "unknown section '\(section)'", ja: "不明なセクション '\(section)' です")
    }
    static func sectionNotInType(_ section: String, _ type: String) -> Message {
        Message(en: "\(section) does not belong in a \(type) file", ja: "\(section) は \(type) のファイルには書けません")
    }
    static func unsupportedValue(_ supported: [String]) -> Message {
        let list = supported.joined(separator: ", ")
        return Message(en: "not supported; use one of \(list)", ja: "対応していません。\(list) のいずれかを指定してください")
    }
    static func beyondDimension(_ node: Int, _ dimension: Int) -> Message {
        Message(en: "node \(node) is beyond DIMENSION \(dimension)", ja: "ノード \(node) が DIMENSION \(dimension) を超えています")
    }
    static func weightCount(found: Int, expected: Int, format: String, dimension: Int) -> Message {
        Message(en: "EDGE_WEIGHT_SECTION has \(found) values but \(format) with DIMENSION \(dimension) needs \(expected)",
                ja: "EDGE_WEIGHT_SECTION の値が \(found) 個ですが、DIMENSION \(dimension) の \(format) には \(expected) 個必要です")
    }
    static func missingNode(_ section: String, _ node: Int) -> Message {
        Message(en: "\(section) has no line for node \(node)", ja: "\(section) にノード \(node) の行がありません")
    }
    static func duplicateNode(_ node: Int, firstLine: Int) -> Message {
        Message(en: "node \(node) appears twice (first on line \(firstLine))",
                ja: "ノード \(node) が重複しています（最初は \(firstLine) 行目）")
    }
    static func fieldCount(_ columns: String) -> Message {
        Message(en: "expected \(columns)", ja: "\(columns) の形式で書いてください")
    }
    static let notNegative = Message(en: "must not be negative", ja: "負の値は指定できません")
    static let aboveZero = Message(en: "must be a whole number above 0", ja: "1以上の整数で指定してください")
    static let moreNodesThanListed = Message(en: "the file lists fewer values than that many nodes need",
                                             ja: "ファイルの値の数がその数のノードに足りません")
    static let wholeNumber = Message(en: "must be a whole number", ja: "整数で指定してください")
    static func windowEndsBeforeStart(open: String, close: String) -> Message {
        Message(en: "the window closes at \(close) before it opens at \(open)",
                ja: "時間枠の終了 \(close) が開始 \(open) より前です")
    }
    static let lineOutsideSection = Message(en: "a node line outside any section", ja: "セクションの外にノードの行があります")
    static let oneDepot = Message(en: "only one depot is supported", ja: "デポは1か所のみ指定できます")
}
