import Foundation
import RoundsDomain

/// Solomon's VRPTW text: the instance name, a `VEHICLE` heading over `NUMBER CAPACITY`, then a
/// `CUSTOMER` heading over one line per node: number, x, y, demand, ready time, due date and
/// service time. The first node is the depot; its ready time and due date bound every route.
///
/// ```swift
/// let instance = try SolomonFile(BenchmarkText(path: "C101.txt")).instance()
/// instance.problem.vehicles.count   // 25
/// ```
struct SolomonFile {
    static let columns = ["CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"]

    let text: BenchmarkText

    init(_ text: BenchmarkText) {
        self.text = text
    }

    private static func isData(_ line: BenchmarkText.Line) -> Bool {
        line.fields[0].first.map { $0.isNumber || $0 == "-" } ?? false
    }

    /// The index of the line reading `name`, searching from `start` (whose line is blamed when
    /// there is none).
    private func heading(_ name: String, from start: Int) throws(RoundsError) -> Int {
        let lines = text.lines
        guard let index = lines[start...].firstIndex(where: { $0.text.trimmingCharacters(in: .whitespaces).uppercased() == name }) else {
            throw text.error(.requiredField(name), line: start < lines.count ? lines[start].number : 1, field: name)
        }
        return index
    }

    func instance() throws(RoundsError) -> BenchmarkInstance {
        let lines = text.lines
        let vehicleHeading = try heading("VEHICLE", from: 0)
        guard let fleetIndex = lines[(vehicleHeading + 1)...].firstIndex(where: Self.isData) else {
            throw text.error(.requiredField("NUMBER"), line: lines[vehicleHeading].number, field: "NUMBER")
        }
        let fleet = lines[fleetIndex]
        guard fleet.fields.count == 2 else { throw text.error(.fieldCount("NUMBER CAPACITY"), line: fleet.number, field: "VEHICLE") }
        let vehicleCount = try text.integer(fleet.fields[0], field: "NUMBER", line: fleet.number)
        guard vehicleCount > 0 else { throw text.invalid("NUMBER", fleet.fields[0], .aboveZero, line: fleet.number) }
        let capacity = try text.nonNegative(fleet.fields[1], field: "CAPACITY", line: fleet.number)

        let customerHeading = try heading("CUSTOMER", from: fleetIndex)
        // The column headings sit between the CUSTOMER heading and the first node.
        guard let first = lines[(customerHeading + 1)...].firstIndex(where: Self.isData) else {
            throw text.error(.requiredField("CUSTOMER"), line: lines[customerHeading].number, field: "CUSTOMER")
        }
        var points: [SIMD2<Double>] = []
        var stops: [Stop] = []
        var depotWindow = TimeSpan.always
        for line in lines[first...] {
            guard line.fields.count == Self.columns.count else {
                throw text.error(.fieldCount(Self.columns.joined(separator: ", ")), line: line.number, field: "CUSTOMER")
            }
            let number = try text.integer(line.fields[0], field: Self.columns[0], line: line.number)
            var values: [Double] = []
            for column in 1..<Self.columns.count {
                values.append(try text.number(line.fields[column], field: Self.columns[column], line: line.number))
            }
            let (x, y, ready, due, service) = (values[0], values[1], values[3], values[4], values[5])
            let demand = try text.nonNegative(line.fields[3], field: "DEMAND", line: line.number)
            guard due >= ready else {
                throw text.error(.windowEndsBeforeStart(open: String(line.fields[4]), close: String(line.fields[5])),
                                 line: line.number, field: "DUE DATE")
            }
            guard service >= 0 else { throw text.invalid("SERVICE TIME", line.fields[6], .notNegative, line: line.number) }
            let window = TimeSpan(open: ready, close: due)
            if points.isEmpty {
                depotWindow = window
            } else {
                stops.append(Stop(node: points.count, label: String(number), demand: demand, serviceTime: service, windows: [window]))
            }
            points.append(SIMD2(x, y))
        }
        let vehicles = (0..<vehicleCount).map {
            Vehicle(label: String($0 + 1), start: 0, end: 0, shift: depotWindow, capacity: capacity)
        }
        let matrix = TravelMatrix(count: points.count) { EdgeWeight.length(points[$0] - points[$1]) }
        let problem = RoutingProblem(matrix: matrix, stops: stops, vehicles: vehicles)
        let name = vehicleHeading > 0 ? lines[0].text.trimmingCharacters(in: .whitespaces) : text.stem
        return BenchmarkInstance(name: name, kind: .solomon, problem: problem, edgeWeight: .euclidean, costDecimals: 2)
    }
}
