import GRDB
import RoundsDomain

/// Each customer's sales month by month (`sales_month`), kept by triggers on `sales_order` so it
/// is never stale: a window of whole months is then one seek over a dozen rows instead of every
/// order in it (the rules read three windows for every customer of the company).
///
/// Partial months at a window's edges still come from `sales_order` itself.
enum SalesMonths {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
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

extension SalesMonths {
    /// An import's new orders summed by customer and month, written to `sales_month` when the
    /// import ends, while the insert trigger is off (one upsert per order made a million-order
    /// import 70 % slower). The trigger is dropped and made again inside the import's
    /// transaction, so a rollback brings it back and no other writer runs meanwhile.
    ///
    /// ```swift
    /// var added = try SalesMonths.Additions(suspendingTriggerIn: db)
    /// added.add(customer: 7, date: november3, amountYen: 12_000)
    /// try added.write(in: db)      // the months, then the trigger again
    /// ```
    struct Additions {
        private struct Month {
            var amountYen = 0
            var orders = 0
            var first: CalendarDate
            var last: CalendarDate
        }

        /// By customer row id and month, packed in one integer: hashing it per order is cheap.
        private var months: [Int: Month] = [:]

        init(suspendingTriggerIn db: Database) throws {
            try db.execute(sql: "DROP TRIGGER IF EXISTS sales_month_insert")
        }

        mutating func add(customer: Int64, date: CalendarDate, amountYen: Int) {
            let key = Int(customer) << 20 | (date.year * 12 + date.month - 1)
            var month = months[key] ?? Month(first: date, last: date)
            month.amountYen += amountYen
            month.orders += 1
            month.first = min(month.first, date)
            month.last = max(month.last, date)
            months[key] = month
        }

        /// Adds the months held so far to `sales_month`; the trigger stays off.
        mutating func flush(in db: Database) throws {
            guard !months.isEmpty else { return }
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO sales_month (customer_id, month, amount_yen, orders, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id, month) DO UPDATE SET
                    amount_yen = amount_yen + excluded.amount_yen, orders = orders + excluded.orders,
                    first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date)
                """)
            for (key, month) in months {
                try upsert.execute(arguments: [key >> 20, String(month.first.description.prefix(7)), month.amountYen, month.orders,
                                               month.first.description, month.last.description])
            }
            months = [:]
        }

        /// The months, then the trigger again.
        mutating func write(in db: Database) throws {
            try flush(in: db)
            try resumeTrigger(in: db)
        }

        /// The trigger again without the months: an import that will roll back leaves the
        /// schema as it found it even before the rollback.
        func resumeTrigger(in db: Database) throws {
            try db.execute(sql: SalesMonths.insertTrigger)
        }
    }
}
