import Foundation
import RoundsExchange
import Testing

/// Reading a long file must not grow memory with its length.
@Suite(.serialized) struct StreamingTests {
    @Test func csvOf200000RowsReadsInFlatMemory() throws {
        let folder = ScratchFolder()
        let url = folder.file("big.csv")
        let rows = 200_000
        // Written in pieces so that writing it does not raise the peak we then measure.
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
        let fileSize = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int

        let before = Memory.resetPeak()
        var reader = try CSVTableReader(url: url)
        var count = 0
        var lastCode = ""
        while let row = try reader.next() {
            count += 1
            lastCode = row.cells[0]
        }
        let growth = Memory.peak() - before
        #expect(count == rows)
        #expect(lastCode == "C199999")
        // Holding the rows would take several times the file's size (~37 MB); reading them one
        // at a time takes a buffer. The bound is loose because other tests run alongside.
        #expect(growth < 32 << 20, "peak grew by \(growth >> 20) MB reading a \(fileSize >> 20) MB file")
    }
}

/// The process's resident memory, from /proc/self/status.
enum Memory {
    /// Resets the peak (VmHWM) to the current size where Linux allows it, and returns the peak.
    static func resetPeak() -> Int {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        return peak()
    }

    static func peak() -> Int {
        value("VmHWM")
    }

    private static func value(_ key: String) -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix(key + ":") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) * 1024
    }
}
