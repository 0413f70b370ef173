import RoundsDomain
import RoundsShell
import RoundsStorage

/// How visits look in listings and on one screen.
enum VisitView {
    static let compactKeys: Set<String> = [
        "id", "date", "appointment", "status", "customer", "rep", "purpose", "next_action", "next_action_due", "outcomes",
    ]

    static func listing(_ visits: [Visit], wide: Bool) -> Listing {
        var listing = Listing(columns: [
            .init("id", .idHeader, align: .right), .init("date", .dateHeader), .init("appointment", .appointmentHeader),
            .init("status", .statusHeader),
            .init("customer", .customerHeader), .init("rep", .repHeader), .init("purpose", .purposeHeader),
            .init("proposal", .proposalHeader), .init("information_to_obtain", .obtainHeader),
            .init("next_action", .nextActionHeader), .init("next_action_due", .dueHeader), .init("outcomes", .outcomesHeader),
            .init("report", .reportHeader),
        ])
        for visit in visits {
            listing.append([
                .integer(visit.id ?? 0), .text(visit.date.description), .optional(visit.appointment?.description), .label(code: visit.status.rawValue, visit.status.label),
                .text(visit.customer), .optional(visit.rep), .optional(visit.purpose), .optional(visit.proposal),
                .optional(visit.informationToObtain), .optional(visit.nextAction), .optional(visit.nextActionDue?.description),
                outcomes(visit.outcomes), .optional(visit.report),
            ])
        }
        return wide ? listing : listing.selecting(compactKeys)
    }

    static func record(_ visit: Visit) -> Record {
        var record = Record()
        record.add("id", .idHeader, .integer(visit.id ?? 0))
        record.add("date", .dateHeader, .text(visit.date.description))
        record.add("appointment", .appointmentHeader, .optional(visit.appointment?.description))
        record.add("status", .statusHeader, .label(code: visit.status.rawValue, visit.status.label))
        record.add("customer", .customerHeader, .text(visit.customer))
        record.add("rep", .repHeader, .optional(visit.rep))
        record.add("purpose", .purposeHeader, .optional(visit.purpose))
        record.add("proposal", .proposalHeader, .optional(visit.proposal))
        record.add("information_to_obtain", .obtainHeader, .optional(visit.informationToObtain))
        record.add("next_action", .nextActionHeader, .optional(visit.nextAction))
        record.add("next_action_due", .dueHeader, .optional(visit.nextActionDue?.description))
        record.add("outcomes", .outcomesHeader, outcomes(visit.outcomes))
        record.add("report", .reportHeader, .optional(visit.report))
        record.add("created_at", .createdHeader, .optional(visit.createdAt.map { Timestamp.text($0) }))
        record.add("updated_at", .updatedHeader, .optional(visit.updatedAt.map { Timestamp.text($0) }))
        return record
    }

    /// Codes in CSV and JSON (`proposal,order`), labels in the table (提案実施・受注).
    private static func outcomes(_ outcomes: [VisitOutcome]) -> Cell {
        guard !outcomes.isEmpty else { return .null }
        let labels = outcomes.map(\.label)
        return .label(code: VisitOutcome.format(outcomes),
                      Message(en: labels.map(\.en).joined(separator: ", "), ja: labels.map(\.ja).joined(separator: "・")))
    }
}
