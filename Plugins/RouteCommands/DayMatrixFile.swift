import Foundation
import RoundsDomain
import RoundsRouting

/// Road travel times for a day from a file instead of straight lines: a `from,to,seconds` CSV
/// naming the rep's start and end by the rep's code (`R01`; `R01:end` when the day ends
/// elsewhere) and customers by code, or an OSRM `/table` answer whose coordinates were sent in
/// the order: start, end, then the customers as given on the command line.
enum DayMatrixFile {
    /// The matrix over start, end, then `customers` in order.
    static func read(_ path: String, rep: String, customers: [String]) throws -> TravelMatrix {
        let count = customers.count + 2
        if URL(fileURLWithPath: path).pathExtension.lowercased() == "json" {
            let table = try TravelMatrix.readOSRMTable(path: path)
            guard table.count == count else { throw RoundsError(.invalidValue, .osrmPlaces(path, table.count, count)) }
            return table
        }
        let (places, table) = try TravelMatrix.readCSV(path: path)
        let index = Dictionary(places.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let end = index["\(rep):end"] == nil ? rep : "\(rep):end"
        let rows = try ([rep, end] + customers).map { id in
            guard let row = index[id] else { throw RoundsError(.invalidValue, .placeNotInMatrix(path, id)) }
            return row
        }
        return TravelMatrix(count: count) { a, b in table[rows[a], rows[b]] }
    }
}
