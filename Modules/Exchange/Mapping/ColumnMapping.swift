import RoundsDomain

/// Which column of a file holds which field, from the names each field is known by (English,
/// Japanese, aliases) and an optional mapping file.
///
/// ```swift
/// let mapping = try ColumnMapping(fields: [FieldSpec("code", "顧客コード", required: true),
///                                          FieldSpec("name", "顧客名", required: true)])
/// let columns = try mapping.resolve(["顧客名", "Code"], file: "a.csv")
/// columns.value("code", in: TableRow(number: 2, cells: ["山田商店", "C001"]))   // "C001"
/// ```
///
/// Names match ignoring case, spaces, underscores, hyphens and character width. A header that
/// names no field, names one twice, or lacks a required field is a problem (all of them are
/// reported together, unknown names with a "did you mean").
public struct ColumnMapping: Sendable {
    public let fields: [FieldSpec]
    /// Header key to field name; the mapping file's entries were put in first and win.
    private var fieldByKey: [String: String] = [:]
    private var ignoredKeys: Set<String> = []

    public init(fields: [FieldSpec], mappingFile: MappingFile? = nil) throws(ExchangeProblems) {
        self.fields = fields
        var problems: [ExchangeProblem] = []
        if let mappingFile {
            let known = fields.map(\.name)
            for entry in mappingFile.fields {
                guard known.contains(entry.field) else {
                    problems.append(ExchangeProblem(
                        file: mappingFile.file, row: entry.line,
                        message: .unknownMappingField(entry.field, suggestion: Suggestion.nearest(to: entry.field, among: known))))
                    continue
                }
                fieldByKey[HeaderName.key(entry.column)] = entry.field
            }
            ignoredKeys = Set(mappingFile.ignore.map { HeaderName.key($0.column) })
        }
        guard problems.isEmpty else { throw ExchangeProblems(problems) }
        for field in fields {
            for name in field.headerNames where fieldByKey[HeaderName.key(name)] == nil {
                fieldByKey[HeaderName.key(name)] = field.name
            }
        }
    }

    /// Matches a file's header to the fields.
    public func resolve(_ header: [String], file: String) throws(ExchangeProblems) -> ResolvedColumns {
        var problems: [ExchangeProblem] = []
        var columns: [String: Int] = [:]
        let candidates = fields.flatMap(\.headerNames)
        for (index, name) in header.enumerated() {
            let key = HeaderName.key(name)
            if key.isEmpty {
                problems.append(ExchangeProblem(file: file, message: .unnamedColumn(index)))
            } else if ignoredKeys.contains(key) {
                continue
            } else if let field = fieldByKey[key] {
                if let earlier = columns[field] {
                    problems.append(ExchangeProblem(file: file, column: name, message: .duplicateColumn(header[earlier])))
                } else {
                    columns[field] = index
                }
            } else {
                problems.append(ExchangeProblem(
                    file: file, column: name,
                    message: .unknownColumn(suggestion: Suggestion.nearest(to: name, among: candidates))))
            }
        }
        for field in fields where field.required && columns[field.name] == nil {
            problems.append(ExchangeProblem(file: file, message: .missingColumn(field.name, japanese: field.japanese)))
        }
        guard problems.isEmpty else { throw ExchangeProblems(problems) }
        return ResolvedColumns(header: header, columns: columns)
    }
}

/// A header matched to fields: where to find each field's value in a row.
public struct ResolvedColumns: Sendable, Equatable {
    public let header: [String]
    /// Field name to column index; fields the file lacks are absent.
    public let columns: [String: Int]

    /// The field's cell, or nil when the file has no column for it.
    public func value(_ field: String, in row: TableRow) -> String? {
        columns[field].map { row.cells[$0] }
    }

    /// The header the file uses for the field, to name the column in a problem.
    public func column(of field: String) -> String? {
        columns[field].map { header[$0] }
    }
}
