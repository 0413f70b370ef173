import Foundation

/// FTS5's `bm25()` (SQLite's `fts5_aux.c`), step by step in the same order, so PostgreSQL ranks
/// search hits exactly as SQLite does: each phrase weighs by how rare it is in the whole index,
/// and counts for more in a short text than in a long one.
///
/// ```swift
/// let relevance = SearchRelevance(phrases: ["値上 上げ"], documents: 120, grams: 3_000, hits: [4])
/// relevance.score("値上 上げ げ交 交渉") > relevance.score("来月 月か から 値上 上げ")   // true
/// ```
///
/// Texts are cut into tokens as FTS5's `unicode61` tokenizer cuts them: runs of letters, digits
/// and private-use characters, so a combining mark or a variation selector inside a gram (`葛󠄀`)
/// splits it there too. (FTS5 also folds a few letters Swift lower-cases otherwise, such as a
/// final sigma; such words may rank, and match, differently.)
struct SearchRelevance {
    private static let k1 = 1.2
    private static let b = 0.75
    /// Each phrase's grams, as UTF-8: FTS5 compares tokens bytewise.
    private let phrases: [[String.UTF8View]]
    private let inverseFrequencies: [Double]
    private let averageLength: Double

    /// `documents` and `grams`: the index's rows and grams in all; `hits`: for each phrase, the rows
    /// of the whole index holding it.
    init(phrases: [String], documents: Int64, grams: Int64, hits: [Int64]) {
        self.phrases = phrases.map { Self.tokens($0).map { String($0).utf8 } }
        averageLength = Double(grams) / Double(documents)
        inverseFrequencies = hits.map { hits in
            let idf = log((Double(documents - hits) + 0.5) / (Double(hits) + 0.5))
            // A phrase in half the rows or more would weigh nothing or less: FTS5 clamps it (and
            // totals gone wrong, more hits than rows, weigh the same rather than NaN).
            return idf > 0 ? idf : 1e-6
        }
    }

    /// Higher is better: FTS5's `rank` is its negation.
    func score(_ document: String) -> Double {
        let grams = Self.tokens(document).map(\.utf8)
        let length = Double(grams.count)
        var score = 0.0
        for (phrase, idf) in zip(phrases, inverseFrequencies) {
            let frequency = Double(Self.occurrences(of: phrase, in: grams))
            score += idf * ((frequency * (Self.k1 + 1.0)) / (frequency + Self.k1 * (1 - Self.b + Self.b * length / averageLength)))
        }
        return score
    }

    /// `unicode61`'s tokens (with its default categories `L* N* Co`).
    static func tokens(_ text: String) -> [Substring] {
        text.unicodeScalars.split { scalar in
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .privateUse: false
            default: true
            }
        }.map(Substring.init)
    }

    /// Every position the phrase starts at, overlapping ones included (FTS5's instances).
    private static func occurrences(of phrase: [String.UTF8View], in grams: [Substring.UTF8View]) -> Int {
        guard !phrase.isEmpty, grams.count >= phrase.count else { return 0 }
        return (0...(grams.count - phrase.count)).count(where: { start in
            phrase.indices.allSatisfy { grams[start + $0].elementsEqual(phrase[$0]) }
        })
    }
}
