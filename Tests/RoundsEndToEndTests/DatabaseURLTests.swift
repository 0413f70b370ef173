import Foundation
import Testing

/// `--db` with a PostgreSQL URL: a mistake in it is named at start without the password, and a
/// server that cannot be reached is said so, never taken as a file name.
@Suite struct DatabaseURLTests {
    @Test func anUnreachableServerIsSaidSoAndNotTakenForAFile() throws {
        let rounds = try RoundsProcess()
        let result = try rounds.run(["--db", "postgres://sato:secret@db.local/acme", "-c", "customer list"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("postgres://sato@db.local:5432/acme: cannot reach the server; check the host and port"),
                "\(result.stderr)")
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
