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
/// History rows (orders, deals, notes, visits, contacts) stream through `importRows` instead, written while
/// the file is read, so a million rows never sit in memory.
public protocol ImportStore: AnyObject, Sendable {
    /// Adds customers whose code is new and updates those whose fields differ; timestamps of
    /// unchanged customers stay as they were.
    func importCustomers(_ customers: [Customer], author: String, dryRun: Bool) throws -> ImportSummary
    /// The same for reps.
    func importReps(_ reps: [Rep], author: String, dryRun: Bool) throws -> ImportSummary
    /// Opens one transaction and hands `body` a writer for rows as they are read:
    ///
    /// ```swift
    /// let summary = try store.importRows(author: "sato", dryRun: false) { writer in
    ///     while let order = try nextOrder() { try writer.addOrder(order) }
    /// }
    /// ```
    ///
    /// The transaction commits when `body` returns, unless this is a dry run or the writer was
    /// told `fail()`; throwing from `body` (Ctrl-C) rolls it back too.
    func importRows(author: String, dryRun: Bool, _ body: (any ImportWriter) throws -> Void) throws -> ImportSummary
}

/// What an import did (or, in a dry run, would do).
public struct ImportSummary: Sendable, Equatable {
    public enum Action: String, Sendable {
        case added, updated
    }

    /// A record the import adds or changes, for the dry run's preview.
    public struct Change: Sendable, Equatable {
        /// The customer's or rep's code; for a deal, note or visit its customer's and its id (`C0001 #12`).
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
