import GRDB
import RoundsDomain

extension StorageErrors {
    /// The one place where SQLite's errors become `RoundsError`s.
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
