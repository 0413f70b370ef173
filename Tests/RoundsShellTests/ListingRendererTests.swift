@testable import RoundsShell
import RoundsDomain
import Testing

@Suite struct ListingRendererTests {
    func sample() -> Listing {
        var listing = Listing(columns: [.init("code", Message(en: "code", ja: "コード")),
                                        .init("name", Message(en: "name", ja: "顧客名")),
                                        .init("potential", Message(en: "potential", ja: "ポテンシャル"), align: .right),
                                        .init("rank", Message(en: "rank", ja: "ランク"))])
        listing.append([.text("C1"), .text("山田精機"), .yen(1_200_000), .label(code: "focus", Rank.focus.label)])
        listing.append([.text("C2"), .text("A \"quoted\", name"), .yen(5), .null])
        return listing
    }

    @Test func tableAlignsByDisplayWidth() {
        let lines = ListingRenderer.render(sample(), as: .table).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [
            "code  name" + String(repeating: " ", count: 15) + "potential  rank",
            "----  ----------------  ----------  -----",
            "C1    山田精機          ¥1,200,000  focus",
            "C2    A \"quoted\", name          ¥5",
            "",
        ])
    }

    @Test func displayWidthCountsWideCharacters() {
        #expect(DisplayWidth.of("山田") == 4)
        #expect(DisplayWidth.of("ｱｲｳ") == 3)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.pad("山", to: 4, align: .right) == "  山")
    }

    @Test func csvQuotesAndKeepsRawValues() {
        #expect(ListingRenderer.render(sample(), as: .csv) == """
            code,name,potential,rank
            C1,山田精機,1200000,focus
            C2,"A ""quoted"", name",5,

            """)
    }

    @Test func jsonKeepsColumnOrderAndTypes() {
        #expect(ListingRenderer.render(sample(), as: .json) == """
            [
              {"code": "C1", "name": "山田精機", "potential": 1200000, "rank": "focus"},
              {"code": "C2", "name": "A \\"quoted\\", name", "potential": 5, "rank": null}
            ]

            """)
        #expect(ListingRenderer.render(Listing(columns: []), as: .json) == "[]\n")
        #expect(JSON.string("a\u{1}b\n") == "\"a\\u0001b\\n\"")
    }
}

@Suite struct SparklineTests {
    @Test func scalesToTheLargestValue() {
        #expect(Sparkline.render([0, 2, 4, 8, 1]) == "▁▂▄█▁")
        #expect(Sparkline.render([0, 0]) == "▁▁")
        #expect(Sparkline.render([]) == "")
        #expect(Sparkline.render([5]) == "█")
    }
}
