import RoundsDomain

/// Each customer's sales month by month (`sales_month`), kept by triggers on `sales_order` so it
/// is never stale: a window of whole months is then one seek over a dozen rows instead of every
/// order in it (the rules read three windows for every customer of the company).
///
/// Partial months at a window's edges still come from `sales_order` itself. This is SQLite's
/// schema for it; `PostgresSchema` has the server's.
enum SalesMonths {
    static func create(_ db: any SQLDatabase) throws {
        try db.executeScript("""
            CREATE TABLE sales_month (
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                month TEXT NOT NULL,
                amount_yen INTEGER NOT NULL,
                orders INTEGER NOT NULL,
                first_date TEXT NOT NULL,
                last_date TEXT NOT NULL,
                PRIMARY KEY (customer_id, month)
            ) WITHOUT ROWID;
            INSERT INTO sales_month
                SELECT customer_id, substr(date, 1, 7), SUM(amount_yen), COUNT(*), MIN(date), MAX(date)
                FROM sales_order GROUP BY customer_id, substr(date, 1, 7);
            \(insertTrigger);
            CREATE TRIGGER sales_month_delete AFTER DELETE ON sales_order BEGIN
                \(recount("old"))
            END;
            CREATE TRIGGER sales_month_update AFTER UPDATE OF customer_id, date, amount_yen ON sales_order BEGIN
                \(recount("old"))
                \(recount("new"))
            END;
            """)
    }

    /// An inserted order adds to its month; the usual write, so it touches one row only.
    static let insertTrigger = """
        CREATE TRIGGER sales_month_insert AFTER INSERT ON sales_order BEGIN
            \(add("new"))
        END
        """

    private static func add(_ order: String) -> String {
        """
        INSERT INTO sales_month (customer_id, month, amount_yen, orders, first_date, last_date)
            VALUES (\(order).customer_id, substr(\(order).date, 1, 7), \(order).amount_yen, 1, \(order).date, \(order).date)
            ON CONFLICT (customer_id, month) DO UPDATE SET
                amount_yen = amount_yen + excluded.amount_yen, orders = orders + 1,
                first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
        """
    }

    /// A deleted or changed order's month is counted again from its orders (first and last
    /// days cannot be taken back by subtraction); gone when it has none left.
    private static func recount(_ order: String) -> String {
        let month = "substr(\(order).date, 1, 7)"
        return """
            DELETE FROM sales_month WHERE customer_id = \(order).customer_id AND month = \(month);
            INSERT INTO sales_month
                SELECT customer_id, \(month), SUM(amount_yen), COUNT(*), MIN(date), MAX(date) FROM sales_order
                WHERE customer_id = \(order).customer_id AND date BETWEEN \(month) || '-01' AND \(month) || '-31'
                GROUP BY customer_id HAVING COUNT(*) > 0;
            """
    }
}
