/// The schema on PostgreSQL: the same migrations as `Migrations.swift` (same identifiers, same
/// tables, columns, checks and indexes), spelled so that the store's SQL runs unchanged on both.
///
/// Ids are identities that also take explicit values (imports keep their ids; see
/// `SQLDialect.resyncIDs(table:)`), text is `COLLATE "C"` so it sorts bytewise as on SQLite, SQLite's
/// REAL and INTEGER are DOUBLE PRECISION and BIGINT, and triggers are PL/pgSQL functions.
///
/// ```swift
/// for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
///     try db.executeScript(migration.sql)
/// }
/// ```
package enum PostgresSchema {
    package struct Migration: Sendable {
        package let identifier: String
        package let sql: String
    }

    package static let migrations: [Migration] = [
        Migration(identifier: "v1-customer-master", sql: customerMaster),
        Migration(identifier: "v2-customer-history", sql: customerHistory),
        // Filled by the store as records are written: a new server database has no records yet,
        // and the grams are made in Swift (`SearchGrams.document`), not in SQL.
        Migration(identifier: "v3-search", sql: """
            CREATE TABLE search_index (
                rowid BIGINT PRIMARY KEY,
                grams \(text) NOT NULL,
                gram_set TEXT[] GENERATED ALWAYS AS (string_to_array(grams, ' ')) STORED
            );
            CREATE INDEX search_index_grams ON search_index USING GIN (gram_set);
            """),
        Migration(identifier: "v4-order-sums-index", sql: """
            CREATE INDEX sales_order_customer_sums ON sales_order(customer_id, date, id, amount_yen);
            DROP INDEX sales_order_customer;
            """),
        Migration(identifier: "v5-customer-visit-interval", sql: "ALTER TABLE customer ADD COLUMN visit_interval_days BIGINT"),
        Migration(identifier: "v6-rep-days-off", sql: """
            CREATE TABLE rep_day_off (
                rep_id BIGINT NOT NULL REFERENCES rep(id) ON DELETE CASCADE,
                date \(text) NOT NULL,
                note \(text),
                created_at \(text) NOT NULL,
                PRIMARY KEY (rep_id, date)
            );
            CREATE INDEX rep_day_off_date ON rep_day_off(date);
            """),
        Migration(identifier: "v7-visit-appointment",
                  sql: "ALTER TABLE visit ADD COLUMN appointment BIGINT CHECK (appointment BETWEEN 0 AND 1440)"),
        Migration(identifier: "v8-visit-plan-draft", sql: """
            CREATE TABLE plan_draft (
                \(id) CHECK (id = 1),
                document \(text) NOT NULL,
                saved_by \(text) NOT NULL,
                saved_at \(text) NOT NULL
            )
            """),
        Migration(identifier: "v9-rank-history", sql: """
            CREATE TABLE rank_history (
                customer_id BIGINT NOT NULL REFERENCES customer(id),
                month \(text) NOT NULL,
                rank \(text) NOT NULL CHECK (rank IN ('focus', 'develop', 'maintain')),
                previous_rank \(text) CHECK (previous_rank IN ('focus', 'develop', 'maintain')),
                reason \(text) NOT NULL,
                applied_by \(text) NOT NULL,
                applied_at \(text) NOT NULL,
                PRIMARY KEY (customer_id, month)
            );
            CREATE INDEX rank_history_month ON rank_history(month);
            """),
        Migration(identifier: "v10-kpi-targets", sql: kpiTargets),
        Migration(identifier: "v11-rule-facts",
                  sql: "CREATE INDEX visit_customer_done ON visit(customer_id, status, date, next_action_due)"),
        Migration(identifier: "v12-sales-month", sql: salesMonth),
        // PostgreSQL only (SQLite drops the trigger while an import holds its months): the
        // condition moves from the function to the trigger, which then is not even queued for
        // an import's rows; a million queued calls cost an import some ten seconds.
        Migration(identifier: "v13-sales-month-held", sql: """
            DROP TRIGGER sales_month_insert ON sales_order;
            CREATE OR REPLACE FUNCTION sales_month_add() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO sales_month AS m (customer_id, month, amount_yen, orders, first_date, last_date)
                    VALUES (NEW.customer_id, substr(NEW.date, 1, 7), NEW.amount_yen, 1, NEW.date, NEW.date)
                    ON CONFLICT (customer_id, month) DO UPDATE SET
                        amount_yen = m.amount_yen + excluded.amount_yen, orders = m.orders + 1,
                        first_date = least(m.first_date, excluded.first_date),
                        last_date = greatest(m.last_date, excluded.last_date);
                RETURN NULL;
            END
            $$;
            CREATE TRIGGER sales_month_insert AFTER INSERT ON sales_order FOR EACH ROW
                WHEN (current_setting('rounds.sales_months_held', true) IS DISTINCT FROM 'on')
                EXECUTE FUNCTION sales_month_add();
            """),
        // PostgreSQL only: the planner leaves a partial index's implied `status = 'done'` out of
        // the search, so with status first (as on SQLite) it could only read the whole index, and
        // chose the table instead. Date first, `kpi` seeks the period (205 ms → 147 ms, 10M orders).
        Migration(identifier: "v14-visit-done-kpi-by-date", sql: """
            DROP INDEX visit_done_kpi;
            CREATE INDEX visit_done_kpi ON visit(date, rep_id, customer_id, purpose, proposal, next_action)
                WHERE status = 'done';
            """),
        Migration(identifier: "v15-search-totals", sql: searchTotals),
    ]

    /// PostgreSQL only (FTS5 keeps its own): the index's rows and grams in all, which search ranks
    /// by (`SearchRelevance`). Kept by statement triggers, so a COPY or a bulk DELETE adds once;
    /// in rows per server process (1,024 of them), so concurrent writers rarely wait on the same
    /// row. A search sums them.
    /// The lock keeps a shell still on the previous version from indexing a record between the
    /// count and the triggers.
    private static let searchTotals = """
        LOCK TABLE search_index IN SHARE ROW EXCLUSIVE MODE;
        CREATE TABLE search_totals (
            shard BIGINT PRIMARY KEY,
            documents BIGINT NOT NULL,
            grams BIGINT NOT NULL
        ) WITH (fillfactor = 50);
        INSERT INTO search_totals (shard, documents, grams)
            SELECT 0, count(*), coalesce(sum(cardinality(gram_set)), 0) FROM search_index;
        CREATE FUNCTION search_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO search_totals AS t (shard, documents, grams)
                SELECT pg_backend_pid() % 1024, TG_ARGV[0]::bigint * count(*),
                       TG_ARGV[0]::bigint * coalesce(sum(cardinality(gram_set)), 0)
                FROM changed HAVING count(*) > 0
                ON CONFLICT (shard) DO UPDATE SET documents = t.documents + excluded.documents, grams = t.grams + excluded.grams;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER search_totals_insert AFTER INSERT ON search_index REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION search_totals_add(1);
        CREATE TRIGGER search_totals_delete AFTER DELETE ON search_index REFERENCING OLD TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION search_totals_add('-1');
        """

    /// Every text column: bytewise order and comparison, as SQLite's default BINARY collation.
    private static let text = "TEXT COLLATE \"C\""
    /// A table's own id; `BY DEFAULT`, so an import can still insert the ids it brings.
    private static let id = "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"

    private static let customerMaster = """
        CREATE TABLE rep (
            \(id),
            code \(text) NOT NULL UNIQUE,
            name \(text) NOT NULL,
            name_kana \(text),
            start_lat DOUBLE PRECISION, start_lon DOUBLE PRECISION,
            end_lat DOUBLE PRECISION, end_lon DOUBLE PRECISION,
            work_start BIGINT NOT NULL DEFAULT 540,
            work_end BIGINT NOT NULL DEFAULT 1080,
            lunch_start BIGINT, lunch_end BIGINT, lunch_minutes BIGINT,
            created_at \(text) NOT NULL,
            updated_at \(text) NOT NULL
        );
        CREATE TABLE customer (
            \(id),
            code \(text) NOT NULL UNIQUE,
            name \(text) NOT NULL,
            name_kana \(text),
            address \(text),
            lat DOUBLE PRECISION, lon DOUBLE PRECISION,
            phone \(text),
            rep_id BIGINT REFERENCES rep(id),
            rank \(text) CHECK (rank IN ('focus', 'develop', 'maintain')),
            potential_yen BIGINT NOT NULL DEFAULT 0 CHECK (potential_yen >= 0),
            service_minutes BIGINT NOT NULL DEFAULT 30,
            time_windows \(text) NOT NULL DEFAULT '',
            closed_days \(text) NOT NULL DEFAULT '',
            status \(text) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'archived')),
            tags \(text) NOT NULL DEFAULT '',
            created_at \(text) NOT NULL,
            updated_at \(text) NOT NULL
        );
        CREATE INDEX customer_rep ON customer(rep_id, rank);
        CREATE INDEX customer_rank ON customer(rank, potential_yen);
        CREATE INDEX customer_status ON customer(status);
        CREATE INDEX customer_potential ON customer(potential_yen);
        CREATE TABLE change_log (
            \(id),
            at \(text) NOT NULL,
            author \(text) NOT NULL,
            entity \(text) NOT NULL,
            code \(text) NOT NULL,
            action \(text) NOT NULL,
            data \(text) NOT NULL
        );
        CREATE INDEX change_log_entity ON change_log(entity, code);
        """

    private static let customerHistory = """
        CREATE TABLE sales_order (
            \(id),
            customer_id BIGINT NOT NULL REFERENCES customer(id),
            rep_id BIGINT REFERENCES rep(id),
            date \(text) NOT NULL,
            amount_yen BIGINT NOT NULL CHECK (amount_yen >= 0),
            product \(text),
            category \(text),
            quantity BIGINT CHECK (quantity > 0),
            created_at \(text) NOT NULL
        );
        CREATE INDEX sales_order_customer ON sales_order(customer_id, date);
        CREATE INDEX sales_order_rep ON sales_order(rep_id, date);
        CREATE TABLE deal (
            \(id),
            customer_id BIGINT NOT NULL REFERENCES customer(id),
            rep_id BIGINT REFERENCES rep(id),
            title \(text) NOT NULL,
            amount_yen BIGINT CHECK (amount_yen >= 0),
            stage \(text) NOT NULL,
            proposal \(text),
            expected_close \(text),
            competitor \(text),
            lost_reason \(text),
            created_at \(text) NOT NULL,
            updated_at \(text) NOT NULL
        );
        CREATE INDEX deal_customer ON deal(customer_id, expected_close);
        CREATE INDEX deal_rep ON deal(rep_id, stage);
        CREATE INDEX deal_stage ON deal(stage, expected_close);
        CREATE TABLE deal_stage_history (
            \(id),
            deal_id BIGINT NOT NULL REFERENCES deal(id),
            from_stage \(text),
            to_stage \(text) NOT NULL,
            author \(text) NOT NULL,
            at \(text) NOT NULL
        );
        CREATE INDEX deal_stage_history_deal ON deal_stage_history(deal_id, id);
        CREATE TABLE note (
            \(id),
            customer_id BIGINT NOT NULL REFERENCES customer(id),
            kind \(text) NOT NULL CHECK (kind IN ('competitor', 'request', 'general')),
            date \(text) NOT NULL,
            text \(text) NOT NULL,
            tags \(text) NOT NULL DEFAULT '',
            author \(text) NOT NULL,
            created_at \(text) NOT NULL
        );
        CREATE INDEX note_customer ON note(customer_id, date);
        CREATE INDEX note_kind ON note(kind, date);
        CREATE TABLE visit (
            \(id),
            customer_id BIGINT NOT NULL REFERENCES customer(id),
            rep_id BIGINT REFERENCES rep(id),
            status \(text) NOT NULL CHECK (status IN ('planned', 'done')),
            date \(text) NOT NULL,
            purpose \(text),
            proposal \(text),
            information_to_obtain \(text),
            next_action \(text),
            next_action_due \(text),
            outcomes \(text) NOT NULL DEFAULT '',
            report \(text),
            created_at \(text) NOT NULL,
            updated_at \(text) NOT NULL
        );
        CREATE INDEX visit_customer ON visit(customer_id, date);
        CREATE INDEX visit_rep ON visit(rep_id, date);
        CREATE INDEX visit_status ON visit(status, date);
        CREATE TABLE contact (
            \(id),
            customer_id BIGINT NOT NULL REFERENCES customer(id),
            name \(text) NOT NULL,
            role \(text),
            phone \(text),
            email \(text),
            created_at \(text) NOT NULL
        );
        CREATE INDEX contact_customer ON contact(customer_id, name);
        """

    /// SQLite's `visit_planned_for` updates the row again after the update; here a BEFORE trigger
    /// sets the new row's `planned_for` itself, which ends in the same row without a second write.
    private static let kpiTargets = """
        ALTER TABLE rep ADD COLUMN team \(text);
        CREATE TABLE sales_target (
            rep_id BIGINT NOT NULL REFERENCES rep(id) ON DELETE CASCADE,
            month \(text) NOT NULL,
            sales_yen BIGINT NOT NULL CHECK (sales_yen >= 0),
            visits BIGINT NOT NULL CHECK (visits >= 0),
            set_by \(text) NOT NULL,
            set_at \(text) NOT NULL,
            PRIMARY KEY (rep_id, month)
        );
        ALTER TABLE visit ADD COLUMN planned_for \(text);
        UPDATE visit SET planned_for = date WHERE status = 'planned';
        CREATE INDEX visit_planned_for ON visit(planned_for, rep_id, customer_id, status);
        CREATE INDEX visit_done_kpi ON visit(status, date, rep_id, customer_id, purpose, proposal, next_action)
            WHERE status = 'done';
        CREATE INDEX customer_id_rank ON customer(id, rank);
        CREATE FUNCTION visit_planned_for() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.planned_for := NEW.date;
            RETURN NEW;
        END
        $$;
        CREATE TRIGGER visit_planned_for BEFORE UPDATE OF status, date ON visit FOR EACH ROW
            WHEN (NEW.status = 'planned' AND NEW.planned_for IS DISTINCT FROM NEW.date)
            EXECUTE FUNCTION visit_planned_for();
        CREATE INDEX sales_order_rep_sums ON sales_order(rep_id, date, amount_yen);
        DROP INDEX sales_order_rep;
        CREATE INDEX deal_created ON deal(created_at, rep_id, customer_id);
        CREATE INDEX deal_stage_history_at ON deal_stage_history(at, to_stage);
        """

    /// `SalesMonths.swift` on PostgreSQL: an inserted order adds to its month (one row touched);
    /// a deleted or changed order's month is counted again from its orders, and is gone when it
    /// has none left.
    private static let salesMonth = """
        CREATE TABLE sales_month (
            customer_id BIGINT NOT NULL REFERENCES customer(id),
            month \(text) NOT NULL,
            amount_yen BIGINT NOT NULL,
            orders BIGINT NOT NULL,
            first_date \(text) NOT NULL,
            last_date \(text) NOT NULL,
            PRIMARY KEY (customer_id, month)
        );
        INSERT INTO sales_month
            SELECT customer_id, substr(date, 1, 7), SUM(amount_yen), COUNT(*), MIN(date), MAX(date)
            FROM sales_order GROUP BY customer_id, substr(date, 1, 7);
        CREATE FUNCTION sales_month_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            -- An import sums its months itself and says so for its transaction (SalesMonths.Additions).
            IF current_setting('rounds.sales_months_held', true) = 'on' THEN
                RETURN NULL;
            END IF;
            INSERT INTO sales_month AS m (customer_id, month, amount_yen, orders, first_date, last_date)
                VALUES (NEW.customer_id, substr(NEW.date, 1, 7), NEW.amount_yen, 1, NEW.date, NEW.date)
                ON CONFLICT (customer_id, month) DO UPDATE SET
                    amount_yen = m.amount_yen + excluded.amount_yen, orders = m.orders + 1,
                    first_date = least(m.first_date, excluded.first_date), last_date = greatest(m.last_date, excluded.last_date);
            RETURN NULL;
        END
        $$;
        CREATE FUNCTION sales_month_recount(order_customer BIGINT, order_date TEXT) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            order_month TEXT := substr(order_date, 1, 7);
        BEGIN
            DELETE FROM sales_month WHERE customer_id = order_customer AND month = order_month;
            INSERT INTO sales_month
                SELECT customer_id, order_month, SUM(amount_yen), COUNT(*), MIN(date), MAX(date) FROM sales_order
                WHERE customer_id = order_customer AND date BETWEEN order_month || '-01' AND order_month || '-31'
                GROUP BY customer_id;
        END
        $$;
        CREATE FUNCTION sales_month_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM sales_month_recount(OLD.customer_id, OLD.date);
            IF TG_OP = 'UPDATE' THEN
                PERFORM sales_month_recount(NEW.customer_id, NEW.date);
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER sales_month_insert AFTER INSERT ON sales_order FOR EACH ROW EXECUTE FUNCTION sales_month_add();
        CREATE TRIGGER sales_month_delete AFTER DELETE ON sales_order FOR EACH ROW EXECUTE FUNCTION sales_month_change();
        CREATE TRIGGER sales_month_update AFTER UPDATE OF customer_id, date, amount_yen ON sales_order FOR EACH ROW
            EXECUTE FUNCTION sales_month_change();
        """
}
