import Foundation

/// How text is indexed for search: NFKC-folded, lower-cased, cut into overlapping two-character
/// grams per run of letters and digits. A query becomes a phrase of its own grams, so any substring
/// of two characters or more matches — `港区` as well as `千代田` inside `東京都千代田区` — which
/// SQLite's trigram tokenizer cannot do for two-character Japanese words.
///
/// ```swift
/// SearchGrams.document("値上げ交渉")   // "値上 上げ げ交 交渉"
/// SearchGrams.query("値上げ")          // "\"値上 上げ\""
/// ```
enum SearchGrams {
    /// The grams to index for `text`, separated by spaces (FTS5's unicode61 tokenizer splits them).
    static func document(_ text: String) -> String {
        runs(text).map { grams(of: $0).joined(separator: " ") }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// An FTS5 MATCH expression: each word of the query must occur as a substring (AND), or nil
    /// when a word is shorter than two characters (the caller falls back to a scan).
    static func query(_ text: String) -> String? {
        let words = runs(text)
        guard !words.isEmpty, words.allSatisfy({ $0.count >= 2 }) else { return nil }
        return words.map { "\"" + grams(of: $0).joined(separator: " ") + "\"" }.joined(separator: " AND ")
    }

    /// Runs of letters and digits, folded so full-width and half-width forms meet.
    static func runs(_ text: String) -> [[Character]] {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var runs: [[Character]] = [[]]
        for character in folded {
            if character.isLetter || character.isNumber {
                runs[runs.count - 1].append(character)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    private static func grams(of run: [Character]) -> [String] {
        guard run.count >= 2 else { return run.map(String.init) }
        return (0..<(run.count - 1)).map { String(run[$0...$0 + 1]) }
    }
}
