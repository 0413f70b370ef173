import RoundsDomain

/// The travel matrix of a TSPLIB or CVRPLIB file: from coordinates by the file's
/// `EDGE_WEIGHT_TYPE`, or as listed in `EDGE_WEIGHT_SECTION` for `EXPLICIT`.
extension TSPLIBFile {
    private static let edgeWeights: [(name: String, weight: EdgeWeight)] = [
        ("EUC_2D", .roundedEuclidean), ("CEIL_2D", .ceilingEuclidean), ("GEO", .geographic),
        ("ATT", .pseudoEuclidean), ("EXPLICIT", .explicit),
    ]

    func edgeWeight() throws(RoundsError) -> EdgeWeight {
        let entry = try entry("EDGE_WEIGHT_TYPE")
        guard let known = Self.edgeWeights.first(where: { $0.name == entry.value.uppercased() }) else {
            throw text.invalid("EDGE_WEIGHT_TYPE", entry.value, .unsupportedValue(Self.edgeWeights.map(\.name)), line: entry.line)
        }
        return known.weight
    }

    /// The matrix, with the decimals its costs are reported in.
    func matrix(dimension: Int, edgeWeight: EdgeWeight) throws(RoundsError) -> (matrix: TravelMatrix, decimals: Int) {
        guard let formula = edgeWeight.formula else { return try explicitMatrix(dimension) }
        let name = "NODE_COORD_SECTION"
        var points: [SIMD2<Double>] = []
        for row in try nodeRows(section(name), name: name, values: 2, columns: "node x y", dimension: dimension) {
            let x = try text.number(row.values[row.values.startIndex], field: name, line: row.line)
            let y = try text.number(row.values[row.values.startIndex + 1], field: name, line: row.line)
            points.append(SIMD2(x, y))
        }
        return (TravelMatrix(count: dimension) { formula(points[$0], points[$1]) }, 0)
    }

    /// The columns each `EDGE_WEIGHT_FORMAT` lists for a row of an `n`-node matrix.
    private static func columns(_ format: String, _ n: Int) -> ((Int) -> Range<Int>)? {
        switch format {
        case "FULL_MATRIX": { _ in 0..<n }
        case "UPPER_ROW": { $0 + 1..<n }
        case "LOWER_ROW": { 0..<$0 }
        case "UPPER_DIAG_ROW": { $0..<n }
        case "LOWER_DIAG_ROW": { 0..<$0 + 1 }
        default: nil
        }
    }

    private func explicitMatrix(_ n: Int) throws(RoundsError) -> (matrix: TravelMatrix, decimals: Int) {
        let format = try entry("EDGE_WEIGHT_FORMAT")
        let name = "EDGE_WEIGHT_SECTION"
        guard let columns = Self.columns(format.value.uppercased(), n) else {
            let supported = ["FULL_MATRIX", "UPPER_ROW", "LOWER_ROW", "UPPER_DIAG_ROW", "LOWER_DIAG_ROW"]
            throw text.invalid("EDGE_WEIGHT_FORMAT", format.value, .unsupportedValue(supported), line: format.line)
        }
        let section = try section(name)
        let tokens = section.rows.flatMap { line in line.fields.map { (token: $0, line: line.number) } }
        // Counted before listing the cells, so a wrong DIMENSION cannot size a huge list.
        let expected = (0..<n).reduce(0) { $0 + columns($1).count }
        guard tokens.count == expected else {
            throw text.error(.weightCount(found: tokens.count, expected: expected, format: format.value, dimension: n),
                             line: section.line, field: "DIMENSION")
        }
        let cells = (0..<n).flatMap { row in columns(row).map { (row: row, column: $0) } }
        // The triangular formats list each pair once for both directions.
        let mirrored = format.value.uppercased() != "FULL_MATRIX"
        var values = [Double](repeating: 0, count: n * n)
        var decimals = 0
        for (entry, cell) in zip(tokens, cells) {
            let weight = try text.number(entry.token, field: name, line: entry.line)
            guard weight >= 0 else { throw text.invalid(name, entry.token, .notNegative, line: entry.line) }
            values[cell.row * n + cell.column] = weight
            if mirrored { values[cell.column * n + cell.row] = weight }
            if let point = entry.token.firstIndex(of: ".") {
                decimals = max(decimals, entry.token.distance(from: point, to: entry.token.endIndex) - 1)
            }
        }
        // A place to itself costs nothing, whatever the file's diagonal holds (some write 9999).
        for node in 0..<n { values[node * n + node] = 0 }
        return (TravelMatrix(count: n, values: values), decimals)
    }
}
