import Foundation

/// The span a KPI report covers, always whole months: a month (`2026-11`), a calendar quarter
/// (`2026Q3`: July–September), a fiscal year (`FY2026`) or a fiscal quarter (`FY2026Q1`). A fiscal
/// year is named after the calendar year it starts in and starts in the company's month (April
/// unless `company: {fiscal_year_start: N}` says otherwise).
///
/// ```swift
/// let year = try KPIPeriod(parsing: "FY2026", fiscalYearStart: 4)
/// year.first, year.last          // 2026-04-01, 2027-03-31
/// try KPIPeriod(parsing: "FY2026Q2").months   // ["2026-07", "2026-08", "2026-09"]
/// ```
public struct KPIPeriod: Sendable, Equatable, CustomStringConvertible {
    /// What the user typed, normalized (`fy2026q1` → `FY2026Q1`).
    public let description: String
    /// The first day of the first month.
    public let first: CalendarDate
    /// How many months the period spans.
    public let monthCount: Int

    /// The month `date` falls in.
    public init(monthOf date: CalendarDate) {
        self.init(name: "\(date.year)-\(String(date.month, zeroPaddedTo: 2))", year: date.year, month: date.month, months: 1)
    }

    public init(parsing text: String, fiscalYearStart: Int = 4, field: String = "--period") throws(RoundsError) {
        let word = text.trimmingCharacters(in: .whitespaces).halfwidth.uppercased()
        let bad = RoundsError(.usage, .invalidField(field, text, .kpiPeriodFormat))
        if word.hasPrefix("FY") {
            let rest = word.dropFirst(2)
            let (yearText, quarter) = try Self.splitQuarter(rest, bad)
            guard let year = Self.year(yearText) else { throw bad }
            let start = year * 12 + fiscalYearStart - 1 + (quarter.map { ($0 - 1) * 3 } ?? 0)
            self.init(name: "FY\(year)" + (quarter.map { "Q\($0)" } ?? ""), year: start / 12, month: start % 12 + 1,
                      months: quarter == nil ? 12 : 3)
        } else if word.contains("Q") {
            let (yearText, quarter) = try Self.splitQuarter(Substring(word), bad)
            guard let year = Self.year(yearText), let quarter else { throw bad }
            self.init(name: "\(year)Q\(quarter)", year: year, month: (quarter - 1) * 3 + 1, months: 3)
        } else {
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let year = Self.year(parts[0]), parts[1].count == 2,
                  let month = Int(parts[1]), (1...12).contains(month) else { throw bad }
            self.init(name: word, year: year, month: month, months: 1)
        }
    }

    private init(name: String, year: Int, month: Int, months: Int) {
        description = name
        // Day 1 exists in every month, so the checked initializer never throws here.
        first = try! CalendarDate(year: year, month: month, day: 1)
        monthCount = months
    }

    /// The last day of the last month.
    public var last: CalendarDate { first.adding(months: monthCount).adding(days: -1) }

    /// Each month as `YYYY-MM`, in order: the keys monthly targets are stored under.
    public var months: [String] {
        (0..<monthCount).map { offset in
            let day = first.adding(months: offset)
            return "\(day.year)-\(String(day.month, zeroPaddedTo: 2))"
        }
    }

    /// The month before this period's first month: `kpi` reports the last complete month by default.
    public static func monthBefore(_ date: CalendarDate) -> KPIPeriod {
        KPIPeriod(monthOf: date.adding(months: -1))
    }

    private static func splitQuarter(_ text: Substring, _ bad: RoundsError) throws(RoundsError) -> (Substring, Int?) {
        let parts = text.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw bad }
        guard parts.count == 2 else { return (parts[0], nil) }
        guard parts[1].count == 1, let quarter = Int(parts[1]), (1...4).contains(quarter) else { throw bad }
        return (parts[0], quarter)
    }

    private static func year(_ text: Substring) -> Int? {
        guard text.count == 4, let year = Int(text), (1900...2999).contains(year) else { return nil }
        return year
    }
}

extension Message {
    public static let kpiPeriodFormat = Message(
        en: "give a month (2026-11), a quarter (2026Q3), a fiscal year (FY2026) or a fiscal quarter (FY2026Q1)",
        ja: "月（2026-11）・四半期（2026Q3）・年度（FY2026）・年度の四半期（FY2026Q1）で指定してください")
}
