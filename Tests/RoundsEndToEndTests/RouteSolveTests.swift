import Foundation
import Testing

/// `route solve` through the binary: the JSON contract, the rules of each format, and errors.
@Suite struct RouteSolveTests {
    /// Twelve customers around a depot, two vehicles of capacity 50, windows that split them
    /// into a morning and an afternoon group.
    static let smallSolomon: String = {
        var text = "TINY\n\nVEHICLE\nNUMBER     CAPACITY\n  3         50\n\nCUSTOMER\n"
        text += "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\n\n"
        text += "    0      50         50          0          0        400          0\n"
        for customer in 1...12 {
            let angle = Double(customer) * 0.5
            let x = 50 + (20 * cos(angle)).rounded(), y = 50 + (20 * sin(angle)).rounded()
            let ready = customer % 2 == 0 ? 0 : 150, due = ready + 150
            text += "    \(customer)      \(Int(x))         \(Int(y))         \(5 + customer % 4 * 3)          \(ready)        \(due)         10\n"
        }
        return text
    }()

    struct Instance {
        var x: [Double] = [], y: [Double] = [], demand: [Int] = [], ready: [Double] = [], due: [Double] = [], service: [Double] = []
        var vehicles = 0, capacity = 0

        init(_ text: String) {
            let lines = text.split(separator: "\n").map { $0.split(separator: " ").compactMap { Double($0) } }
            let fleet = lines.first { $0.count == 2 }!
            vehicles = Int(fleet[0]); capacity = Int(fleet[1])
            for values in lines where values.count == 7 {
                x.append(values[1]); y.append(values[2]); demand.append(Int(values[3]))
                ready.append(values[4]); due.append(values[5]); service.append(values[6])
            }
        }

        func distance(_ a: Int, _ b: Int) -> Double { ((x[a] - x[b]) * (x[a] - x[b]) + (y[a] - y[b]) * (y[a] - y[b])).squareRoot() }

        /// Independent of the solver: every customer once, loads, windows, back by the depot's due time.
        func check(_ routes: [[Int]]) -> (cost: Double, problems: [String]) {
            var problems: [String] = [], cost = 0.0
            let visited = routes.flatMap { $0 }
            if visited.sorted() != Array(1..<x.count) { problems.append("customers visited: \(visited.sorted())") }
            if routes.count > vehicles { problems.append("\(routes.count) routes for \(vehicles) vehicles") }
            for route in routes {
                if route.reduce(0, { $0 + demand[$1] }) > capacity { problems.append("over capacity: \(route)") }
                var clock = ready[0], place = 0
                for customer in route + [0] {
                    cost += distance(place, customer)
                    clock = max(clock + distance(place, customer), ready[customer])
                    if clock > due[customer] + 1e-9 { problems.append("late at \(customer) in \(route)") }
                    clock += service[customer]
                    place = customer
                }
            }
            return (cost, problems)
        }
    }

    @Test func solomonRoutesAreFeasibleAndCostedInFullPrecision() throws {
        let rounds = try RoundsProcess()
        let file = try rounds.write("tiny.txt", Self.smallSolomon)
        let result = try rounds.run(["route", "solve", file, "--time-limit", "0.5", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let routes = try #require(json["routes"] as? [[Int]])
        let instance = Instance(Self.smallSolomon)
        let (cost, problems) = instance.check(routes)
        #expect(problems.isEmpty, "\(problems)")
        #expect(abs((json["cost"] as? Double ?? -1) - cost) < 1e-6)
        #expect(json["vehicles"] as? Int == routes.count)
        #expect(json["seconds"] is Double)
    }

    @Test func theSameSeedGivesTheSameRoutes() throws {
        let rounds = try RoundsProcess()
        let file = try rounds.write("tiny.txt", Self.smallSolomon)
        let arguments = ["route", "solve", file, "--time-limit", "0.3", "--seed", "7", "--format", "csv"]
        let first = try rounds.run(arguments), second = try rounds.run(arguments)
        #expect(first.status == 0 && first.stdout == second.stdout)
    }

    @Test func tsplibUsesItsOwnRounding() throws {
        let rounds = try RoundsProcess()
        // A 3-4-5 triangle and a point at distance 1.5 (nint rounds to 2) from the origin.
        let file = try rounds.write("tri.tsp", """
            NAME: tri
            TYPE: TSP
            DIMENSION: 4
            EDGE_WEIGHT_TYPE: EUC_2D
            NODE_COORD_SECTION
            1 0 0
            2 3 0
            3 3 4
            4 0 1.5
            EOF
            """)
        let result = try rounds.run(["route", "solve", file, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // 1→2 = 3, 2→3 = 4, 3→4 = nint(3.905) = 4, 4→1 = nint(1.5) = 2.
        #expect(json["cost"] as? Double == 13)
        #expect(json["proven_optimal"] as? Bool == true)
        let routes = json["routes"] as? [[Int]]
        #expect(routes == [[2, 3, 4]] || routes == [[4, 3, 2]])
    }

    @Test func aBrokenFileIsNamedWithItsLine() throws {
        let rounds = try RoundsProcess()
        let file = try rounds.write("bad.txt", Self.smallSolomon.replacingOccurrences(of: "0        400", with: "0        -5"))
        let result = try rounds.run(["route", "solve", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.txt:10"), "\(result.stderr)")
        let missing = try rounds.run(["route", "solve", "nowhere.tsp"])
        #expect(missing.status == 1 && missing.stderr.contains("nowhere.tsp"))
        let kind = try rounds.run(["route", "solve", file, "--as", "excel"])
        #expect(kind.status != 0 && kind.stderr.contains("tsplib, solomon, vrplib"))
    }
}
