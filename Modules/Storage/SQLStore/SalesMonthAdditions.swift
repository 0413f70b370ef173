import RoundsDomain

extension SalesMonths {
    /// An import's new orders summed by customer and month, written to `sales_month` when the
    /// import ends, while the insert trigger is off (one upsert per order made a million-order
    /// import 70 % slower). On SQLite the trigger is dropped and made again inside the import's
    /// transaction, so a rollback brings it back and no other writer runs meanwhile; on
    /// PostgreSQL, where that would lock other sessions' orders out, the trigger passes over the
    /// rows of a transaction that says it holds its months itself.
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

        init(suspendingTriggerIn db: any SQLDatabase) throws {
            switch db.dialect {
            case .sqlite: try db.execute("DROP TRIGGER IF EXISTS sales_month_insert")
            case .postgres: try db.execute("SELECT set_config('rounds.sales_months_held', 'on', true)")
            }
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

        /// Adds the months held so far to `sales_month`; the trigger stays off. Many months to a
        /// statement: on a server each statement is a round trip, and a million orders over ten
        /// thousand customers hold some 30,000 months.
        mutating func flush(in db: any SQLDatabase) throws {
            let held = Array(months)
            for start in stride(from: 0, to: held.count, by: Self.monthsPerUpsert) {
                let batch = held[start..<min(start + Self.monthsPerUpsert, held.count)]
                var arguments = SQLArguments()
                for (key, month) in batch {
                    arguments += [key >> 20, String(month.first.description.prefix(7)), month.amountYen, month.orders,
                                  month.first.description, month.last.description]
                }
                try db.execute(Self.upsert(count: batch.count, dialect: db.dialect), arguments)
            }
            months = [:]
        }

        static let monthsPerUpsert = 500

        /// Adds `count` months to theirs, or inserts them; each key comes once, as an upsert needs.
        private static func upsert(count: Int, dialect: SQLDialect) -> String {
            """
            INSERT INTO sales_month (customer_id, month, amount_yen, orders, first_date, last_date) VALUES \
            \(Array(repeating: "(?, ?, ?, ?, ?, ?)", count: count).joined(separator: ", "))
            ON CONFLICT (customer_id, month) DO UPDATE SET
                amount_yen = sales_month.amount_yen + excluded.amount_yen, orders = sales_month.orders + excluded.orders,
                first_date = \(dialect.least("sales_month.first_date", "excluded.first_date")),
                last_date = \(dialect.greatest("sales_month.last_date", "excluded.last_date"))
            """
        }

        /// The months, then the trigger again.
        mutating func write(in db: any SQLDatabase) throws {
            try flush(in: db)
            try resumeTrigger(in: db)
        }

        /// The trigger again without the months: an import that will roll back leaves the
        /// schema as it found it even before the rollback.
        func resumeTrigger(in db: any SQLDatabase) throws {
            switch db.dialect {
            case .sqlite: try db.execute(SalesMonths.insertTrigger)
            case .postgres: try db.execute("SELECT set_config('rounds.sales_months_held', 'off', true)")
            }
        }
    }
}
