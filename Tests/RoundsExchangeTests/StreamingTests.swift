import Foundation
import RoundsExchange
import Testing

/// A long file reads through to its last row. Flat memory is by construction (a fixed 64 KiB
/// chunk buffer); it is measured in a process of its own by the benchmarks, because the peak of
/// this shared test process also counts every test running alongside.
@Suite struct StreamingTests {
    @Test func csvOf200000RowsReadsToTheEnd() throws {
        let folder = ScratchFolder()
        let url = folder.file("big.csv")
        let rows = 200_000
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data("code,name,name_kana,address,phone,rep,rank,potential_yen,tags,memo\r\n".utf8))
        for start in stride(from: 0, to: rows, by: 10_000) {
            var chunk = ""
            for row in start..<start + 10_000 {
                chunk += "C\(row),山田商店 第\(row)支店,ヤマダショウテン,東京都千代田区丸の内一丁目\(row % 100)番地,03-1234-5678,"
                    + "R\(row % 40),A,\(row * 1000),\"卸,小売\",\"メモ \"\"\(row)\"\"\"\r\n"
            }
            try handle.write(contentsOf: Data(chunk.utf8))
        }
        try handle.close()

        var reader = try CSVTableReader(url: url)
        var count = 0
        var last: [String] = []
        while let row = try reader.next() {
            count += 1
            last = row.cells
        }
        #expect(count == rows)
        #expect(last == ["C199999", "山田商店 第199999支店", "ヤマダショウテン", "東京都千代田区丸の内一丁目99番地", "03-1234-5678",
                         "R39", "A", "199999000", "卸,小売", "メモ \"199999\""])
    }
}
