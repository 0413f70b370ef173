@testable import RoundsStorage
import Testing

@Suite struct SearchGramsTests {
    /// `document` is built in one pass; it must index exactly the grams of the runs that queries are cut into.
    @Test(arguments: [
        "値上げ交渉", "", "a", "競合の東和冷機が港区で値引き攻勢", "４月からの値上げ（価格改定）を説明。田中様からは据え置き",
        "Ａ社 b 12-3 x", "定期訪問・ニトリル手袋の使用状況の確認", "  前後に空白  ", "一 二 三", "e\u{301}te ﾊﾝｶｸ",
    ])
    func documentHoldsTheGramsOfEveryRun(_ text: String) {
        let expected = SearchGrams.runs(text).map { run in
            run.count < 2 ? String(run) : (0..<(run.count - 1)).map { String(run[$0...$0 + 1]) }.joined(separator: " ")
        }.joined(separator: " ")
        #expect(SearchGrams.document(text) == expected)
    }
}
