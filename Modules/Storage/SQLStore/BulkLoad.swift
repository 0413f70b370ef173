/// A table's indexes (but those of its keys and unique columns), and on PostgreSQL its foreign
/// keys, put aside while many rows are added, and made again after them.
///
/// Keeping them costs more than the rows themselves: each new row goes to a random place in
/// every B-tree, and on PostgreSQL each one also runs its foreign-key checks one by one. Made
/// again at the end, an index sorts once and a foreign key is checked by one join. An import
/// takes this path once it has added at least as many orders as the table held before it (from
/// there even rebuilding for the older rows costs less than adding the rest row by row), and
/// `db copy` for every large table (its target is empty).
///
/// All of it happens inside the writer's transaction, so a rollback or a killed process brings
/// the table back as it was. On PostgreSQL, `DROP INDEX` and `DROP CONSTRAINT` hold the table
/// (and writes to the tables it refers to) until the commit: other sessions' writes wait for
/// it, they are not lost. Only large loads (a company's first import) take that path.
///
/// ```swift
/// let aside = try BulkLoad(table: "sales_order", in: db)
/// …                                       // the rows
/// try aside.restore(in: db)               // before the commit
/// ```
struct BulkLoad {
    /// The statements that make again what was dropped, indexes first: a foreign key is
    /// checked by scanning the table, which needs none of them.
    private let restoring: [String]

    init(table: String, in db: any SQLDatabase) throws {
        switch db.dialect {
        case .sqlite:
            let indexes = try db.rows("""
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
                """, [table])
            for index in indexes { try db.execute("DROP INDEX \(index[0] as String)") }
            restoring = indexes.map { $0[1] }
        case .postgres:
            let indexes = try db.rows("""
                SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
                WHERE indrelid = ?::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid)
                ORDER BY 1
                """, [table])
            let foreignKeys = try db.rows("""
                SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = ?::regclass AND contype = 'f' ORDER BY 1
                """, [table])
            for index in indexes { try db.execute("DROP INDEX \(index[0] as String)") }
            for key in foreignKeys { try db.execute("ALTER TABLE \(table) DROP CONSTRAINT \(key[0] as String)") }
            restoring = indexes.map { $0[1] }
                + foreignKeys.map { "ALTER TABLE \(table) ADD CONSTRAINT \($0[0] as String) \($0[1] as String)" }
        }
    }

    /// The indexes built and the foreign keys checked again: a row whose customer or rep is
    /// gone fails the load here.
    func restore(in db: any SQLDatabase) throws {
        for sql in restoring { try db.execute(sql) }
    }
}
