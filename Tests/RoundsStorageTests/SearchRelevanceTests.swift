@testable import RoundsStorage
import Testing

@Suite struct SearchRelevanceTests {
    /// Texts from a few characters, so grams repeat within a text (and overlap: `ああああ`) and
    /// across texts, with lengths from one gram to a hundred; a kanji with a variation selector
    /// and a Thai vowel sign are marks FTS5 cuts tokens at.
    static func texts(count: Int) -> [String] {
        var generator = SplitMix(seed: 7)
        let alphabet = Array("値上げ港区冷ああ東和 、葛\u{E0100}กิ")
        return (0..<count).map { _ in
            String((0..<Int.random(in: 1...100, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
    }

    /// The Swift BM25 gives FTS5's `bm25()` to the last bit, for one and for several phrases,
    /// phrases that overlap themselves and phrases in more than half the rows (clamped weights).
    @Test(arguments: ["値上", "ああ", "港区 東和", "上げ 区冷", "ああああ", "上げ 区冷 東和", "値葛\u{E0100}", "กิ値"])
    func scoresAreFTS5s(_ query: String) throws {
        let store = try Backend.sqlite.makeStore()
        let documents = Self.texts(count: 400).map(SearchGrams.document)
        try store.backend.write { db in
            for (index, document) in documents.enumerated() {
                _ = try db.execute("INSERT INTO search_index (rowid, grams) VALUES (?, ?)", [Int64(index + 1) * 4 + 1, document])
            }
        }
        let phrases = try #require(SearchGrams.phrases(query))
        let grams = documents.reduce(0) { $0 + SearchRelevance.tokens($1).count }
        let (hits, ranked) = try store.backend.read { db in
            (try phrases.map { try db.value(Int64.self, "SELECT count(*) FROM search_index WHERE search_index MATCH ?", ["\"" + $0 + "\""])! },
             try db.rows("SELECT grams, bm25(search_index) FROM search_index WHERE search_index MATCH ?",
                         [phrases.map { "\"" + $0 + "\"" }.joined(separator: " AND ")]))
        }
        let relevance = SearchRelevance(phrases: phrases, documents: Int64(documents.count), grams: Int64(grams), hits: hits)
        #expect(!ranked.isEmpty)
        for row in ranked {
            #expect(relevance.score(row[0]) == -(row[1] as Double), "\(row[0] as String)")
        }
    }
}
