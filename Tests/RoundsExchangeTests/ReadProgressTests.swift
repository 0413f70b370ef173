import Foundation
import RoundsExchange
import Testing

/// Readers tell how far through their bytes they are, rising to the whole at the end.
@Suite struct ReadProgressTests {
    func rows(_ count: Int) -> [[String]] {
        (0..<count).map { ["C\($0)", "山田商店 第\($0)支店"] }
    }

    /// Reads every row, checking the progress never goes back; the percentages seen, the last at the end.
    func readThrough(_ reader: inout some TableReader) throws -> [Int] {
        var seen = [reader.progress.percent]
        while try reader.next() != nil {
            let percent = reader.progress.percent
            #expect(percent >= seen.last!)
            if percent != seen.last { seen.append(percent) }
        }
        seen.append(reader.progress.percent)
        // An XLSX sheet ends a few bytes of closing tags after its last row, which are never read.
        #expect(reader.progress.total - reader.progress.read < 100)
        return seen
    }

    @Test(arguments: ["p.csv", "p.xlsx", "p.json"])
    func progressRisesToTheWhole(name: String) throws {
        let folder = ScratchFolder()
        let url = folder.file(name)
        var writer = try TableFormat.writer(for: url, columns: ["code", "name"])
        for row in rows(20_000) { try writer.write(row) }
        try writer.finish()
        var reader = try TableFormat.reader(for: url)
        let seen = try readThrough(&reader)
        #expect(seen.first! < 5, "little is read before the first row")
        #expect(seen.last! >= 99)
        #expect(seen.count > 10, "the file is read in chunks, not at once: \(seen)")
    }

    @Test func percentOfNothingIsComplete() {
        #expect(ReadProgress(read: 0, total: 0).percent == 100)
        #expect(ReadProgress(read: 512, total: 2048).percent == 25)
    }
}
