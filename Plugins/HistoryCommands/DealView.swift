import Foundation
import RoundsDomain
import RoundsShell
import RoundsStorage

/// How deals look in listings and on one screen.
enum DealView {
    static let compactKeys: Set<String> = ["id", "customer", "rep", "title", "stage", "amount_yen", "expected_close"]

    static func listing(_ deals: [Deal], flow: SalesFlow, wide: Bool) -> Listing {
        var listing = Listing(columns: [
            .init("id", .idHeader, align: .right), .init("customer", .customerHeader), .init("rep", .repHeader),
            .init("title", .titleHeader), .init("stage", .stageHeader), .init("amount_yen", .amountHeader, align: .right),
            .init("expected_close", .expectedCloseHeader), .init("proposal", .proposalHeader),
            .init("competitor", .competitorHeader), .init("lost_reason", .lostReasonHeader), .init("updated_at", .updatedHeader),
        ])
        for deal in deals {
            listing.append([
                .integer(deal.id ?? 0), .text(deal.customer), .optional(deal.rep), .text(deal.title), stage(deal.stage, flow),
                deal.amountYen.map(Cell.yen) ?? .null, .optional(deal.expectedClose?.description), .optional(deal.proposal),
                .optional(deal.competitor), .optional(deal.lostReason), .optional(deal.updatedAt.map { Timestamp.text($0) }),
            ])
        }
        return wide ? listing : listing.selecting(compactKeys)
    }

    static func record(_ deal: Deal, stages: [DealStageChange], flow: SalesFlow) -> Record {
        var record = Record()
        record.add("id", .idHeader, .integer(deal.id ?? 0))
        record.add("customer", .customerHeader, .text(deal.customer))
        record.add("rep", .repHeader, .optional(deal.rep))
        record.add("title", .titleHeader, .text(deal.title))
        record.add("stage", .stageHeader, stage(deal.stage, flow))
        record.add("amount_yen", .amountHeader, deal.amountYen.map(Cell.yen) ?? .null)
        record.add("proposal", .proposalHeader, .optional(deal.proposal))
        record.add("expected_close", .expectedCloseHeader, .optional(deal.expectedClose?.description))
        record.add("competitor", .competitorHeader, .optional(deal.competitor))
        record.add("lost_reason", .lostReasonHeader, .optional(deal.lostReason))
        // One line per move would not fit a record; "stage on day (by whom)" joined by arrows reads as the deal's path.
        let path = stages.map { "\(label($0.to, flow)) \(Timestamp.text($0.at).prefix(10)) (\($0.author))" }
        record.add("stage_history", .stageHistoryHeader, .text(path.joined(separator: " → ")))
        record.add("created_at", .createdHeader, .optional(deal.createdAt.map { Timestamp.text($0) }))
        record.add("updated_at", .updatedHeader, .optional(deal.updatedAt.map { Timestamp.text($0) }))
        return record
    }

    /// The flow as `deal stages` shows it: code, name, open or closing, the fields a deal needs to enter.
    static func stages(_ flow: SalesFlow) -> Listing {
        var listing = Listing(columns: [
            .init("stage", .stageHeader), .init("name", .stageNameHeader), .init("outcome", .outcomeHeader),
            .init("requires", .requiresHeader),
        ])
        for stage in flow.stages {
            listing.append([
                .text(stage.code), .text(stage.label.text()), .label(code: stage.outcome.rawValue, .stageOutcome(stage.outcome)),
                .text(stage.requires.map(\.rawValue).joined(separator: ",")),
            ])
        }
        return listing
    }

    /// The stage's label in the session's language; a code the flow no longer knows shows as itself.
    static func stage(_ code: String, _ flow: SalesFlow) -> Cell {
        .label(code: code, flow.stage(code: code)?.label ?? Message(verbatim: code))
    }

    private static func label(_ code: String, _ flow: SalesFlow) -> String {
        (flow.stage(code: code)?.label ?? Message(verbatim: code)).text()
    }
}
