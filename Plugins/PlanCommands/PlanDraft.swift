import Foundation
import RoundsDomain
import RoundsPlanning
import RoundsStorage

/// The draft plan as the store keeps it: `VisitPlan` as JSON, replaced by each `plan week|month`.
enum PlanDraft {
    static func save(_ plan: VisitPlan, in store: any Store, author: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try store.saveDraftPlan(String(decoding: try encoder.encode(plan), as: UTF8.self), author: author)
    }

    /// The draft, or an error telling the user to make one first.
    static func load(from store: any Store) throws -> VisitPlan {
        guard let document = try store.draftPlan() else { throw RoundsError(.notFound, .planNoDraft) }
        do {
            return try JSONDecoder().decode(VisitPlan.self, from: Data(document.utf8))
        } catch {
            throw RoundsError(.invalidValue, .planDraftUnreadable)
        }
    }
}
