import Foundation
import RoundsDomain

extension TravelMatrix {
    /// Reads travel times from a CSV file with a `from,to,seconds` header and one row per
    /// ordered pair of places, as exported from a routing service or a spreadsheet. Pairs may
    /// differ by direction (one-way streets); a place to itself is always 0 and needs no row.
    ///
    /// Places are indexed as in `places` when given (a row naming another place is an error),
    /// else in the order the file first names them.
    ///
    /// ```swift
    /// // from,to,seconds
    /// // office,C001,540
    /// // C001,office,600
    /// let (places, matrix) = try TravelMatrix.readCSV(path: "times.csv")
    /// matrix[0, 1]   // 540: places[0] is "office"
    /// ```
    public static func readCSV(path: String, places: [String]? = nil) throws(RoundsError) -> (places: [String], matrix: TravelMatrix) {
        let lines = try BenchmarkText.contents(of: path).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        func error(_ message: Message, _ line: Int, _ field: String?) -> RoundsError {
            RoundsError(.invalidValue, message, location: RoundsError.Location(file: path, line: line), field: field)
        }
        let header = "from,to,seconds"
        guard let headerIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }),
              csvFields(lines[headerIndex]).map({ $0.lowercased() }) == ["from", "to", "seconds"] else {
            throw error(.matrixHeader(header), 1, "header")
        }
        var ids = places ?? []
        var indices: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            guard indices.updateValue(index, forKey: id) == nil else {
                throw RoundsError(.invalidValue, .invalidField("places", id, .listedTwice), field: "places")
            }
        }
        var seconds: [Int: (value: Double, line: Int)] = [:]
        for (offset, text) in lines.enumerated().dropFirst(headerIndex + 1) where !text.allSatisfy(\.isWhitespace) {
            let line = offset + 1
            let fields = csvFields(text)
            guard fields.count == 3 else { throw error(.fieldCount(header), line, nil) }
            var pair: [Int] = []
            for (id, field) in zip(fields.prefix(2), ["from", "to"]) {
                if let index = indices[id] {
                    pair.append(index)
                } else if places == nil {
                    indices[id] = ids.count
                    pair.append(ids.count)
                    ids.append(id)
                } else {
                    throw error(.invalidField(field, id, .unknownPlace(id)), line, field)
                }
            }
            guard let value = Double(fields[2]), value.isFinite else {
                throw error(.invalidField("seconds", fields[2], .notANumber), line, "seconds")
            }
            guard value >= 0 else { throw error(.invalidField("seconds", fields[2], .notNegative), line, "seconds") }
            // Both indices in one key: 2³² places would not fit in memory anyway.
            let key = pair[0] << 32 | pair[1]
            if let first = seconds[key] {
                throw error(.duplicatePair(fields[0], fields[1], firstLine: first.line), line, "from")
            }
            seconds[key] = (value, line)
        }
        var values = [Double](repeating: 0, count: ids.count * ids.count)
        for from in ids.indices {
            for to in ids.indices where to != from {
                guard let entry = seconds[from << 32 | to] else {
                    throw RoundsError(.invalidValue, .missingPair(path, ids[from], ids[to]))
                }
                values[from * ids.count + to] = entry.value
            }
        }
        return (ids, TravelMatrix(count: ids.count, values: values))
    }

    /// One CSV line's fields, trimmed, with RFC 4180 quotes: a quoted field may hold commas and
    /// `""` for a quote.
    private static func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            if quoted, character == "\"" {
                if index < line.endIndex, line[index] == "\"" {
                    field.append("\"")
                    index = line.index(after: index)
                } else {
                    quoted = false
                }
            } else if character == "\"" {
                quoted = true
            } else if character == ",", !quoted {
                fields.append(field.trimmingCharacters(in: .whitespaces))
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field.trimmingCharacters(in: .whitespaces))
        return fields
    }
}
