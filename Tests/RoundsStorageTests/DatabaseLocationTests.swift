import Foundation
import RoundsDomain
import RoundsStorage
import Testing

/// `--db` as a file or a PostgreSQL URL, and where the password comes from.
@Suite struct DatabaseLocationTests {
    private let bare = ["USER": "sato"]

    @Test func aPathIsAFileAndAURLIsAServer() throws {
        #expect(try DatabaseLocation("rounds.sqlite") == .sqlite("rounds.sqlite"))
        #expect(try DatabaseLocation("/tmp/postgres/acme.sqlite") == .sqlite("/tmp/postgres/acme.sqlite"))
        guard case .postgres(let url) = try DatabaseLocation("postgresql://suzuki@db.local:6432/acme") else {
            Issue.record("a postgresql:// URL is a server")
            return
        }
        #expect(url.user == "suzuki" && url.host == "db.local" && url.port == 6432 && url.database == "acme")
    }

    @Test func missingPartsTakeLibpqDefaults() throws {
        let url = try PostgresURL("postgres://localhost", environment: bare)
        #expect(url.user == "sato" && url.port == 5432 && url.database == "sato" && url.tls == .prefer)
        #expect(try PostgresURL("postgres://localhost", environment: ["PGUSER": "app", "USER": "sato"]).user == "app")
        let v6 = try PostgresURL("postgres://u@[::1]:5433/d", environment: bare)
        #expect(v6.host == "::1" && v6.port == 5433)
        #expect(v6.description == "postgres://u@[::1]:5433/d")
    }

    @Test func sslModesAndEscapes() throws {
        #expect(try PostgresURL("postgres://u@h/d?sslmode=require").tls == .require)
        #expect(try PostgresURL("postgres://u@h/d?sslmode=verify-ca").tls == .verifyFull)
        #expect(try PostgresURL("postgres://u@h/d?sslmode=disable&application_name=rounds").tls == .disable)
        let escaped = try PostgresURL("postgres://s%40to:p%3Ass@h/%E5%96%B6%E6%A5%AD")
        #expect(escaped.user == "s@to" && escaped.urlPassword == "p:ss" && escaped.database == "営業")
    }

    @Test func optionsGiveServerSettingsAndStayInTheLocation() throws {
        let url = try PostgresURL("postgres://u@h/d?options=-c%20search_path%3Dsales%20-cstatement_timeout=5s")
        #expect(url.settings == [.init(name: "search_path", value: "sales"), .init(name: "statement_timeout", value: "5s")])
        #expect(url.description == "postgres://u@h:5432/d?options=-c%20search_path%3Dsales%20-c%20statement_timeout%3D5s")
        #expect(try PostgresURL(url.description).settings == url.settings, "the location reads back as the same server")
        #expect(try PostgresURL("postgres://u@h/d?options=--search_path=x").settings == [.init(name: "search_path", value: "x")])
        #expect(throws: RoundsError.self) { try PostgresURL("postgres://u@h/d?options=search_path") }
        #expect(throws: RoundsError.self) { try PostgresURL("postgres://u@h/d?options=-c%20=x") }
    }

    @Test func mistakesNameThePartAndNeverThePassword() throws {
        func message(_ text: String) -> String {
            do {
                _ = try PostgresURL(text, environment: bare)
                return "accepted"
            } catch {
                #expect(error.code == .usage)
                return error.message.en
            }
        }
        #expect(message("postgres://sato:secret@h/d?sslmode=sometimes")
            == "invalid PostgreSQL URL 'postgres://sato:***@h/d?sslmode=sometimes': unknown sslmode 'sometimes' "
            + "(one of: disable, prefer, require, verify-full); write postgres://user@host:port/database")
        #expect(message("postgres://sato:secret@h:70000/d").contains("port 70000 is not 1 to 65535"))
        #expect(!message("postgres://sato:secret@h:70000/d").contains("secret"))
        #expect(message("postgres:///d").contains("no host"))
        #expect(message("postgres://h/a/b").contains("'a/b' is not one database name"))
        #expect(message("postgres://h/d?timeout=3").contains("unknown parameter 'timeout'"))
        #expect(message("postgres://h/d?connect_timeout=soon").contains("connect_timeout 'soon' is not a whole number of seconds"))
        // An unescaped @ in the password: everything before the last @ of the host part is hidden.
        let unescaped = message("postgres://sato:p@ss@h:0/d")
        #expect(unescaped.contains("'postgres://sato:***@h:0/d'") && !unescaped.contains("ss@"), "\(unescaped)")
    }

    @Test func aTimeoutAndAnEmptyPassword() throws {
        #expect(try PostgresURL("postgres://u@h/d?connect_timeout=3").connectTimeout == 3)
        #expect(try PostgresURL("postgres://u@h/d").connectTimeout == nil)
        let empty = try PostgresURL("postgres://u:@h/d")
        #expect(empty.urlPassword == nil && empty.password(environment: ["PGPASSWORD": "env"]) == "env", "an empty one is no password")
    }

    @Test func thePasswordComesFromTheURLThenPGPASSWORDThenThePasswordFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("pgpass").path
        try """
            # host:port:database:user:password
            other:5432:*:sato:wrong
            db.local:5432:acme:sato:pa\\:ss\\\\word
            *:*:*:sato:fallback
            """.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let environment = ["USER": "sato", "PGPASSFILE": file]
        let url = try PostgresURL("postgres://sato@db.local/acme", environment: environment)
        #expect(url.password(environment: environment) == "pa:ss\\word", "the first matching line, escapes undone")
        #expect(try PostgresURL("postgres://sato@elsewhere/x").password(environment: environment) == "fallback")
        #expect(url.password(environment: environment.merging(["PGPASSWORD": "fromenv"]) { $1 }) == "fromenv")
        #expect(try PostgresURL("postgres://sato:inurl@db.local/acme").password(environment: environment) == "inurl")
        #expect(try PostgresURL("postgres://tanaka@db.local/acme").password(environment: environment) == nil)

        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        var warnings: [String] = []
        #expect(url.password(environment: environment) { warnings.append($0.en) } == nil)
        #expect(warnings == ["password file \(file) is readable by others and was ignored; make it private with chmod 600"])
        #expect(url.description == "postgres://sato@db.local:5432/acme")

        // A link to a private file counts as private, as libpq sees it.
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let link = directory.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        #expect(url.password(environment: ["USER": "sato", "PGPASSFILE": link]) == "pa:ss\\word")
    }
}
