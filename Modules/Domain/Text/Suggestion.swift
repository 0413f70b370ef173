/// "Did you mean …?" for every name a user can mistype: commands, fields, options.
///
/// ```swift
/// Suggestion.nearest(to: "rnak", among: ["rank", "rep"])   // "rank"
/// ```
public enum Suggestion {
    /// The closest candidate by edit distance (a swap of two letters counts once), at most a third
    /// of the word; else the only candidate the word begins.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance($0, name)) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3), best.1 < name.count {
            return best.0
        }
        let prefixed = candidates.filter { name.count >= 3 && $0.hasPrefix(name) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Optimal string alignment distance: Levenshtein plus adjacent transpositions (rnak → rank).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = (0...a.count).map { i in (0...b.count).map { j in i == 0 ? j : (j == 0 ? i : 0) } }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
