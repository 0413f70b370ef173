import GRDB

/// The schema, one migration per version. Never edit a shipped migration: add the next one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-customer-master") { db in
            try db.execute(sql: """
                CREATE TABLE rep (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    name_kana TEXT,
                    start_lat REAL, start_lon REAL,
                    end_lat REAL, end_lon REAL,
                    work_start INTEGER NOT NULL DEFAULT 540,
                    work_end INTEGER NOT NULL DEFAULT 1080,
                    lunch_start INTEGER, lunch_end INTEGER, lunch_minutes INTEGER,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE customer (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    name_kana TEXT,
                    address TEXT,
                    lat REAL, lon REAL,
                    phone TEXT,
                    rep_id INTEGER REFERENCES rep(id),
                    rank TEXT CHECK (rank IN ('focus', 'develop', 'maintain')),
                    potential_yen INTEGER NOT NULL DEFAULT 0 CHECK (potential_yen >= 0),
                    service_minutes INTEGER NOT NULL DEFAULT 30,
                    time_windows TEXT NOT NULL DEFAULT '',
                    closed_days TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'archived')),
                    tags TEXT NOT NULL DEFAULT '',
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE INDEX customer_rep ON customer(rep_id, rank);
                CREATE INDEX customer_rank ON customer(rank, potential_yen);
                CREATE INDEX customer_status ON customer(status);
                CREATE INDEX customer_potential ON customer(potential_yen);
                CREATE TABLE change_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    author TEXT NOT NULL,
                    entity TEXT NOT NULL,
                    code TEXT NOT NULL,
                    action TEXT NOT NULL,
                    data TEXT NOT NULL
                );
                CREATE INDEX change_log_entity ON change_log(entity, code);
                """)
        }
        return migrator
    }
}
