import Foundation
import RoundsExchange
import Testing
import ZIPFoundation

@Suite struct XLSXTableTests {
    @Test func roundTrip() throws {
        let folder = ScratchFolder()
        let url = folder.file("customers.xlsx")
        var writer = try XLSXTableWriter(url: url, columns: Samples.columns, sheetName: "顧客")
        try writeAll(&writer, Samples.rows + Samples.unicodeOnly + [["_x0041_ literal", "\u{1}control", "", ""]])
        var reader = try XLSXTableReader(url: url)
        #expect(reader.header == Samples.columns.map(\.name))
        let rows = try readAll(&reader)
        #expect(rows.map(\.cells) == Samples.rows + Samples.unicodeOnly + [["_x0041_ literal", "\u{1}control", "", ""]])
        #expect(rows.map(\.number) == Array(2...11))
        #expect(folder.names == ["customers.xlsx"])
    }

    @Test func numberColumnsAreTypedOnlyForPlainNumbers() throws {
        let folder = ScratchFolder()
        let url = folder.file("n.xlsx")
        var writer = try XLSXTableWriter(url: url, columns: [TableColumn("n", kind: .number)])
        try writeAll(&writer, [["1200000"], ["00123"], ["-0.5"], ["¥1,000"]])
        let sheet = try Self.part("xl/worksheets/sheet1.xml", of: url)
        #expect(sheet.contains(#"<c r="A2"><v>1200000</v></c>"#))
        #expect(sheet.contains(#"<c r="A3" t="inlineStr"><is><t>00123</t></is></c>"#))
        #expect(sheet.contains(#"<c r="A4"><v>-0.5</v></c>"#))
    }

    @Test func readsWhatExcelWrites() throws {
        // Shared strings with furigana (rPh), an inline string, gaps between cells, a header that
        // does not start in row 1, dates in a built-in Japanese format and a custom one, a time,
        // a boolean, a formula's cached value, `x:`-prefixed names and a CR escaped as _x000D_.
        let folder = ScratchFolder()
        let url = folder.file("excel.xlsx")
        try Self.makeWorkbook(at: url, parts: [
            "xl/workbook.xml": """
                <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <x:workbookPr/><x:sheets><x:sheet name="一覧" sheetId="7" r:id="rId3"/></x:sheets></x:workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="/xl/worksheets/data.xml"/>\
                <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
                Target="sharedStrings.xml"/>\
                <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                Target="styles.xml"/></Relationships>
                """,
            "xl/sharedStrings.xml": """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <si><t>顧客名</t><rPh sb="0" eb="3"><t>コキャクメイ</t></rPh></si>\
                <si><r><t>山田</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 商店</t></r>\
                <rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si>\
                <si><t>訪問日</t></si><si><t>時刻</t></si><si><t>line_x000D_\nbreak &amp; more</t></si></sst>
                """,
            "xl/styles.xml": """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="2"><numFmt numFmtId="176" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>\
                <numFmt numFmtId="177" formatCode="#,##0&quot;円&quot;"/></numFmts>\
                <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>\
                <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/>\
                <xf numFmtId="20"/></cellXfs></styleSheet>
                """,
            "xl/worksheets/data.xml": """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
                <x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>2</x:v></x:c>\
                <x:c r="D2" t="inlineStr"><x:is><x:t>金額</x:t></x:is></x:c><x:c r="E2" t="s"><x:v>3</x:v></x:c>\
                <x:c r="F2" t="str"><x:v>有効</x:v></x:c></x:row>
                <x:row r="3"><x:c r="B3" t="s"><x:v>1</x:v></x:c><x:c r="C3" s="1"><x:v>46355</x:v></x:c>\
                <x:c r="D3" s="3"><x:v>1234000</x:v></x:c><x:c r="E3" s="4"><x:v>0.375</x:v></x:c>\
                <x:c r="F3" t="b"><x:v>1</x:v></x:c></x:row>
                <x:row r="4" spans="2:6"/>
                <x:row r="5"><x:c r="B5" t="s"><x:v>4</x:v></x:c><x:c r="C5" s="2"><x:v>43586</x:v></x:c>\
                <x:c r="D5"><x:f>D3*2</x:f><x:v>2468000</x:v></x:c><x:c r="F5" t="b"><x:v>0</x:v></x:c></x:row>
                </x:sheetData></x:worksheet>
                """,
        ])
        var reader = try XLSXTableReader(url: url)
        #expect(reader.header == ["", "顧客名", "訪問日", "金額", "時刻", "有効"])
        let rows = try readAll(&reader)
        #expect(rows == [
            TableRow(number: 3, cells: ["", "山田 商店", "2026-11-29", "1234000", "09:00", "TRUE"]),
            TableRow(number: 5, cells: ["", "line\r\nbreak & more", "2019-05-01", "2468000", "", "FALSE"]),
        ])
    }

    @Test func valueRightOfTheHeaderIsAProblem() throws {
        let folder = ScratchFolder()
        let url = folder.file("wide.xlsx")
        try Self.makeWorkbook(at: url, parts: [
            "xl/workbook.xml": #"<workbook><sheets><sheet name="S" sheetId="1"/></sheets></workbook>"#,
            "xl/worksheets/sheet1.xml": """
                <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>\
                <row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>2</v></c></row>\
                <row r="3"><c r="A3"><v>3</v></c></row></sheetData></worksheet>
                """,
        ])
        var reader = try XLSXTableReader(url: url)
        let (rows, problems) = readCollecting(&reader)
        #expect(rows == [TableRow(number: 3, cells: ["3"])])
        #expect(problems.map { $0.text(in: .en) } == ["\(url.relativePath):2: column C has a value but no header"])
    }

    @Test func notAnXLSXFile() throws {
        let folder = ScratchFolder()
        let csv = folder.write("fake.xlsx", text: "a,b\n")
        #expect { try XLSXTableReader(url: csv) } throws: { ($0 as? ExchangeProblem)?.message == .notXLSX }
        let xls = folder.write("old.xlsx", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        #expect { try XLSXTableReader(url: xls) } throws: { ($0 as? ExchangeProblem)?.message == .oldExcelFile }
    }

    @Test func damagedSheetXMLIsAProblem() throws {
        let folder = ScratchFolder()
        let url = folder.file("broken.xlsx")
        try Self.makeWorkbook(at: url, parts: [
            "xl/workbook.xml": #"<workbook><sheets><sheet name="S" sheetId="1"/></sheets></workbook>"#,
            "xl/worksheets/sheet1.xml": #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a &bogus; b"#,
        ])
        #expect { try XLSXTableReader(url: url) } throws: { error in
            (error as? ExchangeProblem)?.text(in: .en).contains("xl/worksheets/sheet1.xml cannot be read") == true
        }
    }

    static func makeWorkbook(at url: URL, parts: [String: String]) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                data.subdata(in: Int($0)..<Int($0) + $1)
            }
        }
    }

    static func part(_ path: String, of url: URL) throws -> String {
        let archive = try Archive(url: url, accessMode: .read)
        var data = Data()
        _ = try archive.extract(archive[path]!) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
