import ArgumentParser
import Foundation
import RoundsDomain
import RoundsShell

/// `db info`, `db backup FILE`, `db check`, `db copy --from DB --to DB`.
public let plugin = Plugin(name: "DatabaseCommands", version: RoundsVersion.current, commands: [DatabaseCommand.self])

struct DatabaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "db", abstract: Message.dbAbstract.text(),
                             subcommands: [Info.self, Backup.self, Check.self, Copy.self])
    }

    struct Info: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.dbInfoAbstract.text())
        }

        @OptionGroup var listing: ListingOptions

        func run(in session: Session) throws {
            let info = try session.store().info()
            var record = Record()
            record.add("location", .locationLabel, .text(info.location))
            record.add("backend", .backendLabel, .text(info.backend))
            record.add("schema_version", .schemaLabel, .text(info.schemaVersion))
            for (table, rows) in info.rowCounts {
                record.add("rows_\(table)", .rowsLabel(table), .integer(rows))
            }
            if let bytes = info.bytes { record.add("bytes", .sizeLabel, .integer(bytes)) }
            try session.emit(record, listing)
        }
    }

    struct Backup: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.dbBackupAbstract.text())
        }

        @Argument(help: ArgumentHelp(Message.dbBackupFileHelp.text(), valueName: "file"), completion: .file())
        var file: String

        func run(in session: Session) throws {
            try session.store().backup(to: file)
            session.out.line(Message.backupWritten(file).text())
        }
    }

    struct Check: ShellCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: Message.dbCheckAbstract.text())
        }

        func run(in session: Session) throws {
            let problems = try session.store().check()
            guard problems.isEmpty else {
                for problem in problems { session.out.line(problem) }
                throw RoundsError(.storage, .checkFailed(problems.count))
            }
            session.out.line(Message.checkPassed.text())
        }
    }
}

extension Message {
    static let dbAbstract = Message(en: "Inspect, back up, check and copy the database.", ja: "データベースの情報・バックアップ・検査・複写")
    static let dbInfoAbstract = Message(en: "Show the database: location, schema version, row counts.",
                                        ja: "データベースの場所・スキーマのバージョン・件数を表示します")
    static let dbBackupAbstract = Message(en: "Copy the whole database to a new file, safely while it is in use.",
                                          ja: "使用中でも安全にデータベース全体を新しいファイルへコピーします")
    static let dbBackupFileHelp = Message(en: "The backup file to create (must not exist).", ja: "作成するバックアップファイル（既存不可）")
    static let dbCheckAbstract = Message(en: "Check the database's integrity and foreign keys.",
                                         ja: "データベースの整合性と外部キーを検査します")
    static let locationLabel = Message(en: "location", ja: "場所")
    static let backendLabel = Message(en: "backend", ja: "種類")
    static let schemaLabel = Message(en: "schema version", ja: "スキーマ")
    static func rowsLabel(_ table: String) -> Message { Message(en: "rows in \(table)", ja: "\(table) の件数") }
    static let sizeLabel = Message(en: "size (bytes)", ja: "サイズ（バイト）")
    static func backupWritten(_ file: String) -> Message { Message(en: "backup written to \(file)", ja: "\(file) にバックアップしました") }
    static func checkFailed(_ count: Int) -> Message {
        Message(en: "the check found \(count) problem(s)", ja: "検査で \(count) 件の問題が見つかりました")
    }
    static let checkPassed = Message(en: "ok: integrity and foreign keys are sound", ja: "ok: 整合性・外部キーとも問題ありません")
}
