import Foundation
import PostgresNIO
import RoundsDomain
import RoundsStorage

/// The one place a PostgreSQL failure becomes a `RoundsError`: what happened to which server
/// (its URL without the password) and what to do about it.
enum ServerErrors {
    static func map(_ error: any Error, url: PostgresURL) -> RoundsError {
        if let error = error as? RoundsError { return error }
        let server = url.description
        guard let error = error as? PSQLError else {
            return RoundsError(.io, .serverFailed(server), cause: String(describing: error))
        }
        let detail = error.serverInfo?[.message]
        switch (error.code, error.serverInfo?[.sqlState]) {
        case (.server, "28P01"?), (.authMechanismRequiresPassword, _), (.saslError, _):
            return RoundsError(.io, .serverLoginRefused(server, user: url.user), cause: detail)
        case (.server, "28000"?):
            return RoundsError(.io, .serverAccessRefused(server, user: url.user), cause: detail)
        case (.server, "3D000"?):
            return RoundsError(.notFound, .serverNoDatabase(server, database: url.database), cause: detail)
        case (.sslUnsupported, _):
            return RoundsError(.io, .serverNoTLS(server))
        case (.connectionError, _):
            return RoundsError(.io, .serverUnreachable(server), cause: error.underlying.map { String(describing: $0) })
        case (.serverClosedConnection, _), (.uncleanShutdown, _), (.clientClosedConnection, _):
            return RoundsError(.storage, .serverConnectionLost(server), cause: error.underlying.map { String(describing: $0) })
        case (.server, "23505"?):
            return RoundsError(.duplicate, .duplicateValue(duplicateColumn(error.serverInfo?[.detail])))
        case (.server, "57014"?), (.queryCancelled, _):
            return RoundsError(.cancelled, .statementCancelled)
        case (.server, let state?) where state.hasPrefix("57P"):
            // Shutting down (57P01), crashed (57P02) or still starting (57P03): a restart under way.
            return RoundsError(.io, .serverRestarting(server), cause: detail)
        case (.server, "23503"?), (.server, "23514"?):
            return RoundsError(.storage, .serverRuleBroken(server), cause: detail)
        case (.server, let state):
            return RoundsError(.storage, .serverRefused(server, state: state ?? "?"), cause: detail)
        default:
            return RoundsError(.io, .serverFailed(server), cause: String(describing: error.code))
        }
    }

    /// `map` for a connection that was logged in: one that breaks now (a reset, the server
    /// ending the session) was lost, not unreachable.
    static func mapInSession(_ error: any Error, url: PostgresURL) -> RoundsError {
        guard isConnectionLost(error) else { return map(error, url: url) }
        return RoundsError(.storage, .serverConnectionLost(url.description), cause: (error as? PSQLError)?.serverInfo?[.message])
    }

    /// `mapInSession` for what a transaction's body threw: the driver's failures become
    /// `RoundsError`s; the caller's own (Ctrl-C, a progress callback stopping the work) pass
    /// through as they were thrown.
    static func mapFromBody(_ error: any Error, url: PostgresURL) -> any Error {
        let fromDriver = error is PSQLError || error is PostgresError || error is ConnectionClosed || error is ChannelError
            || error is IOError
        return fromDriver ? mapInSession(error, url: url) : error
    }

    /// A write the server refused because another transaction's changes conflict with it (40001)
    /// or the two waited for each other (40P01): running it again succeeds.
    static func isConflict(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, error.code == .server, let state = error.serverInfo?[.sqlState] else { return false }
        return state == "40001" || state == "40P01"
    }

    /// A prepared statement the session no longer has (26000: `DISCARD ALL`, a pooler) or can no
    /// longer run (0A000, "cached plan must not change result type": another session changed a
    /// table it returns): prepared anew, the statement runs.
    static func isStalePreparedStatement(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, error.code == .server, let state = error.serverInfo?[.sqlState] else { return false }
        return state == "26000" || (state == "0A000" && error.serverInfo?[.message]?.contains("cached plan") == true)
    }

    /// The connection is gone (the server restarted, a network cut): a new one may work.
    static func isConnectionLost(_ error: any Error) -> Bool {
        if error is ConnectionClosed { return true }
        // `COPY` ends with the driver's older error when the connection closes under it.
        if case .connectionClosed? = error as? PostgresError { return true }
        guard let error = error as? PSQLError else { return false }
        switch error.code {
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .connectionError: return true
        // The server ending our session: shut down (57P01), crashed (57P02), starting (57P03).
        case .server: return error.serverInfo?[.sqlState]?.hasPrefix("57P") == true
        default: return false
        }
    }

    /// The column a unique violation names in its detail, "Key (code)=(C001) already exists.";
    /// of several, the last, as SQLite's message gives it.
    private static func duplicateColumn(_ detail: String?) -> String {
        guard let detail, let open = detail.firstIndex(of: "("), let close = detail.firstIndex(of: ")") else { return "code" }
        return detail[detail.index(after: open)..<close].components(separatedBy: ", ").last ?? "code"
    }
}

extension Message {
    static func duplicateValue(_ column: String) -> Message {
        Message(en: "duplicate \(column): the value is taken already", ja: "\(column) が重複しています（既に使われています）")
    }

    static let statementCancelled = Message(en: "cancelled", ja: "中断しました")

    static func serverRuleBroken(_ server: String) -> Message {
        Message(en: "\(server): the change breaks a rule of the database", ja: "\(server): 変更がデータベースの制約に反します")
    }

    static func serverRolledBack(_ server: String) -> Message {
        Message(en: "\(server): the transaction failed and was rolled back; nothing of it was saved",
                ja: "\(server): トランザクションが失敗し取り消されました。何も保存されていません")
    }


    static func serverLoginRefused(_ server: String, user: String) -> Message {
        Message(en: "\(server): the server refused the login of '\(user)'; check the password (URL, PGPASSWORD or ~/.pgpass)",
                ja: "\(server): ユーザー '\(user)' のログインが拒否されました。パスワード（URL・PGPASSWORD・~/.pgpass）を確認してください")
    }

    static func serverAccessRefused(_ server: String, user: String) -> Message {
        Message(en: "\(server): the server does not let '\(user)' connect from here (its pg_hba.conf); ask its administrator",
                ja: "\(server): サーバーの設定（pg_hba.conf）で '\(user)' のこの端末からの接続が許可されていません。管理者に確認してください")
    }

    static func serverNoDatabase(_ server: String, database: String) -> Message {
        Message(en: "\(server): no database '\(database)' on the server; create it (createdb \(database)) or name another",
                ja: "\(server): データベース '\(database)' がありません。作成する（createdb \(database)）か別の名前を指定してください")
    }

    static func serverNoTLS(_ server: String) -> Message {
        Message(en: "\(server): the server does not offer TLS, which sslmode asks; use sslmode=prefer or enable ssl on the server",
                ja: "\(server): サーバーが TLS に対応していません。sslmode=prefer にするかサーバーで ssl を有効にしてください")
    }

    static func serverUnreachable(_ server: String) -> Message {
        Message(en: "\(server): cannot reach the server; check the host and port and that PostgreSQL is running",
                ja: "\(server): サーバーに接続できません。ホスト・ポートと PostgreSQL が起動しているかを確認してください")
    }

    static func serverRestarting(_ server: String) -> Message {
        Message(en: "\(server): the server is stopping or starting; run the command again in a moment",
                ja: "\(server): サーバーが停止中または起動中です。少し待ってからもう一度実行してください")
    }

    static func serverConnectionLost(_ server: String) -> Message {
        Message(en: "\(server): the connection to the server was lost; nothing of the interrupted command was saved, run it again",
                ja: "\(server): サーバーとの接続が切れました。中断したコマンドの内容は保存されていません。もう一度実行してください")
    }

    static func serverRefused(_ server: String, state: String) -> Message {
        Message(en: "\(server): the server refused the statement (SQLSTATE \(state))",
                ja: "\(server): サーバーが処理を拒否しました（SQLSTATE \(state)）")
    }

    static func serverFailed(_ server: String) -> Message {
        Message(en: "\(server): talking to the server failed", ja: "\(server): サーバーとの通信に失敗しました")
    }

    static func serverTLSSetup(_ server: String) -> Message {
        Message(en: "\(server): TLS could not be set up on this machine", ja: "\(server): この端末で TLS を準備できませんでした")
    }
}
