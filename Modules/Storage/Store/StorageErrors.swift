import Foundation
import GRDB
import RoundsDomain

/// The storage module's messages, and the one place where database errors become `RoundsError`s.
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

    static func map(_ error: any Error, location: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            let column = error.message?.components(separatedBy: ".").last ?? "code"
            return RoundsError(.duplicate, Message(en: "duplicate \(column): the value is taken already",
                                                   ja: "\(column) が重複しています（既に使われています）"))
        case .SQLITE_INTERRUPT:
            return RoundsError(.cancelled, Message(en: "cancelled", ja: "中断しました"))
        case .SQLITE_CANTOPEN:
            return RoundsError(.storage, Message(en: "cannot open database \(location)", ja: "データベース \(location) を開けません"),
                               cause: error.message)
        default:
            return RoundsError(.storage, Message(en: "database error in \(location)", ja: "データベース \(location) のエラー"),
                               cause: error.message ?? "\(error.resultCode)")
        }
    }
}
