import Foundation
import RoundsDomain
import RoundsStorage

/// `PostgresSchema`'s migrations applied on open, recorded in `schema_migrations`. Two shells
/// opening a new database at once take turns under one advisory lock, and each looks again at
/// what is applied once it holds it, so no step runs twice and neither fails.
///
/// ```swift
/// try PostgresMigrations.migrate(backend)     // no-op (one read) when the schema is current
/// ```
enum PostgresMigrations {
    /// Any fixed key serves, as long as nothing else in the database uses it: "rounds" in ASCII.
    static let lockKey: Int64 = 0x726F_756E_6473

    static func migrate(_ backend: PostgresBackend) throws(RoundsError) {
        do {
            let applied = try backend.read(applied)
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                // READ COMMITTED: the look under the lock sees what the other shell committed.
                try backend.bulkWrite { db in
                    try db.execute("SELECT pg_advisory_xact_lock(?)", [lockKey])
                    try db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY, applied_at TEXT)")
                    guard try !Self.applied(db).contains(migration.identifier) else { return ((), true) }
                    try db.executeScript(migration.sql)
                    try db.execute("INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, ?)",
                                   [migration.identifier, Timestamp.text(Date())])
                    return ((), true)
                }
            }
        } catch {
            throw ServerErrors.mapInSession(error, url: backend.url)
        }
    }

    /// The identifiers applied; none on a new database, which has no `schema_migrations` yet.
    static func applied(_ db: any SQLDatabase) throws -> Set<String> {
        guard try db.value(Bool.self, "SELECT to_regclass('schema_migrations') IS NOT NULL") == true else { return [] }
        return Set(try db.values(String.self, "SELECT identifier FROM schema_migrations"))
    }

    /// What `check` finds: steps not applied, foreign keys the server does not vouch for (added
    /// NOT VALID), triggers gone or disabled, after which `sales_month`, `planned_for` or
    /// `search_totals` go stale, and search totals that differ from a count of the index.
    /// The server enforces the foreign keys it holds, so orphan rows need no search.
    static func problems(_ db: any SQLDatabase) throws -> [String] {
        let applied = try applied(db)
        let missing = PostgresSchema.migrations.filter { !applied.contains($0.identifier) }
        guard missing.isEmpty else { return missing.map { "migration \($0.identifier) not applied" } }
        let unvalidated = try db.values(String.self, """
            SELECT conrelid::regclass::text || '.' || conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated ORDER BY 1
            """)
        let enabled = Set(try db.values(String.self, """
            SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'
                AND tgrelid IN ('sales_order'::regclass, 'visit'::regclass, 'search_index'::regclass)
            """))
        let triggers = ["sales_month_insert", "sales_month_delete", "sales_month_update", "visit_planned_for",
                        "search_totals_insert", "search_totals_delete"]
        let totalsDiffer = try db.value(Bool.self, """
            SELECT (SELECT (coalesce(sum(documents), 0)::bigint, coalesce(sum(grams), 0)::bigint) FROM search_totals)
                IS DISTINCT FROM (SELECT (count(*), coalesce(sum(cardinality(gram_set)), 0)::bigint) FROM search_index)
            """) == true
        return unvalidated.map { "foreign key \($0) not validated: rows may point nowhere" }
            + triggers.filter { !enabled.contains($0) }.map { "trigger \($0) missing or disabled" }
            + (totalsDiffer ? ["search_totals differ from search_index: search ranks by wrong totals"] : [])
    }
}
