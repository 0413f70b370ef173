import RoundsExchange
import Testing

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhenNeeded() {
        #expect(CSVWriter.line(["C1", "山田商店", ""]) == "C1,山田商店,")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVWriter.field("cr\r") == "\"cr\r\"")
        #expect(CSVWriter.field("crlf\r\ninside") == "\"crlf\r\ninside\"")
        // A quote and a combining mark make one Character; the quote still doubles.
        #expect(CSVWriter.field("a\"\u{0301}b") == "\"a\"\"\u{0301}b\"")
    }
}
