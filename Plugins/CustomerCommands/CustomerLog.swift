import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

extension CustomerCommand {
    /// `customer log CODE`: the customer's story from the change log — its own edits and every
    /// order, deal, note, visit and contact written for it, oldest first.
    struct Log: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "log", abstract: Message.customerLogAbstract.text(),
                                 discussion: Message.customerLogDiscussion.text())
        }

        @Argument(help: ArgumentHelp(Message.codeHelp.text(), valueName: "customer-code")) var code: String
        @Option(help: ArgumentHelp(Message.logLimitHelp.text(), valueName: "n")) var limit: Int?
        @OptionGroup var listing: ListingOptions

        func validate() throws {
            if let limit, limit < 0 { throw RoundsError(.usage, .invalidField("limit", "\(limit)", .negativeAmount)) }
        }

        func run(in session: Session) throws {
            let store = try session.store()
            guard try store.customer(code: code) != nil else { throw RoundsError(.notFound, .unknownCustomer(code)) }
            let changes = try store.changes(code: code, entities: Change.customerEntities)
            // Only a table needs one line per row: CSV and JSON carry every value whole.
            let clip = (listing.format ?? session.settings.format) == .table && listing.only == nil
            var table = Listing(columns: [
                .init("at", .atHeader), .init("author", .authorHeader), .init("entity", .entityHeader),
                .init("id", .idHeader, align: .right), .init("action", .actionHeader), .init("summary", .summaryHeader),
            ])
            for change in changes.suffix(limit ?? changes.count) {
                table.append([
                    .text(Timestamp.text(change.at)), .text(change.author),
                    .label(code: change.entity, .entity(change.entity)),
                    change.fields["id"].flatMap { Int($0) }.map(Cell.integer) ?? .null,
                    .label(code: change.action, .action(change.action)), .text(Self.summary(change, clip: clip)),
                ])
            }
            try session.emit(table, listing)
        }

        /// Bookkeeping fields say nothing the row's own columns don't.
        static let hiddenFields: Set<String> = ["id", "customer", "author", "created_at", "updated_at"]

        /// An edit as `rank: focus → develop; phone: – → 03-1234-5678`; a new record as its fields,
        /// `title=冷蔵ケース更新 stage=hearing`; a bulk write's row as its count, `12 orders added`.
        /// With `clip`, long values are cut so a row stays one line.
        static func summary(_ change: Change, clip: Bool) -> String {
            if let count = change.addedCount { return Message.recordsAdded(count, entity: change.entity).text() }
            let show = { (value: String?) in clip ? short(value) : value ?? "–" }
            if !change.edits.isEmpty {
                return change.edits.filter { !hiddenFields.contains($0.name) }
                    .map { "\($0.name): \(show($0.old)) → \(show($0.new))" }.joined(separator: "; ")
            }
            return change.fields.keys.sorted().filter { !hiddenFields.contains($0) }
                .map { "\($0)=\(show(change.fields[$0]))" }.joined(separator: " ")
        }

        private static func short(_ value: String?) -> String {
            guard let value else { return "–" }
            return value.count > 40 ? value.prefix(39) + "…" : value
        }
    }
}

extension Message {
    static let customerLogAbstract = Message(en: "Show who changed what for a customer, and when.",
                                             ja: "顧客に関する変更履歴（いつ・誰が・何を）を表示します")
    static let customerLogDiscussion = Message(
        en: "Lists the customer's own edits and every order, deal, note, visit and contact written for it, oldest first.\n"
            + "Example:\n  customer log C0001 --limit 20",
        ja: "顧客自身の変更と、その顧客の受注・商談・メモ・訪問・連絡先の登録や変更を古い順に表示します。\n"
            + "例:\n  customer log C0001 --limit 20")
    static let logLimitHelp = Message(en: "Show only the latest this many changes.", ja: "最新の指定件数のみ表示します")
    static let atHeader = Message(en: "at", ja: "日時")
    static let authorHeader = Message(en: "author", ja: "記入者")
    static let entityHeader = Message(en: "entity", ja: "対象")
    static let idHeader = Message(verbatim: "id")
    static let actionHeader = Message(en: "action", ja: "操作")
    static let summaryHeader = Message(en: "summary", ja: "内容")

    static func entity(_ entity: String) -> Message {
        switch entity {
        case "customer": Message(en: "customer", ja: "顧客")
        case "order": Message(en: "order", ja: "受注")
        case "deal": Message(en: "deal", ja: "商談")
        case "note": Message(en: "note", ja: "メモ")
        case "visit": Message(en: "visit", ja: "訪問")
        case "contact": Message(en: "contact", ja: "連絡先")
        default: Message(verbatim: entity)
        }
    }

    /// A bulk write's row in `customer log`: `12 orders added`, `受注 12件を登録`.
    static func recordsAdded(_ count: Int, entity: String) -> Message {
        let noun = Message.entity(entity)
        return Message(en: "\(count) \(noun.en)\(count == 1 ? "" : "s") added", ja: "\(noun.ja) \(count)件を登録")
    }

    static func action(_ action: String) -> Message {
        switch action {
        case "add": Message(en: "add", ja: "登録")
        case "edit": Message(en: "edit", ja: "変更")
        case "move": Message(en: "move", ja: "ステージ移動")
        case "plan": Message(en: "plan", ja: "予定")
        case "log": Message(en: "log", ja: "実施記録")
        case "import": Message(en: "import", ja: "取込")
        case "bulk-import": Message(en: "bulk import", ja: "一括取込")
        case "bulk-add": Message(en: "bulk add", ja: "一括登録")
        default: Message(verbatim: action)
        }
    }
}
