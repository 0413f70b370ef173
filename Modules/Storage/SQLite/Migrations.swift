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
        migrator.registerMigration("v2-customer-history", migrate: customerHistory)
        migrator.registerMigration("v3-search") { db in
            try db.execute(sql: SearchIndex.createSQL)
            try SearchIndex.rebuild(GRDBDatabase(db))
        }
        // `customer show` and `brief` sum a customer's orders by month and count a year of them: with
        // the amount in the index those reads never visit the table. `id` comes before the amount so
        // the index still gives listings their (date, id) order, which made the old index redundant.
        migrator.registerMigration("v4-order-sums-index") { db in
            try db.execute(sql: """
                CREATE INDEX sales_order_customer_sums ON sales_order(customer_id, date, id, amount_yen);
                DROP INDEX sales_order_customer;
                """)
        }
        migrator.registerMigration("v5-customer-visit-interval") { db in
            try db.execute(sql: "ALTER TABLE customer ADD COLUMN visit_interval_days INTEGER")
        }
        // A rep's own days off (休暇), one row a day; they go with the rep.
        migrator.registerMigration("v6-rep-days-off") { db in
            try db.execute(sql: """
                CREATE TABLE rep_day_off (
                    rep_id INTEGER NOT NULL REFERENCES rep(id) ON DELETE CASCADE,
                    date TEXT NOT NULL,
                    note TEXT,
                    created_at TEXT NOT NULL,
                    PRIMARY KEY (rep_id, date)
                ) WITHOUT ROWID;
                CREATE INDEX rep_day_off_date ON rep_day_off(date);
                """)
        }
        // The agreed start time of a visit (アポイント), minutes since midnight as the rep's hours are.
        migrator.registerMigration("v7-visit-appointment") { db in
            try db.execute(sql: "ALTER TABLE visit ADD COLUMN appointment INTEGER CHECK (appointment BETWEEN 0 AND 1440)")
        }
        // One draft plan per database (`plan week|month` replaces it): a JSON document, read whole.
        migrator.registerMigration("v8-visit-plan-draft") { db in
            try db.execute(sql: """
                CREATE TABLE plan_draft (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    document TEXT NOT NULL,
                    saved_by TEXT NOT NULL,
                    saved_at TEXT NOT NULL
                )
                """)
        }
        // Each customer's rank month by month (`rank apply`): one row per customer and month, so
        // applying a month again replaces it. `reason` is the reasons as JSON figures, read in
        // either language.
        migrator.registerMigration("v9-rank-history") { db in
            try db.execute(sql: """
                CREATE TABLE rank_history (
                    customer_id INTEGER NOT NULL REFERENCES customer(id),
                    month TEXT NOT NULL,
                    rank TEXT NOT NULL CHECK (rank IN ('focus', 'develop', 'maintain')),
                    previous_rank TEXT CHECK (previous_rank IN ('focus', 'develop', 'maintain')),
                    reason TEXT NOT NULL,
                    applied_by TEXT NOT NULL,
                    applied_at TEXT NOT NULL,
                    PRIMARY KEY (customer_id, month)
                ) WITHOUT ROWID;
                CREATE INDEX rank_history_month ON rank_history(month);
                """)
        }
        migrator.registerMigration("v10-kpi-targets", migrate: kpiTargets)
        migrator.registerMigration("v11-rule-facts") { db in
            // A customer's done visits by day with the next action's due day, from the index
            // alone: the rules read every customer's last one and count its recent ones.
            try db.execute(sql: "CREATE INDEX visit_customer_done ON visit(customer_id, status, date, next_action_due)")
        }
        migrator.registerMigration("v12-sales-month") { db in try SalesMonths.create(GRDBDatabase(db)) }
        return migrator
    }

    /// What KPIs need: a rep's team, monthly targets, the day a visit was planned for, and
    /// indexes that let the store sum a month without reading the tables.
    private static func kpiTargets(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE rep ADD COLUMN team TEXT;
            CREATE TABLE sales_target (
                rep_id INTEGER NOT NULL REFERENCES rep(id) ON DELETE CASCADE,
                month TEXT NOT NULL,
                sales_yen INTEGER NOT NULL CHECK (sales_yen >= 0),
                visits INTEGER NOT NULL CHECK (visits >= 0),
                set_by TEXT NOT NULL,
                set_at TEXT NOT NULL,
                PRIMARY KEY (rep_id, month)
            ) WITHOUT ROWID;
            ALTER TABLE visit ADD COLUMN planned_for TEXT;
            UPDATE visit SET planned_for = date WHERE status = 'planned';
            CREATE INDEX visit_planned_for ON visit(planned_for, rep_id, customer_id, status);
            -- A month's done visits with what they record, read from the index alone (a month of a
            -- large company is tens of thousands of visits spread over the whole table).
            CREATE INDEX visit_done_kpi ON visit(status, date, rep_id, customer_id, purpose, proposal, next_action)
                WHERE status = 'done';
            -- The rank of a visit's customer without reading the customer's row.
            CREATE INDEX customer_id_rank ON customer(id, rank);
            -- Inserts set planned_for themselves; a planned visit moved to another day is planned for that day.
            CREATE TRIGGER visit_planned_for AFTER UPDATE OF status, date ON visit
            WHEN NEW.status = 'planned' AND NEW.planned_for IS NOT NEW.date
            BEGIN
                UPDATE visit SET planned_for = NEW.date WHERE id = NEW.id;
            END;
            -- A rep's sales in a month from the index alone; (rep_id, date) is its prefix, so the old index goes.
            CREATE INDEX sales_order_rep_sums ON sales_order(rep_id, date, amount_yen);
            DROP INDEX sales_order_rep;
            CREATE INDEX deal_created ON deal(created_at, rep_id, customer_id);
            CREATE INDEX deal_stage_history_at ON deal_stage_history(at, to_stage);
            """)
    }

    /// Orders, deals with their stage moves, notes, visits and contacts, each tied to a customer.
    /// Days are `YYYY-MM-DD` text and money integer yen, as in v1; every table is read per
    /// customer by day, hence the `(customer_id, date)` indexes. Stage codes carry no CHECK:
    /// the sales flow is configurable. `sales_order` because ORDER is a reserved word in SQL.
    private static func customerHistory(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sales_order (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                rep_id INTEGER REFERENCES rep(id),
                date TEXT NOT NULL,
                amount_yen INTEGER NOT NULL CHECK (amount_yen >= 0),
                product TEXT,
                category TEXT,
                quantity INTEGER CHECK (quantity > 0),
                created_at TEXT NOT NULL
            );
            CREATE INDEX sales_order_customer ON sales_order(customer_id, date);
            CREATE INDEX sales_order_rep ON sales_order(rep_id, date);
            CREATE TABLE deal (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                rep_id INTEGER REFERENCES rep(id),
                title TEXT NOT NULL,
                amount_yen INTEGER CHECK (amount_yen >= 0),
                stage TEXT NOT NULL,
                proposal TEXT,
                expected_close TEXT,
                competitor TEXT,
                lost_reason TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX deal_customer ON deal(customer_id, expected_close);
            CREATE INDEX deal_rep ON deal(rep_id, stage);
            CREATE INDEX deal_stage ON deal(stage, expected_close);
            CREATE TABLE deal_stage_history (
                id INTEGER PRIMARY KEY,
                deal_id INTEGER NOT NULL REFERENCES deal(id),
                from_stage TEXT,
                to_stage TEXT NOT NULL,
                author TEXT NOT NULL,
                at TEXT NOT NULL
            );
            CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, id);
            CREATE TABLE note (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                kind TEXT NOT NULL CHECK (kind IN ('competitor', 'request', 'general')),
                date TEXT NOT NULL,
                text TEXT NOT NULL,
                tags TEXT NOT NULL DEFAULT '',
                author TEXT NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX note_customer ON note(customer_id, date);
            CREATE INDEX note_kind ON note(kind, date);
            CREATE TABLE visit (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                rep_id INTEGER REFERENCES rep(id),
                status TEXT NOT NULL CHECK (status IN ('planned', 'done')),
                date TEXT NOT NULL,
                purpose TEXT,
                proposal TEXT,
                information_to_obtain TEXT,
                next_action TEXT,
                next_action_due TEXT,
                outcomes TEXT NOT NULL DEFAULT '',
                report TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE INDEX visit_customer ON visit(customer_id, date);
            CREATE INDEX visit_rep ON visit(rep_id, date);
            CREATE INDEX visit_status ON visit(status, date);
            CREATE TABLE contact (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                name TEXT NOT NULL,
                role TEXT,
                phone TEXT,
                email TEXT,
                created_at TEXT NOT NULL
            );
            CREATE INDEX contact_customer ON contact(customer_id, name);
            """)
    }
}
