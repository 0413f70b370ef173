import RoundsDomain

/// Reads history records one at a time, for `export`: each walk is one read transaction over a
/// database cursor, so a million orders pass through memory one by one instead of as one array.
/// Part of `Store`.
///
/// ```swift
/// try store.forEachOrder(HistoryQuery(customer: "C0001"), total: { print("\($0) orders") }) { order in
///     try writer.write(OrderTable.cells(order))
/// }
/// ```
///
/// Records come oldest first (by day, then id; deals and contacts by id), the order a file is read
/// back in. `total` is called once, before the first record, with how many will follow (for a
/// progress bar; counted in the same transaction, so it is exact). `body` runs while the
/// transaction is open: it must not use the store, and throwing from it (Ctrl-C) ends the walk.
/// A customer or rep named in the query must exist, as in the listings.
public protocol ExportStore: AnyObject, Sendable {
    func forEachOrder(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Order) throws -> Void) throws
    func forEachDeal(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Deal) throws -> Void) throws
    func forEachNote(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Note) throws -> Void) throws
    func forEachVisit(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Visit) throws -> Void) throws
    /// `from`, `to` and `rep` do not apply to contacts.
    func forEachContact(_ query: HistoryQuery, total: (Int) throws -> Void, _ body: (Contact) throws -> Void) throws
}
