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
        "deal-id": { store, prefix in
            try store.dealIDs(prefix: prefix, stages: HistoryRules.current.salesFlow.openCodes, limit: 200)
        },
        "visit-id": { store, prefix in try store.plannedVisitIDs(prefix: prefix, limit: 200) },
    ])

/// The company's rules for the history commands: its sales flow and what a visit needs.
/// Commands are built by the argument parser and cannot take parameters, so they read the
/// rules from here; whoever starts the shell (a company plugin, later a config file) may set
/// them first.
///
/// ```swift
/// HistoryRules.current.visitRequirements.logging.append(.report)   // every done visit needs a report
/// ```
public struct HistoryRules: Sendable {
    public var salesFlow: SalesFlow
    public var visitRequirements: VisitRequirements

    public init(salesFlow: SalesFlow = .standard, visitRequirements: VisitRequirements = .standard) {
        self.salesFlow = salesFlow
        self.visitRequirements = visitRequirements
    }

    public static var current: HistoryRules {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var stored = HistoryRules()
}
