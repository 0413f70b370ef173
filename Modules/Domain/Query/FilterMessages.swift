/// The texts of `--where` and `--sort` errors. Each names the 1-based column it is about, so a
/// long expression can be fixed without counting by hand.
extension RoundsError {
    static func filter(at column: Int, _ detail: Message) -> RoundsError {
        RoundsError(.usage, Message(en: "column \(column): \(detail.en)", ja: "\(column) 文字目: \(detail.ja)"))
    }
}

extension Message {
    static let emptyFilter = Message(en: "empty expression; write a condition such as rank = focus",
                                     ja: "条件式が空です。rank = focus のように条件を書いてください")
    static let emptySort = Message(en: "empty sort list; write fields such as rank,-potential",
                                   ja: "並び順が空です。rank,-potential のように項目を書いてください")

    static func unknownField(_ name: String, suggestion: String?, entity: String) -> Message {
        guard let suggestion else {
            return Message(en: "unknown field '\(name)' ('help fields \(entity)' lists them)",
                           ja: "項目 '\(name)' はありません（'help fields \(entity)' で一覧を表示します）")
        }
        return Message(en: "unknown field '\(name)' (did you mean '\(suggestion)'?)",
                       ja: "項目 '\(name)' はありません（'\(suggestion)' のことですか？）")
    }

    static func unterminatedString(closedBy quote: Character) -> Message {
        Message(en: "unterminated string; close it with \(quote)", ja: "文字列が閉じていません。\(quote) で閉じてください")
    }

    static func loneSymbol(_ symbol: Character) -> Message {
        let word = symbol == "&" ? "and" : "or"
        return Message(en: "unexpected '\(symbol)'; use '\(symbol)\(symbol)' or '\(word)'",
                       ja: "'\(symbol)' は使えません。'\(symbol)\(symbol)' か '\(word)' を使ってください")
    }

    /// `expected a value after '>='`, naming what came instead unless the text just ended.
    static func expected(_ what: FilterExpectation, after previous: String, found: String?) -> Message {
        Message(en: "expected \(what.text.en) after \(previous)" + (found.map { ", found \($0)" } ?? ""),
                ja: "\(previous) の後に\(what.text.ja)が必要です" + (found.map { "（\($0) があります）" } ?? ""))
    }

    static func unexpected(_ token: String) -> Message {
        Message(en: "unexpected \(token); expected a condition such as rank = focus",
                ja: "\(token) は書けません。rank = focus のような条件が必要です")
    }

    static let unmatchedClose = Message(en: "unexpected ')' without a matching '('", ja: "対応する '(' のない ')' があります")
    static let unclosedParenthesis = Message(en: "'(' is not closed", ja: "'(' が閉じていません")

    static func expectedConnective(before token: String, insideParentheses: Bool) -> Message {
        insideParentheses
            ? Message(en: "expected 'and', 'or' or ')' before \(token)", ja: "\(token) の前に 'and'・'or'・')' のいずれかが必要です")
            : Message(en: "expected 'and' or 'or' before \(token)", ja: "\(token) の前に 'and' か 'or' が必要です")
    }

    static let expectedFieldName = Message(en: "expected a field name, as in rank,-potential",
                                           ja: "項目名が必要です（例: rank,-potential）")

    static func orderingNotAllowed(_ symbol: String, field: FieldCatalog.Field) -> Message {
        let instead = field.type == .tags ? "contains" : "=, != or in"
        let insteadJa = field.type == .tags ? "contains" : "=・!=・in"
        return Message(en: "'\(symbol)' does not apply to \(field.name), which has no order; use \(instead)",
                       ja: "\(field.name) には順序がないため '\(symbol)' は使えません。\(insteadJa) を使ってください")
    }

    static func containsNotAllowed(field: FieldCatalog.Field) -> Message {
        Message(en: "'contains' applies to text and tags, not to \(field.name) (\(field.type.rawValue))",
                ja: "'contains' は文字列とタグにだけ使えます（\(field.name) は \(field.type.rawValue) です）")
    }

    static func nullOrdering(_ symbol: String) -> Message {
        Message(en: "'\(symbol)' cannot compare with null; use = null or != null",
                ja: "null には '\(symbol)' を使えません。= null か != null を使ってください")
    }

    static let nullContains = Message(en: "'contains' needs a value, not null",
                                      ja: "'contains' には null ではなく値を指定してください")

    static func duplicateSortField(_ name: String) -> Message {
        Message(en: "'\(name)' is already in the sort list", ja: "'\(name)' は並び順に既にあります")
    }

    static func conflictingDirection(_ name: String, _ sign: Character, _ word: String) -> Message {
        Message(en: "'\(sign)' and '\(word)' both set the direction of \(name); give one",
                ja: "\(name) の並び順が '\(sign)' と '\(word)' で二重に指定されています。どちらか一方にしてください")
    }

    /// A literal that does not fit its field: `invalid yen amount '12x' for potential: use …`.
    static func invalidLiteral(_ value: String, field: FieldCatalog.Field, _ reason: Message) -> Message {
        let kind: (en: String, ja: String) = switch field.type {
        case .yen: ("yen amount", "金額")
        case .integer: ("whole number", "整数")
        case .real: ("number", "数値")
        case .date: ("date", "日付")
        case .rank: ("rank", "ランク")
        case .status: ("status", "状態")
        case .text, .tags: ("text", "文字列")
        }
        return Message(en: "invalid \(kind.en) '\(value)' for \(field.name): \(reason.en)",
                       ja: "\(field.name) の\(kind.ja) '\(value)' が不正です: \(reason.ja)")
    }

    static let wholeNumberFormat = Message(en: "use a whole number such as 30", ja: "30 のような整数で指定してください")
    static let realFormat = Message(en: "use a number such as 35.6812", ja: "35.6812 のような数値で指定してください")
    static let dateFormat = Message(en: "use YYYY-MM-DD, YYYY/MM/DD, today or today-7",
                                    ja: "YYYY-MM-DD・YYYY/MM/DD・today・today-7 の形式で指定してください")
    static let noSuchDay = Message(en: "there is no such day", ja: "存在しない日付です")
}

/// What a parser wanted where the text went wrong.
enum FilterExpectation {
    case condition, fieldName, comparison, value, inOrContains, null, openParenthesis, listSeparator, sortDirection

    var text: Message {
        switch self {
        case .condition: Message(en: "a condition", ja: "条件")
        case .fieldName: Message(en: "a field name", ja: "項目名")
        case .comparison: Message(en: "an operator (=, !=, <, <=, >, >=, in, contains, is null)",
                                  ja: "演算子（=, !=, <, <=, >, >=, in, contains, is null）")
        case .value: Message(en: "a value", ja: "値")
        case .inOrContains: Message(en: "'in' or 'contains'", ja: "'in' か 'contains'")
        case .null: Message(en: "'null' or 'not null'", ja: "'null' か 'not null'")
        case .openParenthesis: Message(verbatim: "'('")
        case .listSeparator: Message(en: "',' or ')'", ja: "',' か ')'")
        case .sortDirection: Message(en: "'asc', 'desc' or ','", ja: "'asc'・'desc'・','")
        }
    }
}
