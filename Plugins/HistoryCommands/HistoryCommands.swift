import Foundation
import RoundsDomain
import RoundsShell

/// The customer history: `order`, `deal`, `note`, `visit` and `contact`.
public let plugin = Plugin(
    name: "HistoryCommands", version: RoundsVersion.current,
    commands: [OrderCommand.self, DealCommand.self, NoteCommand.self, VisitCommand.self, ContactCommand.self,
               SearchCommand.self],
    valueSources: [
        // What `deal move` and `visit log` act on: open deals, planned visits.
        "deal-id": { context, prefix in
            try context.store.dealIDs(prefix: prefix, stages: context.rules.salesFlow.openCodes, limit: 200)
        },
        "visit-id": { context, prefix in try context.store.plannedVisitIDs(prefix: prefix, limit: 200) },
    ])
