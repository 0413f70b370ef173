import RoundsDomain
import RoundsExchange

/// What `import` and `export` move: the first argument of both.
enum Entity: String, CaseIterable {
    case customers, reps, orders, deals, notes, visits, contacts

    /// `customers|reps|…`, for the commands' help.
    static let choices = allCases.map(\.rawValue).joined(separator: "|")

    init(parsing text: String) throws(RoundsError) {
        guard let entity = Entity(rawValue: text.lowercased()) else { throw RoundsError(.usage, .unknownEntity(text)) }
        self = entity
    }

    var fields: [FieldSpec] {
        switch self {
        case .customers: CustomerTable.fields
        case .reps: RepTable.fields
        case .orders: OrderTable.fields
        case .deals: DealTable.fields
        case .notes: NoteTable.fields
        case .visits: VisitTable.fields
        case .contacts: ContactTable.fields
        }
    }

    /// The columns to write, numbers typed as numbers so Excel can sum them.
    func columns(japanese: Bool) -> [TableColumn] {
        let numbers = switch self {
        case .customers: CustomerTable.numberFields
        case .reps: RepTable.numberFields
        case .orders: OrderTable.numberFields
        case .deals: DealTable.numberFields
        case .notes: NoteTable.numberFields
        case .visits: VisitTable.numberFields
        case .contacts: ContactTable.numberFields
        }
        return fields.map { TableColumn(japanese ? $0.japanese : $0.name, kind: numbers.contains($0.name) ? .number : .text) }
    }
}

/// `--format` and `--encoding`, parsed in `run()` so their errors speak the user's language.
enum ExchangeOptions {
    static func format(_ text: String?) throws(RoundsError) -> TableFormat? {
        guard let text else { return nil }
        guard let format = TableFormat(rawValue: text.lowercased()) else {
            throw RoundsError(.usage, .unknownChoice("--format", text, "csv, xlsx, json"))
        }
        return format
    }

    static func importEncoding(_ text: String?) throws(RoundsError) -> TextEncodingChoice {
        guard let text else { return .auto }
        guard let choice = TextEncodingChoice(name: text) else {
            throw RoundsError(.usage, .unknownChoice("--encoding", text, "auto, utf8, sjis"))
        }
        return choice
    }

    /// The writer's `.auto` is UTF-8 with a byte order mark, which is what `utf8-bom` asks for.
    static func exportEncoding(_ text: String?) throws(RoundsError) -> TextEncodingChoice {
        switch text?.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case nil, "utf8bom": return .auto
        case "utf8": return .utf8
        case let name?:
            guard let choice = TextEncodingChoice(name: name), choice == .sjis else {
                throw RoundsError(.usage, .unknownChoice("--encoding", text ?? "", "utf8, utf8-bom, sjis"))
            }
            return choice
        }
    }
}
