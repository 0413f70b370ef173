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
