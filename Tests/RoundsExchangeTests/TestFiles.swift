import Foundation
import RoundsExchange

/// A folder of scratch files for one test, removed when the test is done with it.
final class ScratchFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-exchange-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func file(_ name: String) -> URL {
        url.appendingPathComponent(name)
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> URL {
        let target = file(name)
        try! Data(bytes).write(to: target)
        return target
    }

    @discardableResult
    func write(_ name: String, text: String) -> URL {
        write(name, bytes: Array(text.utf8))
    }

    func bytes(_ name: String) -> [UInt8] {
        Array(try! Data(contentsOf: file(name)))
    }

    /// Every file in the folder, to check nothing temporary is left behind.
    var names: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: url.path).sorted()) ?? []
    }
}

/// Every row of a reader, failing on the first problem.
func readAll(_ reader: inout some TableReader) throws -> [TableRow] {
    var rows: [TableRow] = []
    while let row = try reader.next() { rows.append(row) }
    return rows
}

/// Every row and every problem, going on after each problem as an importer does.
func readCollecting(_ reader: inout some TableReader) -> (rows: [TableRow], problems: [ExchangeProblem]) {
    var rows: [TableRow] = []
    var problems: [ExchangeProblem] = []
    while true {
        do {
            guard let row = try reader.next() else { break }
            rows.append(row)
        } catch {
            problems.append(error)
        }
    }
    return (rows, problems)
}

/// Writes the rows with a writer and finishes it.
func writeAll(_ writer: inout some TableWriter, _ rows: [[String]]) throws {
    for row in rows { try writer.write(row) }
    try writer.finish()
}

/// Values that break naive exporters: separators, quotes, line breaks, formula starts,
/// apostrophes, and characters outside JIS X 0208 that CP932 has (NEC and IBM extensions).
enum Samples {
    static let columns: [TableColumn] = ["code", "name", "note", TableColumn("amount", kind: .number)]

    /// Every value here is representable in CP932.
    static let rows: [[String]] = [
        ["C001", "①髙橋商店", "～ and － and ∵ 纊 ㈱ Ⅰ", "1200000"],
        ["C002", "ｱｲｳｴｵ ﾊﾞﾝｸﾞｰ", "comma, \"quote\"\nsecond line", "-12"],
        ["C003", "", "=SUM(A1:A9)", ""],
        ["C004", "@x", "'quoted", "00123"],
        ["C005", "+81-3-1234-5678", "''two", "0.5"],
        ["C006", "-", "\\ back ~ tilde", "￥1,234,000"],
        ["C007", " padded ", "tab\there\r\nCRLF inside", "-0.25"],
        ["C008", "=1+2", "-12", "+5"],
    ]

    /// Beyond CP932: the Mac's wave dash, the minus sign, an emoji.
    static let unicodeOnly: [[String]] = [
        ["U001", "〜 wave dash", "− minus ¥", "😀"],
    ]
}
