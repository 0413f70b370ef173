import RoundsDomain
import RoundsPlanning
import RoundsShell

/// The plan as JSON for other programs and the independent checker (`Tests/PlanCheck`): reps →
/// days → stops with `arrive` (service start) and `depart`, travel minutes per day and in total
/// (the sum of the days), and the visits left out with their reason code.
///
/// ```swift
/// PlanJSONExport(exported).text()
/// // {"from": "2026-12-01", "to": "2026-12-31", "reps": [{"rep": "R01", "days": [{"date": "2026-12-01",
/// //   "stops": [{"customer": "C00016", "arrive": "08:48", "depart": "09:33", …}], "travel_minutes": 61}], …}],
/// //   "travel_minutes_total": 669, "dropped": [{"customer": "C00031", "rep": "R01", "visits": 1, "reason": "no-room"}]}
/// ```
struct PlanJSONExport {
    let exported: ExportedPlan

    init(_ exported: ExportedPlan) {
        self.exported = exported
    }

    func text() -> String {
        let plan = exported.plan
        var total = 0
        let reps: [JSONValue] = plan.reps.map { repPlan in
            let days: [JSONValue] = repPlan.days.filter { !$0.stops.isEmpty }.map { day in
                let minutes = Minutes.of(day.travelSeconds)
                total += minutes
                return .object([
                    ("date", text(day.date.description)),
                    ("stops", .array(day.stops.map(stop))),
                    ("travel_minutes", .cell(.integer(minutes))),
                    ("leave", text(Clock.text(day.departure))),
                    ("back", text(Clock.text(day.arrival))),
                ])
            }
            return .object([
                ("rep", text(repPlan.rep)),
                ("days", .array(days)),
                ("hours_needed", .cell(.real(repPlan.hoursNeeded))),
                ("hours_available", .cell(.real(repPlan.hoursAvailable))),
                ("frequency_scale", .cell(.real(repPlan.frequencyScale))),
            ])
        }
        let dropped: [JSONValue] = plan.reps.flatMap { repPlan in
            repPlan.dropped.map { visit in
                .object([
                    ("customer", text(visit.customer)),
                    ("rep", text(repPlan.rep)),
                    ("visits", .cell(.integer(visit.visits))),
                    ("reason", text(visit.reason.rawValue)),
                    ("why", text(PlanWords.reason(visit.reason).text())),
                ])
            }
        }
        let unkept: [JSONValue] = plan.reps.flatMap { repPlan in
            repPlan.unkept.map { .object([("customer", text($0.customer)), ("rep", text(repPlan.rep)), ("date", text($0.date.description))]) }
        }
        return JSONValue.object([
            ("from", text(plan.from.description)),
            ("to", text(plan.to.description)),
            ("reps", .array(reps)),
            ("travel_minutes_total", .cell(.integer(total))),
            ("dropped", .array(dropped)),
            ("unkept", .array(unkept)),
        ]).text()
    }

    private func stop(_ stop: PlanStop) -> JSONValue {
        .object([
            ("customer", text(stop.customer)),
            ("name", .cell(.optional(exported.customers[stop.customer]?.name))),
            ("arrive", text(Clock.text(stop.serviceStart))),
            ("depart", text(Clock.text(stop.departure))),
            ("drive_minutes", .cell(.integer(Minutes.of(stop.driveSeconds)))),
            ("why", .array(stop.reasons.map { text(PlanWords.why($0).text()) })),
        ])
    }

    private func text(_ value: String) -> JSONValue { .cell(.text(value)) }
}
