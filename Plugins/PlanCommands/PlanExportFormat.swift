import RoundsDomain

/// The files `plan export` writes.
///
/// ```swift
/// try PlanExportFormat(parsing: "ICS")   // .ics
/// try PlanExportFormat(parsing: "pdf")   // usage error: unknown format 'pdf': use ics, geojson, csv, json or svg
/// ```
enum PlanExportFormat: String, CaseIterable {
    case ics, geojson, csv, json, svg

    static let choices = allCases.map(\.rawValue).joined(separator: "|")

    init(parsing text: String) throws(RoundsError) {
        guard let format = PlanExportFormat(rawValue: text.lowercased()) else {
            throw RoundsError(.usage, .planExportUnknownFormat(text))
        }
        self = format
    }
}
