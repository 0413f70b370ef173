import RoundsDomain

/// TSPLIB and CVRPLIB files as routing problems.
extension TSPLIBFile {
    /// Node 1 is where the one vehicle starts and ends; every other node is a required stop.
    func tsp() throws(RoundsError) -> BenchmarkInstance {
        let dimension = try dimension()
        let edgeWeight = try edgeWeight()
        let (matrix, decimals) = try matrix(dimension: dimension, edgeWeight: edgeWeight)
        let stops = (1..<dimension).map { Stop(node: $0, label: String($0 + 1)) }
        let problem = RoutingProblem(matrix: matrix, stops: stops, vehicles: [Vehicle(label: "1", start: 0, end: 0)])
        return BenchmarkInstance(name: name, kind: .tsplib, problem: problem, edgeWeight: edgeWeight, costDecimals: decimals)
    }

    /// Every node but the depot is a required stop; without `VEHICLES` the fleet is unbounded
    /// (one vehicle per stop), as CVRPLIB's instances leave the number of routes free.
    func vrp() throws(RoundsError) -> BenchmarkInstance {
        let dimension = try dimension()
        let edgeWeight = try edgeWeight()
        let (matrix, decimals) = try matrix(dimension: dimension, edgeWeight: edgeWeight)
        let capacity = try capacity()
        let depot = try depot(dimension)
        let demands = try demands(dimension)
        let windows = try windows(dimension)
        let serviceTimes = try serviceTimes(dimension)
        let stops = (0..<dimension).filter { $0 != depot }.map { node in
            Stop(node: node, label: String(node + 1), demand: demands[node], serviceTime: serviceTimes?[node] ?? 0,
                 windows: windows.map { [$0[node]] } ?? [])
        }
        let shift = windows?[depot] ?? .always
        let vehicles = (0..<(try vehicleCount() ?? stops.count)).map {
            Vehicle(label: String($0 + 1), start: depot, end: depot, shift: shift, capacity: capacity)
        }
        let problem = RoutingProblem(matrix: matrix, stops: stops, vehicles: vehicles)
        return BenchmarkInstance(name: name, kind: .vrplib, problem: problem, edgeWeight: edgeWeight, costDecimals: decimals)
    }

    private func capacity() throws(RoundsError) -> Int {
        let entry = try entry("CAPACITY")
        return try text.nonNegative(Substring(entry.value), field: "CAPACITY", line: entry.line)
    }

    private func vehicleCount() throws(RoundsError) -> Int? {
        guard let entry = keywords["VEHICLES"] else { return nil }
        let count = try text.integer(Substring(entry.value), field: "VEHICLES", line: entry.line)
        guard count > 0 else { throw text.invalid("VEHICLES", entry.value, .aboveZero, line: entry.line) }
        return count
    }

    /// The matrix index of the one depot listed before the closing `-1`.
    private func depot(_ dimension: Int) throws(RoundsError) -> Int {
        let name = "DEPOT_SECTION"
        let section = try section(name)
        var depot: Int?
        scan: for line in section.rows {
            for field in line.fields {
                let node = try text.integer(field, field: name, line: line.number)
                if node == -1 { break scan }
                guard node >= 1 else { throw text.invalid(name, field, .aboveZero, line: line.number) }
                guard node <= dimension else {
                    throw text.error(.beyondDimension(node, dimension), line: line.number, field: "DIMENSION")
                }
                guard depot == nil else { throw text.error(.oneDepot, line: line.number, field: name) }
                depot = node - 1
            }
        }
        guard let depot else { throw text.error(.requiredField(name), line: section.line, field: name) }
        return depot
    }

    private func demands(_ dimension: Int) throws(RoundsError) -> [Int] {
        let name = "DEMAND_SECTION"
        var demands: [Int] = []
        for row in try nodeRows(section(name), name: name, values: 1, columns: "node demand", dimension: dimension) {
            demands.append(try text.nonNegative(row.values[row.values.startIndex], field: name, line: row.line))
        }
        return demands
    }

    /// Each node's window on the start of service, the depot's being the vehicles' shift.
    private func windows(_ dimension: Int) throws(RoundsError) -> [TimeSpan]? {
        let name = "TIME_WINDOW_SECTION"
        guard let section = sections[name] else { return nil }
        var windows: [TimeSpan] = []
        for row in try nodeRows(section, name: name, values: 2, columns: "node open close", dimension: dimension) {
            let openText = row.values[row.values.startIndex], closeText = row.values[row.values.startIndex + 1]
            let open = try text.number(openText, field: name, line: row.line)
            let close = try text.number(closeText, field: name, line: row.line)
            guard close >= open else {
                throw text.error(.windowEndsBeforeStart(open: String(openText), close: String(closeText)), line: row.line, field: name)
            }
            windows.append(TimeSpan(open: open, close: close))
        }
        return windows
    }

    private func serviceTimes(_ dimension: Int) throws(RoundsError) -> [Double]? {
        let name = "SERVICE_TIME_SECTION"
        guard let section = sections[name] else { return nil }
        var times: [Double] = []
        for row in try nodeRows(section, name: name, values: 1, columns: "node time", dimension: dimension) {
            let time = try text.number(row.values[row.values.startIndex], field: name, line: row.line)
            guard time >= 0 else { throw text.invalid(name, row.values[row.values.startIndex], .notNegative, line: row.line) }
            times.append(time)
        }
        return times
    }
}
