import Foundation
import RoundsDomain

/// The keyword format TSPLIB and CVRPLIB share: `KEY : value` lines, then sections of numbered
/// node lines, up to `EOF`. Parsing checks names only; the typed readers below check values, so
/// each error points at the line holding the bad value.
///
/// ```swift
/// let file = try TSPLIBFile(BenchmarkText(path: "berlin52.tsp"), kind: .tsplib)
/// let instance = try file.tsp()
/// ```
struct TSPLIBFile {
    struct Entry {
        var value: String
        var line: Int
    }

    struct Section {
        var line: Int
        var rows: [BenchmarkText.Line]
    }

    let text: BenchmarkText
    let kind: BenchmarkInstance.Kind
    private(set) var keywords: [String: Entry] = [:]
    private(set) var sections: [String: Section] = [:]
    /// The `EOF` line, or one past the last line: where a missing section belongs.
    private(set) var endLine: Int

    static func types(_ kind: BenchmarkInstance.Kind) -> [String] {
        kind == .tsplib ? ["TSP"] : ["CVRP", "VRPTW", "CVRPTW"]
    }

    private static func keys(_ kind: BenchmarkInstance.Kind) -> Set<String> {
        let tsp: Set = ["NAME", "TYPE", "COMMENT", "DIMENSION", "EDGE_WEIGHT_TYPE", "EDGE_WEIGHT_FORMAT",
                        "NODE_COORD_TYPE", "DISPLAY_DATA_TYPE"]
        return kind == .tsplib ? tsp : tsp.union(["CAPACITY", "VEHICLES"])
    }

    private static func sectionNames(_ kind: BenchmarkInstance.Kind) -> Set<String> {
        let tsp: Set = ["NODE_COORD_SECTION", "EDGE_WEIGHT_SECTION", "DISPLAY_DATA_SECTION"]
        return kind == .tsplib
            ? tsp
            : tsp.union(["DEMAND_SECTION", "DEPOT_SECTION", "TIME_WINDOW_SECTION", "SERVICE_TIME_SECTION"])
    }

    /// `KEY : value`, `KEY: value` and `KEY value` all occur in published files.
    static func keyword(_ line: BenchmarkText.Line) -> (key: String, value: String) {
        if let colon = line.text.firstIndex(of: ":") {
            return (line.text[..<colon].trimmingCharacters(in: .whitespaces).uppercased(),
                    line.text[line.text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return (line.fields[0].uppercased(), line.fields.dropFirst().joined(separator: " "))
    }

    private static func isData(_ line: BenchmarkText.Line) -> Bool {
        line.fields[0].first.map { $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." } ?? false
    }

    init(_ text: BenchmarkText, kind: BenchmarkInstance.Kind) throws(RoundsError) {
        self.text = text
        self.kind = kind
        endLine = text.endLine
        let typeName = Self.types(kind)[0]
        var index = 0
        while index < text.lines.count {
            let line = text.lines[index]
            index += 1
            if Self.isData(line) { throw text.error(.lineOutsideSection, line: line.number, field: nil) }
            let (key, value) = Self.keyword(line)
            if key == "EOF" {
                endLine = line.number
                break
            }
            if key.hasSuffix("_SECTION") {
                guard Self.sectionNames(kind).contains(key) else {
                    let message: Message = Self.sectionNames(.vrplib).contains(key) ? .sectionNotInType(key, typeName) : .unknownSection(key)
                    throw text.error(message, line: line.number, field: key)
                }
                var rows: [BenchmarkText.Line] = []
                while index < text.lines.count, Self.isData(text.lines[index]) {
                    rows.append(text.lines[index])
                    index += 1
                }
                sections[key] = Section(line: line.number, rows: rows)
                continue
            }
            guard Self.keys(kind).contains(key) else {
                let message: Message = Self.keys(.vrplib).contains(key) ? .sectionNotInType(key, typeName) : .unknownKeyword(key)
                throw text.error(message, line: line.number, field: key)
            }
            if key == "TYPE", !Self.types(kind).contains(value.uppercased()) {
                throw text.invalid(key, value, .unsupportedValue(Self.types(kind)), line: line.number)
            }
            keywords[key] = Entry(value: value, line: line.number)
        }
        guard keywords["TYPE"] != nil else { throw text.error(.requiredField("TYPE"), line: 1, field: "TYPE") }
    }

    var name: String {
        keywords["NAME"]?.value ?? text.stem
    }

    /// A header keyword's value; headers belong at the top, so a missing one is blamed on line 1.
    func entry(_ key: String) throws(RoundsError) -> Entry {
        guard let entry = keywords[key] else { throw text.error(.requiredField(key), line: 1, field: key) }
        return entry
    }

    /// A section; sections come last, so a missing one is blamed where the file ends.
    func section(_ name: String) throws(RoundsError) -> Section {
        guard let section = sections[name] else { throw text.error(.requiredField(name), line: endLine, field: name) }
        return section
    }

    func dimension() throws(RoundsError) -> Int {
        let entry = try entry("DIMENSION")
        let value = try text.integer(Substring(entry.value), field: "DIMENSION", line: entry.line)
        guard value > 0 else { throw text.invalid("DIMENSION", entry.value, .aboveZero, line: entry.line) }
        guard value <= text.fieldCount else {
            throw text.invalid("DIMENSION", entry.value, .moreNodesThanListed, line: entry.line)
        }
        return value
    }

    /// One line per node `1...dimension`, each `node` then `columns` values (`columns` names
    /// them for the error message); the values of node `k` are at index `k - 1`.
    func nodeRows(_ section: Section, name: String, values count: Int, columns: String,
                  dimension: Int) throws(RoundsError) -> [(values: ArraySlice<Substring>, line: Int)] {
        var rows: [(values: ArraySlice<Substring>, line: Int)?] = Array(repeating: nil, count: dimension)
        for line in section.rows {
            guard line.fields.count == count + 1 else {
                throw text.error(.fieldCount(columns), line: line.number, field: name)
            }
            let node = try text.integer(line.fields[0], field: name, line: line.number)
            guard node >= 1 else { throw text.invalid(name, line.fields[0], .aboveZero, line: line.number) }
            guard node <= dimension else {
                throw text.error(.beyondDimension(node, dimension), line: line.number, field: "DIMENSION")
            }
            if let first = rows[node - 1] {
                throw text.error(.duplicateNode(node, firstLine: first.line), line: line.number, field: name)
            }
            rows[node - 1] = (line.fields.dropFirst(), line.number)
        }
        var complete: [(values: ArraySlice<Substring>, line: Int)] = []
        for (index, row) in rows.enumerated() {
            guard let row else { throw text.error(.missingNode(name, index + 1), line: section.line, field: name) }
            complete.append(row)
        }
        return complete
    }
}
