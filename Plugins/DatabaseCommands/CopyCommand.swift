import ArgumentParser
import RoundsDomain
import RoundsShell
import RoundsStorage

extension DatabaseCommand {
    /// `db copy --from DB --to DB`: a whole company moved between a SQLite file and a PostgreSQL
    /// server (either way, or file to file), into an empty database, verified table by table.
    struct Copy: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.dbCopyAbstract.text(), discussion: Message.dbCopyDiscussion.text())
        }

        @Option(help: ArgumentHelp(Message.dbCopyFromHelp.text(), valueName: "db")) var from: String?
        @Option(help: ArgumentHelp(Message.dbCopyToHelp.text(), valueName: "db")) var to: String
        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let source = try from.map { try session.openStore(at: $0) } ?? session.store()
            let target = try session.openStore(at: to)
            guard let source = source as? SQLStore, let target = target as? SQLStore else {
                throw RoundsError(.usage, .dbCopyUnsupported)
            }
            let copied = try source.copy(to: target) { table, done, total in
                try session.cancellation.check()
                session.progress(.dbCopying(table), done: done, total: total)
            }
            try target.vacuumAfterCopy { table, done, total in
                try session.cancellation.check()
                session.progress(.dbVacuuming(table), done: done, total: total)
            }
            var table = Listing(columns: [.init("table", .dbCopyTableHeader), .init("rows", .dbCopyRowsHeader),
                                          .init("checksum", .dbCopyChecksumHeader)])
            for copy in copied { table.append([.text(copy.name), .integer(copy.rows), .text(copy.checksum)]) }
            try session.emit(table, listing)
        }
    }
}

extension Message {
    static let dbCopyAbstract = Message(en: "Copy the whole company into an empty database, file or server.",
                                        ja: "会社のデータ全体を空のデータベース（ファイルかサーバー）へ写します")
    static let dbCopyDiscussion = Message(
        en: """
            Either side is a SQLite file or a postgres:// URL. Every table is read in one snapshot of the source and \
            written in one transaction of the target; each table's rows and checksum must match before anything is \
            committed, so a failed or interrupted copy leaves the target empty.
            """,
        ja: """
            どちらも SQLite ファイルか postgres:// の URL です。元は一時点の状態を読み、写し先は 1 つのトランザクションで書きます。\
            表ごとの件数とチェックサムが一致してから確定するので、失敗・中断した写しは写し先を空のまま残します。
            """)
    static let dbCopyFromHelp = Message(en: "The database to copy (default: the session's --db).", ja: "写す元のデータベース（既定: --db）")
    static let dbCopyToHelp = Message(en: "The empty database to copy into.", ja: "写し先の空のデータベース")
    static let dbCopyUnsupported = Message(en: "db copy needs two databases of this build's backends",
                                           ja: "db copy はこの rounds のバックエンドのデータベース同士でのみ使えます")
    static func dbCopying(_ table: String) -> Message { Message(en: "copying \(table)", ja: "\(table) を複写中") }
    static func dbVacuuming(_ table: String) -> Message {
        Message(en: "readying \(table) for reading (VACUUM)", ja: "\(table) を読み出し用に整理中（VACUUM）")
    }
    static let dbCopyTableHeader = Message(en: "table", ja: "表")
    static let dbCopyRowsHeader = Message(en: "rows", ja: "件数")
    static let dbCopyChecksumHeader = Message(en: "checksum", ja: "チェックサム")
}
