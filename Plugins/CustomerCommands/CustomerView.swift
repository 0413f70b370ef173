import RoundsDomain
import RoundsStorage
import RoundsShell

/// How customers and reps look in listings and on one screen.
enum CustomerView {
    static let compactKeys: Set<String> = ["code", "name", "rep", "rank", "potential_yen", "address", "status"]

    static func listing(_ customers: [Customer], wide: Bool) -> Listing {
        let columns: [Listing.Column] = [
            .init("code", .codeHeader), .init("name", .nameHeader), .init("name_kana", .kanaHeader),
            .init("address", .addressHeader), .init("lat", .latHeader, align: .right), .init("lon", .lonHeader, align: .right),
            .init("phone", .phoneHeader), .init("rep", .repHeader), .init("rank", .rankHeader),
            .init("potential_yen", .potentialHeader, align: .right), .init("service_minutes", .serviceHeader, align: .right),
            .init("time_windows", .windowsHeader), .init("closed_days", .closedDaysHeader),
            .init("visit_interval_days", .visitIntervalHeader, align: .right), .init("status", .statusHeader),
            .init("tags", .tagsHeader),
        ]
        var listing = Listing(columns: columns)
        for customer in customers {
            listing.append([
                .text(customer.code), .text(customer.name), .optional(customer.nameKana), .optional(customer.address),
                customer.location.map { .real($0.latitude) } ?? .null, customer.location.map { .real($0.longitude) } ?? .null,
                .optional(customer.phone), .optional(customer.rep), rank(customer.rank), .yen(customer.potentialYen),
                .integer(customer.serviceMinutes), .text(TimeWindow.format(customer.timeWindows)),
                .text(Weekday.format(customer.closedDays)), customer.visitIntervalDays.map(Cell.integer) ?? .null,
                .label(code: customer.status.rawValue, customer.status.label),
                .text(customer.tags.joined(separator: ",")),
            ])
        }
        return wide ? listing : listing.selecting(compactKeys)
    }

    static func record(_ customer: Customer) -> Record {
        var record = Record()
        record.add("code", .codeHeader, .text(customer.code))
        record.add("name", .nameHeader, .text(customer.name))
        record.add("name_kana", .kanaHeader, .optional(customer.nameKana))
        record.add("address", .addressHeader, .optional(customer.address))
        record.add("lat", .latHeader, customer.location.map { .real($0.latitude) } ?? .null)
        record.add("lon", .lonHeader, customer.location.map { .real($0.longitude) } ?? .null)
        record.add("phone", .phoneHeader, .optional(customer.phone))
        record.add("rep", .repHeader, .optional(customer.rep))
        record.add("rank", .rankHeader, rank(customer.rank))
        record.add("potential_yen", .potentialHeader, .yen(customer.potentialYen))
        record.add("service_minutes", .serviceHeader, .integer(customer.serviceMinutes))
        record.add("time_windows", .windowsHeader, .text(TimeWindow.format(customer.timeWindows)))
        record.add("closed_days", .closedDaysHeader, .text(customer.closedDays.map { $0.label.text() }.joined(separator: ",")))
        record.add("visit_interval_days", .visitIntervalHeader, customer.visitIntervalDays.map(Cell.integer) ?? .null)
        record.add("status", .statusHeader, .label(code: customer.status.rawValue, customer.status.label))
        record.add("tags", .tagsHeader, .text(customer.tags.joined(separator: ",")))
        record.add("created_at", .createdHeader, .optional(customer.createdAt.map { Timestamp.text($0) }))
        record.add("updated_at", .updatedHeader, .optional(customer.updatedAt.map { Timestamp.text($0) }))
        return record
    }

    static func rank(_ rank: Rank?) -> Cell {
        rank.map { .label(code: $0.rawValue, $0.label) } ?? .null
    }
}
