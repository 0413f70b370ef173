import Foundation
import RoundsDomain
import RoundsExchange
import Testing

@Suite struct ValueTests {
    @Test(arguments: [
        ("2026-11-29", "2026-11-29"), ("2026/11/29", "2026-11-29"), ("2026/1/5", "2026-01-05"),
        ("2026.1.5", "2026-01-05"), ("2026年11月29日", "2026-11-29"), ("２０２６／１１／２９", "2026-11-29"),
        ("R8.11.29", "2026-11-29"), ("R8/11/29", "2026-11-29"), ("r8-11-29", "2026-11-29"), ("Ｒ８．１１．２９", "2026-11-29"),
        ("令和8年11月29日", "2026-11-29"), ("令和元年5月1日", "2019-05-01"), ("R1.5.1", "2019-05-01"), ("㋿8.11.29", "2026-11-29"),
        ("H31.4.30", "2019-04-30"), ("平成31年4月30日", "2019-04-30"), ("平成元年1月8日", "1989-01-08"), ("㍻1.1.8", "1989-01-08"),
        ("S64.1.7", "1989-01-07"), ("令和 8年11月29日", "2026-11-29"), ("昭和64年1月7日", "1989-01-07"), ("S1.12.25", "1926-12-25"),
        ("2024/2/29", "2024-02-29"), (" 2026/11/29 0:00 ", "2026-11-29"), ("2026-11-29T00:00:00", "2026-11-29"),
    ])
    func datesJapaneseFilesUse(text: String, expected: String) throws {
        #expect(try JapaneseDate.parse(text).description == expected)
    }

    @Test(arguments: [
        ("H31.5.1", Message.outsideEra(.heisei)), ("平成31年5月1日", .outsideEra(.heisei)), ("R1.4.30", .outsideEra(.reiwa)),
        ("H1.1.7", .outsideEra(.heisei)), ("S64.1.8", .outsideEra(.showa)), ("S1.12.24", .outsideEra(.showa)),
        ("2026/2/29", .noSuchDate), ("2026-13-01", .noSuchDate), ("R8.4.31", .noSuchDate), ("2100/2/29", .noSuchDate),
        ("26/11/29", .dateFormat), ("2026/11-29", .dateFormat), ("R0.1.1", .dateFormat), ("R8", .dateFormat),
        ("2026/11/29 9:30", .dateFormat), ("明日", .dateFormat), ("", .dateFormat), ("2026年11月29日x", .dateFormat),
    ])
    func badDatesSayWhy(text: String, reason: Message) {
        #expect(throws: RoundsError(.invalidValue, .invalidField("visit_date", text, reason))) {
            try JapaneseDate.parse(text, field: "visit_date")
        }
    }

    @Test func eraMessagesNameTheRange() {
        #expect(Message.outsideEra(.heisei).en == "outside the Heisei (平成) era, 1989-01-08 – 2019-04-30")
        #expect(Message.outsideEra(.reiwa).ja == "令和の期間（2019-05-01 –）外の日付です")
    }

    @Test func halfWidthLeavesKanaAlone() {
        #expect(HalfWidth.fold("Ｃ－００１　ｱｲｳ　アイウ　①") == "C-001 ｱｲｳ アイウ ①")
        #expect(HalfWidth.numeric("０３ー１２３４−５６７８") == "03-1234-5678")
    }

    @Test(arguments: [
        ("¥1,234,000", 1_234_000), ("\\1,234,000", 1_234_000), ("￥１，２３４，０００", 1_234_000), ("１２０万", 1_200_000), ("1,234,000円", 1_234_000),
        ("－５００", -500), ("1.2億", 120_000_000),
    ])
    func amounts(text: String, yen: Int) throws {
        #expect(try Amount.yen(text) == yen)
    }

    @Test func badAmountShowsTheValueAsTyped() {
        #expect(throws: RoundsError(.invalidValue, .invalidField("potential_yen", "１２ab", .yenFormat))) {
            try Amount.yen("１２ab", field: "potential_yen")
        }
    }

    @Test(arguments: ["=SUM(A1)", "+1", "-", "-x", "@x", "'", "'quoted", "''", "'=x", "\tx", "＝１", "-12", "+81", "-1.5",
                      "plain", "", "a'b", "'abc", "'-12", "-1.", "1-2"])
    func neutralizeThenRestoreGivesTheValueBack(value: String) {
        #expect(CellSafety.restore(CellSafety.neutralize(value)) == value)
    }

    @Test func neutralizeMarksOnlyFormulaStarts() {
        #expect(CellSafety.neutralize("=SUM(A1)") == "'=SUM(A1)")
        #expect(CellSafety.neutralize("+81-3-1234-5678") == "'+81-3-1234-5678")
        #expect(CellSafety.neutralize("@x") == "'@x")
        #expect(CellSafety.neutralize("'quoted") == "''quoted")
        #expect(CellSafety.neutralize("-12") == "-12")
        #expect(CellSafety.neutralize("-1.5") == "-1.5")
        #expect(CellSafety.neutralize("山田") == "山田")
        // A value no export produces is left as it is.
        #expect(CellSafety.restore("'abc") == "'abc")
        #expect(CellSafety.restore("'-12") == "'-12")
    }
}
