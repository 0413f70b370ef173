import RoundsDomain

/// Messages for reading travel matrices from CSV files and OSRM answers.
extension Message {
    static func matrixHeader(_ expected: String) -> Message {
        Message(en: "the header must be \(expected)", ja: "見出し行は \(expected) にしてください")
    }
    static let listedTwice = Message(en: "listed twice", ja: "2回指定されています")
    static func unknownPlace(_ id: String) -> Message {
        Message(en: "unknown place '\(id)'", ja: "不明な地点 '\(id)' です")
    }
    static func duplicatePair(_ from: String, _ to: String, firstLine: Int) -> Message {
        Message(en: "'\(from)' to '\(to)' appears twice (first on line \(firstLine))",
                ja: "'\(from)' から '\(to)' が重複しています（最初は \(firstLine) 行目）")
    }
    static func missingPair(_ path: String, _ from: String, _ to: String) -> Message {
        Message(en: "\(path): no travel time from '\(from)' to '\(to)'",
                ja: "\(path): '\(from)' から '\(to)' への移動時間がありません")
    }
    static func unreachablePair(_ path: String, row: Int, column: Int) -> Message {
        Message(en: "\(path): durations[\(row)][\(column)] is null: no route from place \(row) to place \(column)",
                ja: "\(path): durations[\(row)][\(column)] が null です。地点 \(row) から地点 \(column) への経路がありません")
    }
    static func osrmFailed(_ path: String, _ code: String) -> Message {
        Message(en: "\(path): OSRM answered \(code), not Ok", ja: "\(path): OSRM の応答が Ok ではなく \(code) です")
    }
    static func notSquare(_ path: String, row: Int, count: Int, expected: Int) -> Message {
        Message(en: "\(path): durations row \(row) has \(count) values, expected \(expected)",
                ja: "\(path): durations の \(row) 行目の値が \(count) 個です（\(expected) 個必要）")
    }
    static func notOSRMTable(_ path: String) -> Message {
        Message(en: "\(path) is not an OSRM table answer with code and durations",
                ja: "\(path) は code と durations を持つ OSRM の table 応答ではありません")
    }
}
