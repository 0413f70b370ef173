import Foundation
import RoundsDomain

/// The storage module's messages. SQLite's errors become `RoundsError`s in `SQLiteErrors.swift`,
/// the server's in `RoundsPostgres`.
enum StorageErrors {
    static func unknownCustomer(_ code: String) -> RoundsError {
        RoundsError(.notFound, Message(en: "unknown customer '\(code)'", ja: "顧客 '\(code)' は登録されていません"))
    }

    static func unknownRep(_ code: String) -> RoundsError {
        RoundsError(.notFound, Message(en: "unknown rep '\(code)'", ja: "担当者 '\(code)' は登録されていません"))
    }

    static func unknownField(_ field: String) -> RoundsError {
        RoundsError(.usage, Message(en: "unknown field '\(field)'", ja: "項目 '\(field)' はありません"))
    }

    static func backupExists(_ path: String) -> RoundsError {
        RoundsError(.io, Message(en: "\(path) exists already; choose a new file name",
                                 ja: "\(path) は既に存在します。新しいファイル名を指定してください"))
    }

    static func copyTargetNotEmpty(_ target: String) -> RoundsError {
        RoundsError(.duplicate, Message(en: "\(target) has reps or customers already; copy into an empty database",
                                        ja: "\(target) には担当者か顧客が既にあります。空のデータベースに写してください"))
    }

    static func copyMismatch(_ table: String, rows: Int, copied: Int) -> RoundsError {
        RoundsError(.storage, Message(en: "table \(table): the copy does not match the source (\(rows) rows, \(copied) copied); nothing was written",
                                      ja: "表 \(table): 写しが元と一致しません（\(rows) 行、写したのは \(copied) 行）。何も書き込んでいません"))
    }
}
