import RoundsPostgres
import RoundsShell
import RoundsStorage

/// PostgreSQL as the shell's shared team database: with this plugin loaded,
/// `rounds --db postgres://sato@db.local/acme` (or `ROUNDS_DB`) opens the company's server
/// instead of a SQLite file, with the same commands and results.
///
/// ```swift
/// Shell.main(plugins: [CustomerCommands.plugin, PostgresStorage.plugin])
/// ```
public enum PostgresStorage {
    public static let plugin = Plugin(name: "postgres", version: "1.0", commands: []) { url, warn in
        try SQLStore(postgres: url, warn: warn)
    }
}
