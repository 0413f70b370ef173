import Foundation
import Testing

/// `--db` with a PostgreSQL URL: a mistake in it is named at start without the password, and a
/// well-formed one is refused plainly while the backend is built, never taken as a file name.
@Suite struct DatabaseURLTests {
    @Test func aServerURLIsNotTakenForAFile() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["--db", "postgres://sato:secret@db.local/acme", "-c", "customer list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("postgres://sato@db.local:5432/acme: this build of rounds opens SQLite files only"), "\(result.stderr)")
        #expect(!result.stderr.contains("secret"))
        let made = try FileManager.default.contentsOfDirectory(atPath: rounds.directory.path)
        #expect(!made.contains { $0.hasPrefix("postgres") }, "no file named after the URL: \(made)")
    }

    @Test func aMalformedURLIsNamedAtStart() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["--db", "postgres://sato:secret@db.local:99999/acme", "-c", "customer list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("invalid PostgreSQL URL 'postgres://sato:***@db.local:99999/acme': port 99999 is not 1 to 65535"),
                "\(result.stderr)")
    }
}
