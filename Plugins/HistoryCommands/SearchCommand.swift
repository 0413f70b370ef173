import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

/// `search TEXT [--kind …]`: everything written about customers that contains TEXT, best first.
struct SearchCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "search", abstract: Message.searchAbstract.text(),
                             discussion: Message.searchDiscussion.text())
    }

    @Argument(help: ArgumentHelp(Message.searchTextHelp.text(), valueName: "text")) var text: String
    @Option(help: ArgumentHelp(Message.searchKindHelp.text(), valueName: "kind,…")) var kind: String?
    @Option(help: ArgumentHelp(Message.searchLimitHelp.text(), valueName: "n")) var limit = 20
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw RoundsError(.usage, .requiredField("text")) }
        var query = SearchQuery(text: text, limit: max(1, limit))
        for word in (kind ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if let kind = SearchKind(rawValue: word.lowercased()) {
                query.kinds.append(kind)
            } else if let noteKind = try? NoteKind(parsing: word) {
                query.noteKinds.append(noteKind)
                query.kinds.append(.note)
            } else {
                // NoteKind's own error would offer only note kinds; record kinds are as valid here.
                let kinds = SearchKind.allCases.map(\.rawValue) + NoteKind.allCases.map(\.rawValue)
                throw RoundsError(.invalidValue, .invalidField("kind", word, .oneOf(kinds)))
            }
        }
        // The limit caps the hits shown, not the count: `--count` asks how many there are.
        if listing.count { return try session.emitCount(try session.store().searchCount(query), listing) }
        var table = Listing(columns: [
            .init("kind", .kindHeader), .init("id", .idHeader, align: .right), .init("date", .dateHeader),
            .init("customer", .customerHeader), .init("name", .searchNameHeader), .init("snippet", .snippetHeader),
            .init("text", .noteTextHeader),
        ])
        for hit in try session.store().search(query) {
            table.append([.label(code: hit.kind.rawValue, hit.kind.label), .integer(hit.id), .text(hit.date), .text(hit.customer),
                          .text(hit.customerName), .text(Snippet.around(text, in: hit.text)), .text(hit.text)])
        }
        let format = session.format(listing)
        try session.emit(format == .table ? table.selecting(["kind", "id", "date", "customer", "name", "snippet"]) : table, listing)
    }
}

/// A window of text around the first word's first match, the match in 【】 as Japanese documents mark it.
enum Snippet {
    static func around(_ query: String, in text: String, context: Int = 20) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        let word = query.split(separator: " ").first.map(String.init) ?? query
        guard let range = flat.range(of: word, options: [.caseInsensitive, .widthInsensitive]) else {
            return String(flat.prefix(context * 2)) + (flat.count > context * 2 ? "…" : "")
        }
        let start = flat.index(range.lowerBound, offsetBy: -context, limitedBy: flat.startIndex) ?? flat.startIndex
        let end = flat.index(range.upperBound, offsetBy: context, limitedBy: flat.endIndex) ?? flat.endIndex
        return (start > flat.startIndex ? "…" : "") + flat[start..<range.lowerBound] + "【" + flat[range] + "】"
            + flat[range.upperBound..<end] + (end < flat.endIndex ? "…" : "")
    }
}

extension SearchKind {
    var label: Message {
        switch self {
        case .note: Message(en: "note", ja: "メモ")
        case .visit: Message(en: "visit", ja: "訪問")
        case .deal: Message(en: "deal", ja: "商談")
        }
    }
}

extension Message {
    static let searchAbstract = Message(en: "Search notes, visit reports and deals (Japanese substrings too).",
                                        ja: "メモ・訪問報告・商談を全文検索します（日本語の部分一致も可）")
    static let searchDiscussion = Message(
        en: "Any part of a word of two characters or more matches: 千代田 finds 東京都千代田区, 値上 finds 値上げ. Several words must all occur. Best matches first (rarer words, more of them, shorter texts); when more than 1,000 records match, the newest first.",
        ja: "2文字以上なら語の一部でも一致します（千代田 → 東京都千代田区、値上 → 値上げ）。複数の語はすべてを含むものを探します。関連の高い順（珍しい語・多く含む・短い文）に、1,000件を超えて一致するときは新しい順に表示します。")
    static let searchTextHelp = Message(en: "What to look for.", ja: "検索する語")
    static let searchKindHelp = Message(en: "Only these: note, visit, deal, or a note kind (competitor, request, general).",
                                        ja: "対象: note・visit・deal、またはメモの種類（competitor・request・general）")
    static let searchLimitHelp = Message(en: "Show at most this many hits (default 20).", ja: "表示する最大件数（既定 20）")
    static let searchNameHeader = Message(en: "name", ja: "顧客名")
    static let snippetHeader = Message(en: "snippet", ja: "抜粋")
}
