import RoundsDomain

/// What visit planning keeps and reads: the current draft plan (one per database, replaced by
/// each `plan week|month`), the open next actions that raise a customer's priority, and
/// confirming a plan as planned visits in one go. Part of `Store`.
///
/// ```swift
/// try store.saveDraftPlan(planJSON, author: "sato")
/// let visits = try store.addVisits(planned, requirements: .standard, author: "sato")  // all or none
/// ```
public protocol PlanStore: AnyObject, Sendable {
    /// Keeps `document` as the draft plan, replacing the previous draft.
    func saveDraftPlan(_ document: String, author: String) throws
    /// The draft plan, or nil when none was made.
    func draftPlan() throws -> String?
    /// Adds every visit in one transaction: one broken visit (its index in the error) adds none.
    func addVisits(_ visits: [Visit], requirements: VisitRequirements, author: String) throws -> [Visit]
    /// For each customer whose latest done visit on or before `date` names a next action with a
    /// due day: that day, by customer code.
    func nextActionsDue(through date: CalendarDate) throws -> [String: CalendarDate]
}
