import RoundsDomain
import RoundsShell

/// `customer show --format json`: every section of the screen as one object, for scripts. Keys are
/// the listings' own (`order list --format json` has the same `amount_yen`), codes instead of labels.
///
/// ```json
/// {"profile": {"code": "C1", …, "rank": "focus"}, "last_visit": {"id": 3, "date": "2026-03-12", …},
///  "open_next_actions": [{"visit": 3, "action": "見積送付", "due": "2026-03-20"}], "next_visit": null,
///  "open_deals": […], "recent_orders": […], "monthly_sales": [{"month": "2025-04", "amount_yen": 0}, …],
///  "sales_12_months_yen": 300000, "recent_notes": […], "competitor_mentions": [{"source": "note", …}]}
/// ```
extension CustomerOverview {
    func json(profile: Record) -> JSONValue {
        .object([
            ("profile", .record(profile)),
            ("last_visit", lastVisit.map(Self.json) ?? .null),
            ("open_next_actions", .array(openNextAction.map { next in
                [.object([("visit", .cell(.integer(lastVisit?.id ?? 0))), ("action", .cell(.text(next.action))),
                          ("due", .cell(.optional(next.due?.description)))])]
            } ?? [])),
            ("next_visit", nextVisit.map(Self.json) ?? .null),
            ("open_deals", .array(openDeals.map(Self.json))),
            ("recent_orders", .array(recentOrders.map(Self.json))),
            ("monthly_sales", .array(monthlySales.map { month in
                .object([("month", .cell(.text(month.month))), ("amount_yen", .cell(.yen(month.yen)))])
            })),
            ("sales_12_months_yen", .cell(.yen(salesTotal))),
            ("recent_notes", .array(recentNotes.map(Self.json))),
            ("competitor_mentions", .array(competitorNotes.map { note in
                .object([("source", .cell(.text("note"))), ("id", .cell(.integer(note.id ?? 0))),
                         ("date", .cell(.text(note.date.description))), ("text", .cell(.text(note.text)))])
            } + competitorDeals.map { deal in
                .object([("source", .cell(.text("deal"))), ("id", .cell(.integer(deal.id ?? 0))),
                         ("title", .cell(.text(deal.title))), ("competitor", .cell(.optional(deal.competitor)))])
            })),
        ])
    }

    private static func json(_ visit: Visit) -> JSONValue {
        .object([
            ("id", .cell(.integer(visit.id ?? 0))), ("date", .cell(.text(visit.date.description))),
            ("appointment", .cell(.optional(visit.appointment?.description))),
            ("status", .cell(.text(visit.status.rawValue))), ("rep", .cell(.optional(visit.rep))),
            ("purpose", .cell(.optional(visit.purpose))), ("proposal", .cell(.optional(visit.proposal))),
            ("information_to_obtain", .cell(.optional(visit.informationToObtain))),
            ("next_action", .cell(.optional(visit.nextAction))), ("next_action_due", .cell(.optional(visit.nextActionDue?.description))),
            ("outcomes", .cell(visit.outcomes.isEmpty ? .null : .text(VisitOutcome.format(visit.outcomes)))),
            ("report", .cell(.optional(visit.report))),
        ])
    }

    private static func json(_ deal: Deal) -> JSONValue {
        .object([
            ("id", .cell(.integer(deal.id ?? 0))), ("title", .cell(.text(deal.title))), ("stage", .cell(.text(deal.stage))),
            ("amount_yen", .cell(deal.amountYen.map(Cell.yen) ?? .null)),
            ("expected_close", .cell(.optional(deal.expectedClose?.description))), ("competitor", .cell(.optional(deal.competitor))),
        ])
    }

    private static func json(_ order: Order) -> JSONValue {
        .object([
            ("id", .cell(.integer(order.id ?? 0))), ("date", .cell(.text(order.date.description))),
            ("amount_yen", .cell(.yen(order.amountYen))), ("product", .cell(.optional(order.product))),
            ("category", .cell(.optional(order.category))), ("quantity", .cell(order.quantity.map(Cell.integer) ?? .null)),
        ])
    }

    private static func json(_ note: Note) -> JSONValue {
        .object([
            ("id", .cell(.integer(note.id ?? 0))), ("date", .cell(.text(note.date.description))),
            ("kind", .cell(.text(note.kind.rawValue))), ("text", .cell(.text(note.text))),
            ("tags", .cell(.text(note.tags.joined(separator: ",")))),
        ])
    }
}
