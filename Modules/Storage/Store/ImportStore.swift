import Foundation
import RoundsDomain

/// Bulk writes for `import`: each call is one transaction, so a file lands whole or not at all.
/// Part of `Store`.
///
/// ```swift
/// let summary = try store.importCustomers(parsed, author: "sato", dryRun: false)
/// print(summary.added, summary.updated, summary.unchanged)
/// ```
///
/// Callers validate the rows first (codes, references); a dry run computes the same summary
/// inside the transaction and rolls it back, so it can never disagree with a real run.
public protocol ImportStore: AnyObject, Sendable {
    /// Adds customers whose code is new and updates those whose fields differ; timestamps of
    /// unchanged customers stay as they were.
    func importCustomers(_ customers: [Customer], author: String, dryRun: Bool) throws -> ImportSummary
    /// The same for reps.
    func importReps(_ reps: [Rep], author: String, dryRun: Bool) throws -> ImportSummary
    /// Appends every order (orders have no natural key); an order without a rep gets its customer's.
    func importOrders(_ orders: [Order], author: String, dryRun: Bool) throws -> ImportSummary
}

/// What an import did (or, in a dry run, would do).
public struct ImportSummary: Sendable, Equatable {
    public enum Action: String, Sendable {
        case added, updated
    }

    /// A record the import adds or changes, for the dry run's preview.
    public struct Change: Sendable, Equatable {
        public var code: String
        public var action: Action
    }

    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// The first `sampleLimit` changes in file order.
    public private(set) var samples: [Change] = []

    public static let sampleLimit = 10

    public init() {}

    mutating func record(_ action: Action, code: String) {
        switch action {
        case .added: added += 1
        case .updated: updated += 1
        }
        if samples.count < Self.sampleLimit { samples.append(Change(code: code, action: action)) }
    }
}
