import Foundation

/// How text is indexed for search: NFKC-folded, lower-cased, cut into overlapping two-character
/// grams per run of letters and digits. A query becomes a phrase of its own grams, so any substring
/// of two characters or more matches — `港区` as well as `千代田` inside `東京都千代田区` — which
/// SQLite's trigram tokenizer cannot do for two-character Japanese words.
///
/// ```swift
/// SearchGrams.document("値上げ交渉")   // "値上 上げ げ交 交渉"
/// SearchGrams.phrases("値上げ")        // ["値上 上げ"]
/// ```
enum SearchGrams {
    /// The grams to index for `text`, separated by spaces (FTS5's unicode61 tokenizer splits them):
    /// the grams of each of `runs(text)`, a lone character for a run of one. Built in one pass, and
    /// without Unicode normalization for the plain Japanese and ASCII most texts are, as a bulk load
    /// indexes hundreds of thousands of them.
    static func document(_ text: String) -> String {
        var grams = GramBuilder()
        if text.unicodeScalars.allSatisfy({ plainKind($0) != nil }) {
            for scalar in text.unicodeScalars {
                let lowered = (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
                grams.add(Character(lowered), isWord: plainKind(scalar)!)
            }
        } else {
            for character in text.precomposedStringWithCompatibilityMapping.lowercased() {
                grams.add(character, isWord: character.isLetter || character.isNumber)
            }
        }
        return grams.finished
    }

    /// For a character that NFKC leaves as it is (or turns into another separator): whether it is
    /// a letter or digit. Nil for anything else, which takes the general path.
    private static func plainKind(_ scalar: Unicode.Scalar) -> Bool? {
        switch scalar.value {
        case 48...57, 65...90, 97...122: true
        case 0...127: false
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x4E00...0x9FFF: true // kana, ー, kanji
        case 0x3001, 0x3002, 0x300C...0x300F, 0x30FB, 0xA5, 0xFF08, 0xFF09: false // 、。「」『』・¥（）
        default: nil
        }
    }

    /// Accumulates the grams of consecutive word characters, separated by spaces.
    private struct GramBuilder {
        var text = ""
        private var previous: Character?
        private var runLength = 0

        mutating func add(_ character: Character, isWord: Bool) {
            if isWord {
                if let previous { append(previous, character) }
                previous = character
                runLength += 1
            } else {
                endRun()
            }
        }

        var finished: String {
            mutating get {
                endRun()
                return text
            }
        }

        private mutating func endRun() {
            if runLength == 1, let previous { append(previous) }
            previous = nil
            runLength = 0
        }

        private mutating func append(_ characters: Character...) {
            if !text.isEmpty { text.append(" ") }
            for character in characters { text.append(character) }
        }
    }

    /// The phrases a query looks for, one per word: the word's grams separated by spaces, each
    /// to occur as a substring (all of them); nil when a word is shorter than two characters (the
    /// caller falls back to a scan).
    static func phrases(_ text: String) -> [String]? {
        let words = runs(text)
        guard !words.isEmpty, words.allSatisfy({ $0.count >= 2 }) else { return nil }
        return words.map { grams(of: $0).joined(separator: " ") }
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
