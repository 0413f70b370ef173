import RoundsDomain

/// The sales windows the facts sum, cut into the SQL that sums them per customer: whole months
/// from `sales_month` (one seek over a dozen rows), and the part-months at a window's edges from
/// `sales_order` (only when the as-of day is not a month's last). Windows that share a piece (the
/// 12 months and the last 3 end on the same day) sum it once.
///
/// ```swift
/// var windows = SalesWindows()
/// let year = windows.add(november1...october31, details: true)   // one piece: months 2025-11…2026-10
/// windows.columns(customer: "c.id")      // one scalar subquery per piece, "sum count first last"
/// ```
struct SalesWindows {
    private struct Piece: Hashable {
        var wholeMonths: Bool
        var from: String
        var to: String
    }

    private var pieces: [Piece] = []
    /// Whether a piece must give its order count and first and last days, not only its sum.
    private var details: [Bool] = []

    /// Adds a window; returns the indexes of its pieces.
    mutating func add(_ window: ClosedRange<CalendarDate>, details wanted: Bool) -> [Int] {
        cut(window).map { piece in
            if let index = pieces.firstIndex(of: piece) {
                details[index] = details[index] || wanted
                return index
            }
            pieces.append(piece)
            details.append(wanted)
            return pieces.count - 1
        }
    }

    /// One scalar subquery per piece, in the order of the indexes `add` gave.
    func columns(customer: String) -> [String] {
        zip(pieces, details).map { piece, details in
            let values = details ? "SUM(amount_yen) || ' ' || \(piece.wholeMonths ? "SUM(orders)" : "COUNT(*)") || ' ' || "
                + (piece.wholeMonths ? "MIN(first_date) || ' ' || MAX(last_date)" : "MIN(date) || ' ' || MAX(date)")
                // As an integer: PostgreSQL's SUM of BIGINTs is NUMERIC, which costs the client a
                // decimal parse per value (rank compute reads four per customer).
                : "CAST(SUM(amount_yen) AS BIGINT)"
            return piece.wholeMonths
                ? "(SELECT \(values) FROM sales_month WHERE customer_id = \(customer) AND month BETWEEN '\(piece.from)' AND '\(piece.to)')"
                : "(SELECT \(values) FROM sales_order WHERE customer_id = \(customer) AND date BETWEEN '\(piece.from)' AND '\(piece.to)')"
        }
    }

    /// The window as a part-month at its start, whole months, and a part-month at its end.
    private func cut(_ window: ClosedRange<CalendarDate>) -> [Piece] {
        let (start, end) = (window.lowerBound, window.upperBound)
        let firstWhole = start.day == 1 ? start : start.adding(days: 1 - start.day).adding(months: 1)
        let endsMonth = end.adding(days: 1).day == 1
        let lastWhole = endsMonth ? end : end.adding(days: -end.day)
        // No whole month inside (15 October to 10 November): one part-month seek.
        guard firstWhole < lastWhole else { return [Piece(wholeMonths: false, from: start.description, to: end.description)] }
        var cut: [Piece] = []
        if firstWhole != start {
            cut.append(Piece(wholeMonths: false, from: start.description, to: firstWhole.adding(days: -1).description))
        }
        cut.append(Piece(wholeMonths: true, from: Self.month(firstWhole), to: Self.month(lastWhole)))
        if !endsMonth {
            cut.append(Piece(wholeMonths: false, from: lastWhole.adding(days: 1).description, to: end.description))
        }
        return cut
    }

    private static func month(_ day: CalendarDate) -> String {
        String(day.description.prefix(7))
    }
}
