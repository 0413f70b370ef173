import RoundsDomain
import RoundsStorage

/// Monthly targets for the demo reps: each month of the last year asks for 10 % more sales than
/// the same month a year before (rounded to ¥10,000) and as many visits, so `kpi` has targets to
/// hold the figures against. Months without a year before get none.
///
/// ```swift
/// try DemoTargets.set(in: store, until: until, author: "demo")   // R01 2026-10: ¥2,080,000, 34 visits
/// ```
enum DemoTargets {
    static func set(in store: any Store, until: CalendarDate, author: String) throws {
        for back in 0..<12 {
            let month = KPIPeriod(monthOf: until.adding(months: -back))
            let yearBefore = KPIPeriod(monthOf: month.first.adding(months: -12))
            for row in try store.kpiFigures(KPIQuery(period: yearBefore, by: .rep, flow: .standard)) {
                guard let rep = row.key, row.figures.salesYen > 0 else { continue }
                let sales = (row.figures.salesYen * 11 / 10 + 5_000) / 10_000 * 10_000
                try store.setTarget(SalesTarget(rep: rep, month: month.description, salesYen: sales, visits: row.figures.visitsDone),
                                    author: author)
            }
        }
    }
}
