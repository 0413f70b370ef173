import Foundation
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct EncodingTests {
    @Test(arguments: [
        ("①", [0x87, 0x40]), ("髙", [0xFB, 0xFC]), ("～", [0x81, 0x60]), ("－", [0x81, 0x7C]),
        ("ｱ", [0xB1]), ("∵", [0x81, 0xE6]), ("纊", [0xFA, 0x5C]), ("Ⅰ", [0x87, 0x54]), ("\\", [0x5C]), ("~", [0x7E]),
    ] as [(String, [UInt8])])
    func cp932CodesAreWindowsCodes(text: String, bytes: [UInt8]) throws {
        #expect(try TextEncoding.cp932.encode(text) == bytes)
        #expect(try TextEncoding.cp932.decode(bytes) == text)
    }

    @Test func cp932ReadsNECAndIBMDuplicatesAsOneCharacter() throws {
        // ∵ has three codes (JIS, NEC row 13, IBM); 纊 two (NEC-selected IBM, IBM).
        #expect(try TextEncoding.cp932.decode([0x87, 0x9A]) == "∵")
        #expect(try TextEncoding.cp932.decode([0xFA, 0x5B]) == "∵")
        #expect(try TextEncoding.cp932.decode([0xED, 0x40]) == "纊")
    }

    @Test(arguments: ["〜", "−", "‖", "—", "¢", "😀", "\u{3099}"])
    func cp932RefusesCharactersItLacksInsteadOfSubstituting(text: String) {
        #expect(throws: TextCodingFailure.unencodable(Character(text))) { try TextEncoding.cp932.encode(text) }
    }

    @Test func yenSignsAreWrittenFullWidth() throws {
        // CP932's own 0x5C is the backslash; a yen sign in a note must not stop a Shift_JIS export.
        #expect(try TextEncoding.cp932.encode("¥1,200") == [0x81, 0x8F] + Array("1,200".utf8))
        #expect(try TextEncoding.cp932.decode([0x81, 0x8F]) == "￥")
    }

    @Test func undecodableBytesAreReportedWithTheirOffset() {
        #expect(throws: TextCodingFailure.undecodableByte(0xFD, offset: 2)) { try TextEncoding.cp932.decode([0x41, 0x42, 0xFD]) }
        #expect(throws: TextCodingFailure.undecodableByte(0x82, offset: 1)) { try TextEncoding.cp932.decode([0x41, 0x82]) }
        #expect(throws: TextCodingFailure.undecodableByte(0x82, offset: 3)) {
            try TextEncoding.utf8.decode(Array("abc".utf8) + [0x82, 0xA0])
        }
    }

    @Test func choiceNames() {
        #expect(TextEncodingChoice(name: "Shift_JIS") == .sjis)
        #expect(TextEncodingChoice(name: "CP932") == .sjis)
        #expect(TextEncodingChoice(name: "UTF-8") == .utf8)
        #expect(TextEncodingChoice(name: "latin1") == nil)
    }

    @Test func autoDetection() throws {
        let folder = ScratchFolder()
        let sjis = folder.write("sjis.csv", bytes: try TextEncoding.cp932.encode("顧客名\n①髙橋\n"))
        let bom = folder.write("bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("顧客名\n山田\n".utf8))
        let utf8 = folder.write("utf8.csv", text: "顧客名\n山田\n")
        let ascii = folder.write("ascii.csv", text: "name\nYamada\n")
        #expect(try TextEncodingChoice.auto.resolve(for: sjis) == .cp932)
        #expect(try TextEncodingChoice.auto.resolve(for: bom) == .utf8WithBOM)
        #expect(try TextEncodingChoice.auto.resolve(for: utf8) == .utf8)
        #expect(try TextEncodingChoice.auto.resolve(for: ascii) == .utf8)
        #expect(try TextEncodingChoice.sjis.resolve(for: utf8) == .cp932)
    }

    @Test func autoDetectionLooksPastTheFirstChunks() throws {
        // 200 KB of ASCII first: a guess from the start of the file would say UTF-8.
        let folder = ScratchFolder()
        let text = "code,name\n" + String(repeating: "C0000,Yamada\n", count: 16_000) + "C9999,山田商店\n"
        let url = folder.write("late.csv", bytes: try TextEncoding.cp932.encode(text))
        var reader = try CSVTableReader(url: url)
        #expect(reader.encoding == .cp932)
        #expect(try readAll(&reader).last?.cells == ["C9999", "山田商店"])
    }

    @Test func utf16IsRefusedWithAHint() {
        let folder = ScratchFolder()
        let url = folder.write("unicode.txt", bytes: [0xFF, 0xFE, 0x41, 0x00])
        #expect { try CSVTableReader(url: url) } throws: { error in
            (error as? ExchangeProblem)?.message == .utf16NotSupported
        }
    }
}
