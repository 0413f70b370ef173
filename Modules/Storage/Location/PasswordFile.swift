import Foundation
import RoundsDomain

/// libpq's password file (`~/.pgpass`): one `host:port:database:user:password` per line, `*`
/// matching anything in the first four, `\:` and `\\` for a literal colon and backslash, `#`
/// starting a comment; the first matching line wins.
///
/// ```swift
/// let file = PasswordFile(text: "db.local:5432:*:sato:secret\n")
/// file.password(host: "db.local", port: 5432, database: "acme", user: "sato")   // "secret"
/// ```
struct PasswordFile {
    private var entries: [[String]] = []

    init(text: String) {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = Self.fields(line)
            if fields.count == 5 { entries.append(fields) }
        }
    }

    /// The file at `path`; nil when it is missing or unreadable, or others may read it (then
    /// `warn` says why it was passed over, as psql does).
    init?(path: String, warn: (Message) -> Void) {
        // The file a link points to is the one whose permissions count, as libpq checks it.
        let file = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            warn(.passwordFileOpen(path))
            return nil
        }
        self.init(text: text)
    }

    func password(host: String, port: Int, database: String, user: String) -> String? {
        let wanted = [host, String(port), database, user]
        return entries.first { entry in zip(entry, wanted).allSatisfy { $0 == "*" || $0 == $1 } }?[4]
    }

    /// A line's colon-separated fields with `\:` and `\\` undone.
    private static func fields(_ line: Substring) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
