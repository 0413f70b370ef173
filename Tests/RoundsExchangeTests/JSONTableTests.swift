import Foundation
import RoundsExchange
import Testing

@Suite struct JSONTableTests {
    @Test func roundTrip() throws {
        let folder = ScratchFolder()
        let url = folder.file("customers.json")
        var writer = try JSONTableWriter(url: url, columns: Samples.columns)
        try writeAll(&writer, Samples.rows + Samples.unicodeOnly + [["\u{1}\u{7F}", "\\/", "", ""]])
        var reader = try JSONTableReader(url: url)
        #expect(reader.header == Samples.columns.map(\.name))
        #expect(try readAll(&reader).map(\.cells) == Samples.rows + Samples.unicodeOnly + [["\u{1}\u{7F}", "\\/", "", ""]])
        #expect(folder.names == ["customers.json"])
    }

    @Test func prettyWithJapaneseUnescapedAndNumbersTyped() throws {
        let folder = ScratchFolder()
        let url = folder.file("c.json")
        var writer = try JSONTableWriter(url: url, columns: ["name", TableColumn("potential_yen", kind: .number)])
        try writeAll(&writer, [["髙橋商店", "1200000"], ["山田", ""], ["田中", "00123"]])
        #expect(String(decoding: folder.bytes("c.json"), as: UTF8.self) == """
            [
              {
                "name": "髙橋商店",
                "potential_yen": 1200000
              },
              {
                "name": "山田",
                "potential_yen": null
              },
              {
                "name": "田中",
                "potential_yen": "00123"
              }
            ]

            """)
        // An independent parser agrees.
        let parsed = try JSONSerialization.jsonObject(with: Data(folder.bytes("c.json"))) as! [[String: Any]]
        #expect(parsed[0]["potential_yen"] as? Int == 1_200_000)
    }

    @Test func headerIsTheUnionOfKeysInFirstSeenOrder() throws {
        let folder = ScratchFolder()
        let url = folder.write("u.json", text: """
            \u{FEFF}[
              {"code": "C1", "name": "山田", "potential": 1.5e3},
              {"code": "C2", "rank": "A", "active": true, "memo": null},

              {"name": "\\u9ad9\\u6a4b \\ud83d\\ude00", "code": "C3", "active": false},
              {"memo": null}
            ]
            """)
        var reader = try JSONTableReader(url: url)
        #expect(reader.header == ["code", "name", "potential", "rank", "active", "memo"])
        let rows = try readAll(&reader)
        #expect(rows == [
            TableRow(number: 2, cells: ["C1", "山田", "1.5e3", "", "", ""]),
            TableRow(number: 3, cells: ["C2", "", "", "A", "true", ""]),
            TableRow(number: 5, cells: ["C3", "髙橋 😀", "", "", "false", ""]),
        ])
    }

    @Test func rowProblemsLetReadingGoOn() throws {
        let folder = ScratchFolder()
        let url = folder.write("p.json", text: """
            [{"code": "C1", "tags": ["a", "b"]},
             {"code": "C2", "code": "again"},
             {"code": "C3"}]
            """)
        var reader = try JSONTableReader(url: url)
        let (rows, problems) = readCollecting(&reader)
        #expect(rows.map(\.cells) == [["C3", ""]])
        #expect(problems.map { $0.text(in: .en) } == [
            "\(url.relativePath):1: tags: nested objects and arrays are not supported; give text, a number, true, false or null",
            "\(url.relativePath):2: code: the key appears twice in this object",
        ])
    }

    @Test(arguments: [
        (#"{"code": "C1"}"#, "1: the JSON must be an array of objects"),
        ("[1, 2]", "1: the JSON must be an array of objects"),
        ("[\n{\"code\": \"C1\"}\n{\"code\": \"C2\"}]", "3: malformed JSON: expected ,"),
        ("[{\"code\": 01}]", "1: malformed JSON: expected value"),
        ("[{\"code\": \"C1\"}] trailing", "1: malformed JSON: expected end of file"),
        ("[]", "the file has no header row and no data"),
    ])
    func malformedFilesAreReportedWithTheirLine(json: String, expected: String) {
        let folder = ScratchFolder()
        let url = folder.write("bad.json", text: json)
        let problem = #expect(throws: ExchangeProblem.self) { try JSONTableReader(url: url) }
        #expect(problem?.text(in: .en).hasPrefix("\(url.relativePath)\(expected.first!.isNumber ? ":" : ": ")\(expected)") == true,
                "\(problem?.text(in: .en) ?? "no problem")")
    }
}
