import Foundation
import RoundsDomain

extension TravelMatrix {
    /// Reads the answer of OSRM's `/table` service saved to a file: `durations[i][j]` seconds
    /// from place `i` to place `j`, in the order the request listed them. Every pair must have a
    /// route; OSRM writes `null` where none exists.
    ///
    /// ```swift
    /// // curl 'http://localhost:5000/table/v1/driving/139.76,35.68;139.70,35.69' > table.json
    /// let matrix = try TravelMatrix.readOSRMTable(path: "table.json")
    /// matrix[0, 1]   // seconds from the first coordinate to the second
    /// ```
    public static func readOSRMTable(path: String) throws(RoundsError) -> TravelMatrix {
        struct Table: Decodable {
            var code: String
            var message: String?
            var durations: [[Double?]]?
        }
        let table: Table
        do {
            table = try JSONDecoder().decode(Table.self, from: Data(BenchmarkText.contents(of: path).utf8))
        } catch let error as RoundsError {
            throw error
        } catch {
            throw RoundsError(.invalidValue, .notOSRMTable(path), cause: String(describing: error))
        }
        guard table.code == "Ok" else { throw RoundsError(.invalidValue, .osrmFailed(path, table.code), cause: table.message) }
        guard let durations = table.durations else { throw RoundsError(.invalidValue, .notOSRMTable(path)) }
        var values: [Double] = []
        values.reserveCapacity(durations.count * durations.count)
        for (row, entries) in durations.enumerated() {
            guard entries.count == durations.count else {
                throw RoundsError(.invalidValue, .notSquare(path, row: row, count: entries.count, expected: durations.count),
                                  field: "durations")
            }
            for (column, entry) in entries.enumerated() {
                guard let seconds = entry else {
                    throw RoundsError(.invalidValue, .unreachablePair(path, row: row, column: column), field: "durations")
                }
                values.append(seconds)
            }
        }
        return TravelMatrix(count: durations.count, values: values)
    }
}
