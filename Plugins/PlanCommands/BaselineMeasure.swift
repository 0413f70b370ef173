import RoundsDomain
import RoundsPlanning
import RoundsRouting
import RoundsShell
import RoundsStorage

/// One rep's period under the weekday routine, as `plan baseline` and `plan compare` report it.
struct BaselineMeasure {
    var rep: String
    var customers: Int
    var month: WeekdayBaseline.Month
    /// Customers without a map position, not in the routine.
    var skipped: [String]

    var lateWindows: Int { month.violations.filter { if case .lateForWindow = $0.violation { true } else { false } }.count }
    var overtimeDays: Int { Set(month.violations.compactMap { if case .overtime = $0.violation { $0.date } else { nil } }).count }
    var lateLunches: Int { month.violations.filter { if case .lateLunch = $0.violation { true } else { false } }.count }

    /// Each rep with a start, over `days`; reps without one are reported on standard error and left out.
    static func measure(_ reps: [Rep], days: [CalendarDate], store: any Store, session: Session) throws -> [BaselineMeasure] {
        let rules = session.settings.rules
        let customers = try store.customers(CustomerQuery()).filter { $0.status == .active }
        let byRep = Dictionary(grouping: customers, by: { $0.rep ?? "" })
        let daysOff = Dictionary(grouping: try store.daysOff(rep: nil, from: days.first, to: days.last), by: \.rep)
        var measures: [BaselineMeasure] = []
        for rep in reps {
            guard let start = rep.start else {
                session.out.error(Message.baselineRepWithoutStart(rep.code).text())
                continue
            }
            var calendar = rules.calendar
            calendar.repDaysOff = Set((daysOff[rep.code] ?? []).map(\.date))
            let all = byRep[rep.code] ?? []
            let placed = all.filter { $0.location != nil }
            let matrix = TravelModel(rules.travel, rep: rep.code).matrix([start, rep.end ?? start] + placed.map { $0.location! })
            let month = WeekdayBaseline.run(
                rep: WeekdayBaseline.Rep(start: start, shift: TimeSpan(rep.workingHours), lunch: rep.lunch.map(Break.init)),
                customers: placed.map { WeekdayRoutine.Customer(code: $0.code, location: $0.location!, rank: $0.rank, closedDays: $0.closedDays) },
                stops: placed.enumerated().map { index, customer in
                    Stop(node: index + 2, label: customer.code, serviceTime: Double(customer.serviceMinutes * 60),
                         windows: customer.timeWindows.map(TimeSpan.init))
                },
                days: days, isWorkday: calendar.isWorkday,
                travel: { from, to in matrix[from.map { $0 + 2 } ?? 0, to.map { $0 + 2 } ?? 1] })
            measures.append(BaselineMeasure(rep: rep.code, customers: all.count, month: month,
                                            skipped: all.filter { $0.location == nil }.map(\.code)))
        }
        return measures
    }
}
