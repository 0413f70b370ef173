import Foundation
import RoundsExchange
import Testing

@Suite struct ICSTextTests {
    @Test func escapesTextValues() {
        #expect(ICSText.escaped("山田商店; 本店, 2F") == "山田商店\\; 本店\\, 2F")
        #expect(ICSText.escaped("a\\b") == "a\\\\b")
        #expect(ICSText.escaped("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
        #expect(ICSText.escaped("tab\there\u{07}") == "tab\there")
        #expect(ICSText.escaped("") == "")
    }

    @Test func shortLinesEndInCRLF() {
        #expect(ICSText.line("SUMMARY", "山田商店 (C1)") == "SUMMARY:山田商店 (C1)\r\n")
        #expect(ICSText.folded(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75) + "\r\n")
    }

    @Test func foldsASCIIAt75Octets() {
        let folded = ICSText.folded(String(repeating: "a", count: 160))
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.map(\.utf8.count) == [75, 75, 12])
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(unfold(folded) == String(repeating: "a", count: 160))
    }

    @Test func neverSplitsAMultiByteCharacter() {
        // "DESCRIPTION:" is 12 octets; each 漢 is 3: 21 fit (75 octets), and the 22nd goes on.
        let value = String(repeating: "漢", count: 50) + "😀" + "abc"
        let folded = ICSText.line("DESCRIPTION", value)
        #expect(folded.hasSuffix("\r\n"))
        for line in folded.components(separatedBy: "\r\n").dropLast() {
            #expect(line.utf8.count <= 75, "\(line)")
            // Every physical line is valid UTF-8 by itself: no character was cut.
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines[0].utf8.count == 75)
        #expect(unfold(folded) == "DESCRIPTION:" + value)
    }

    @Test func escapedThenFoldedUnfoldsToTheEscapedValue() {
        let value = ICSText.escaped("目的: 定期訪問, 在庫確認; 次回\n提案書を持参 \\ 見積")
        #expect(unfold(ICSText.line("DESCRIPTION", value)) == "DESCRIPTION:" + value)
    }

    /// RFC 5545 unfolding: a CRLF followed by one space or tab is removed.
    private func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "")
    }
}
