import CReadline
import Foundation

/// The prompt's history, kept across sessions in one file (readline's format, with timestamp
/// lines so that a multi-line entry comes back as one entry).
///
/// ```swift
/// let history = History(path: History.path(environment: ProcessInfo.processInfo.environment))
/// history.add("customer list --limit 5")
/// ```
struct History {
    /// The file keeps the last this many lines.
    static let limit: Int32 = 2_000

    let path: String

    /// Loads the file into readline's history.
    init(path: String) {
        self.path = path
        rounds_history_set_multiline()
        stifle_history(Self.limit)
        read_history(path)
    }

    /// `$ROUNDS_HISTORY`, else `$XDG_STATE_HOME/rounds/history` (default
    /// `~/.local/state/rounds/history`) when that folder can be created, else `~/.rounds_history`.
    static func path(environment: [String: String]) -> String {
        if let path = environment["ROUNDS_HISTORY"], !path.isEmpty { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        // XDG ignores a relative XDG_STATE_HOME.
        let stateHome = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/state"
        let directory = stateHome + "/rounds"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            return directory + "/history"
        } catch {
            return home + "/.rounds_history"
        }
    }

    /// Adds an entry unless it is blank or repeats the previous one, and appends it to the file
    /// at once, so a session that crashes keeps what was typed.
    func add(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        if let previous = rounds_history_last_line(), String(cString: previous) == entry { return }
        add_history(entry)
        // Appending needs an existing file; with none, nothing was loaded, so writing the whole
        // (this session's) history creates it, readable by its owner only.
        if append_history(1, path) != 0 { write_history(path) }
        history_truncate_file(path, Self.limit)
    }
}
