import RoundsDomain
import RoundsRouting
import RoundsShell

/// A solved benchmark: routes as the file numbers its nodes (depot left out), cost, time.
struct BenchmarkResult {
    let instance: BenchmarkInstance
    let solution: RouteSolution

    private func node(_ stop: Int) -> Cell {
        let label = instance.problem.stops[stop].label
        return Int(label).map(Cell.integer) ?? .text(label)
    }

    func listing() -> Listing {
        var table = Listing(columns: [.init("route", .routeHeader, align: .right), .init("stops", .stopsHeader, align: .right),
                                      .init("load", .loadHeader, align: .right), .init("cost", .costHeader, align: .right),
                                      .init("nodes", .nodesHeader)])
        for (index, route) in solution.routes.enumerated() {
            let load = route.visits.reduce(0) { $0 + instance.problem.stops[$1.stop].demand }
            let nodes = route.visits.map { node($0.stop).plainText }.joined(separator: " ")
            table.append([.integer(index + 1), .integer(route.visits.count), .integer(load),
                          .real(instance.reportedCost(route.travel)), .text(nodes)])
        }
        return table
    }

    func summary() -> String {
        var lines = [Message.solveSummary(instance.name, cost: instance.reportedCost(solution.travel),
                                          vehicles: solution.routes.count, seconds: solution.seconds,
                                          optimal: solution.provenOptimal).text()]
        for dropped in solution.dropped {
            lines.append(Message.droppedNode(instance.problem.stops[dropped.stop].label, dropped.reason).text())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() -> JSONValue {
        let routes = solution.routes.map { route in JSONValue.array(route.visits.map { .cell(node($0.stop)) }) }
        let dropped = solution.dropped.map { dropped in
            JSONValue.object([("node", .cell(node(dropped.stop))), ("reason", .cell(.text(Message.dropReason(dropped.reason).en)))])
        }
        return .object([
            ("instance", .cell(.text(instance.name))), ("cost", .cell(.real(solution.travel))),
            ("vehicles", .cell(.integer(solution.routes.count))), ("routes", .array(routes)),
            ("seconds", .cell(.real((solution.seconds * 1e6).rounded() / 1e6))),
            ("proven_optimal", .cell(.bool(solution.provenOptimal))), ("dropped", .array(dropped)),
        ])
    }
}

private extension Cell {
    var plainText: String {
        switch self {
        case .integer(let number): String(number)
        case .text(let text): text
        default: ""
        }
    }
}
