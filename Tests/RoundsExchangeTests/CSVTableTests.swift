import Foundation
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct CSVTableTests {
    @Test(arguments: [TextEncoding.utf8, .utf8WithBOM, .cp932])
    func roundTrip(encoding: TextEncoding) throws {
        let folder = ScratchFolder()
        let url = folder.file("customers.csv")
        var writer = try CSVTableWriter(url: url, columns: Samples.columns, encoding: encoding)
        try writeAll(&writer, Samples.rows)

        var reader = try CSVTableReader(url: url, encoding: .auto)
        #expect(reader.encoding == encoding)
        #expect(reader.header == Samples.columns.map(\.name))
        let rows = try readAll(&reader)
        #expect(rows.map(\.cells) == Samples.rows)
        // Excel's row numbers: the header is row 1, and a value with a line break is still one row.
        #expect(rows.map(\.number) == Array(2...9))
        #expect(folder.names == ["customers.csv"])
    }

    @Test func unicodeOnlyCharactersRoundTripInUTF8() throws {
        let folder = ScratchFolder()
        let url = folder.file("u.csv")
        var writer = try CSVTableWriter(url: url, columns: Samples.columns)
        try writeAll(&writer, Samples.unicodeOnly)
        var reader = try CSVTableReader(url: url)
        #expect(try readAll(&reader).map(\.cells) == Samples.unicodeOnly)
    }

    @Test func exportIsSafeToOpenInExcel() throws {
        let folder = ScratchFolder()
        let url = folder.file("safe.csv")
        var writer = try CSVTableWriter(url: url, columns: ["a", "b", "c", "d"], encoding: .utf8)
        try writeAll(&writer, [["=SUM(A1)", "-12", "@x", "'quoted"], ["+1+2", "a,b", "", "say \"hi\""]])
        let text = String(decoding: folder.bytes("safe.csv"), as: UTF8.self)
        #expect(text == "a,b,c,d\r\n'=SUM(A1),-12,'@x,''quoted\r\n'+1+2,\"a,b\",,\"say \"\"hi\"\"\"\r\n")
    }

    @Test func characterMissingFromCP932IsAProblemNamingRowAndColumn() throws {
        let folder = ScratchFolder()
        let url = folder.file("sjis.csv")
        do {
            var writer = try CSVTableWriter(url: url, columns: Samples.columns, encoding: .cp932)
            try writer.write(Samples.rows[0])
            let problem = #expect(throws: ExchangeProblem.self) { try writer.write(Samples.unicodeOnly[0]) }
            #expect(problem?.row == 3)
            #expect(problem?.column == "name")
            #expect(problem?.text(in: .en) == "\(url.relativePath):3: name: '〜' (U+301C) cannot be written in "
                        + "Shift_JIS (CP932); change it to '～' or export as UTF-8")
        }
        // The export was abandoned: no file, and nothing temporary left behind.
        #expect(folder.names == [])
    }

    @Test func lineEndingsAndQuotedLineBreaks() throws {
        let folder = ScratchFolder()
        for (name, text) in [("lf", "a,b\n1,2\n3,4"), ("crlf", "a,b\r\n1,2\r\n3,4\r\n"), ("cr", "a,b\r1,2\r3,4\r")] {
            var reader = try CSVTableReader(url: folder.write("\(name).csv", text: text))
            #expect(try readAll(&reader).map(\.cells) == [["1", "2"], ["3", "4"]], "\(name)")
        }
        var reader = try CSVTableReader(url: folder.write("multi.csv", text: "a,b\r\n\"x\r\ny\",\"\"\"\"\r\n,\r\n\n5,\"6\"\r\n"))
        let rows = try readAll(&reader)
        #expect(rows.map(\.cells) == [["x\r\ny", "\""], ["5", "6"]])
        // The empty rows (3 and 4) are skipped but still counted.
        #expect(rows.map(\.number) == [2, 5])
    }

    @Test func raggedRowsAreProblemsWithTheirRowNumbers() throws {
        let folder = ScratchFolder()
        let url = folder.write("ragged.csv", text: "code,name,,\nC1,山田,,\nC2\nC3,田中,x\nC4,佐藤\n\"C5\n\",鈴木,\nC6,高橋,extra,more\n")
        var reader = try CSVTableReader(url: url)
        #expect(reader.header == ["code", "name"])
        let (rows, problems) = readCollecting(&reader)
        #expect(rows.map(\.cells) == [["C1", "山田"], ["C4", "佐藤"], ["C5\n", "鈴木"]])
        #expect(problems.map { $0.text(in: .en) } == [
            "\(url.relativePath):3: the row has 1 values but the header has 2 columns",
            "\(url.relativePath):4: the row has 3 values but the header has 2 columns",
            "\(url.relativePath):7: the row has 4 values but the header has 2 columns",
        ])
    }

    @Test func undecodableByteNamesFileRowColumnAndOffset() throws {
        let folder = ScratchFolder()
        var bytes = Array("code,name\nC1,ok\nC2,bad ".utf8)
        let offset = bytes.count
        bytes += [0x82] + Array(" value\nC3,fine\n".utf8)
        let url = folder.write("bad.csv", bytes: bytes)
        var reader = try CSVTableReader(url: url, encoding: .utf8)
        let (rows, problems) = readCollecting(&reader)
        #expect(rows.map(\.cells) == [["C1", "ok"], ["C3", "fine"]])
        #expect(problems.count == 1)
        #expect(problems.first?.row == 3)
        #expect(problems.first?.column == "name")
        #expect(problems.first?.message == .undecodableByte(0x82, offset: offset, line: 3, encoding: .utf8))
        #expect(problems.first?.text(in: .en).contains("byte 0x82 at byte offset \(offset) (line 3) is not valid UTF-8") == true)
    }

    @Test func undecodableCP932ByteInAQuotedFieldCountsDoubledQuotes() throws {
        let folder = ScratchFolder()
        var bytes = Array("a\n\"\"\"x\"\"".utf8)
        let offset = bytes.count
        bytes += [0xFD] + Array("\"\n".utf8)
        var reader = try CSVTableReader(url: folder.write("q.csv", bytes: bytes), encoding: .sjis)
        let problem = #expect(throws: ExchangeProblem.self) { try reader.next() }
        #expect(problem?.message == .undecodableByte(0xFD, offset: offset, line: 2, encoding: .cp932))
    }

    @Test func unterminatedQuoteEndsTheFile() throws {
        let folder = ScratchFolder()
        var reader = try CSVTableReader(url: folder.write("open.csv", text: "a,b\n1,2\n3,\"never\nclosed\n"))
        #expect(try reader.next()?.cells == ["1", "2"])
        let problem = #expect(throws: ExchangeProblem.self) { try reader.next() }
        #expect(problem?.row == 3)
        #expect(problem?.message == .unterminatedQuote(line: 3))
        #expect(try reader.next() == nil)
    }

    @Test func emptyFileIsAProblem() {
        let folder = ScratchFolder()
        let url = folder.write("empty.csv", text: "")
        #expect { try CSVTableReader(url: url) } throws: { ($0 as? ExchangeProblem)?.message == .emptyFile }
    }

    @Test func missingFileIsAnIOProblem() {
        let url = URL(fileURLWithPath: "/nonexistent/customers.csv")
        let problem = #expect(throws: ExchangeProblem.self) { try CSVTableReader(url: url) }
        #expect(problem?.code == .io)
        #expect(problem?.file == "/nonexistent/customers.csv")
    }

    @Test func smallChunksSplitRecordsAnywhere() throws {
        // A file far larger than one 64 KB chunk, with quoted fields, CRLF and multi-byte
        // characters falling across chunk boundaries.
        let folder = ScratchFolder()
        let url = folder.file("big.csv")
        var writer = try CSVTableWriter(url: url, columns: ["n", "text"], encoding: .cp932)
        let rows = (0..<5_000).map { ["\($0)", $0 % 3 == 0 ? "髙①\"\($0)\"\r\n,ｱ" : "山田商店\($0)"] }
        try writeAll(&writer, rows)
        var reader = try CSVTableReader(url: url)
        #expect(try readAll(&reader).map(\.cells) == rows)
    }
}
