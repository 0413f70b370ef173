import RoundsDomain

/// Full-text search over what was written about customers: notes, visit reports and deals.
///
/// ```swift
/// let hits = try store.search(SearchQuery(text: "値上げ", kinds: [.note]))
/// ```
public protocol SearchStore {
    /// Hits ranked by relevance (BM25), best first — or newest first when more than a thousand
    /// records match; substrings of two characters or more match, Japanese included.
    func search(_ query: SearchQuery) throws -> [SearchHit]
    /// How many records match `query`, all of them: its limit does not apply.
    func searchCount(_ query: SearchQuery) throws -> Int
}

/// Where a hit comes from. Notes can be narrowed to one of their kinds.
public enum SearchKind: String, Sendable, CaseIterable {
    case note
    case visit
    case deal

    /// The number stored in the index row id (`id * 4 + code`), so a hit finds its record without a join.
    var code: Int64 {
        switch self {
        case .note: 1
        case .visit: 2
        case .deal: 3
        }
    }
}

public struct SearchQuery: Sendable {
    public var text: String
    /// Empty: every kind.
    public var kinds: [SearchKind]
    /// Empty: every kind of note.
    public var noteKinds: [NoteKind]
    public var limit: Int

    public init(text: String, kinds: [SearchKind] = [], noteKinds: [NoteKind] = [], limit: Int = 20) {
        self.text = text
        self.kinds = kinds
        self.noteKinds = noteKinds
        self.limit = limit
    }
}

public struct SearchHit: Sendable, Equatable {
    public var kind: SearchKind
    /// The note, visit or deal id.
    public var id: Int
    public var customer: String
    public var customerName: String
    public var date: String
    /// The text that matched, whole.
    public var text: String
}
