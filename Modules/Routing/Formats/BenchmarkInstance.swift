import Foundation
import RoundsDomain

/// A published benchmark read into the solver's problem shape, so the solvers can be measured
/// against the best known costs of TSPLIB, Solomon and VRPLIB instances.
///
/// Matrix indices follow the file: TSPLIB and VRPLIB node `k` is index `k - 1`; Solomon's nodes
/// are indexed in the order listed, the depot (customer 0) first. Stop labels are the node or
/// customer numbers as the file writes them.
///
/// ```swift
/// let instance = try BenchmarkInstance.read(path: "bench-data/tsplib/berlin52.tsp")
/// let solution = RouteSolver.solve(instance.problem, options: SolveOptions(timeLimit: 5))
/// print(instance.name, instance.reportedCost(solution.travel))   // compare with BKS.json
/// ```
public struct BenchmarkInstance: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A symmetric TSP in TSPLIB format (`TYPE : TSP`).
        case tsplib
        /// Solomon's VRPTW text format, with `VEHICLE` and `CUSTOMER` headings.
        case solomon
        /// A CVRP or VRPTW in the TSPLIB-derived format of CVRPLIB (`TYPE : CVRP`).
        case vrplib
    }

    public var name: String
    public var kind: Kind
    public var problem: RoutingProblem
    /// The distance rule the matrix was built with.
    public var edgeWeight: EdgeWeight
    /// Decimal places the literature reports this instance's costs with: 0 for whole-number
    /// rules, 2 for Solomon, as many as the file's own weights for `explicit`.
    public var costDecimals: Int

    public init(name: String, kind: Kind, problem: RoutingProblem, edgeWeight: EdgeWeight, costDecimals: Int) {
        self.name = name
        self.kind = kind
        self.problem = problem
        self.edgeWeight = edgeWeight
        self.costDecimals = costDecimals
    }

    /// `travel` rounded the way published costs for this instance are, ready to compare with
    /// a best known solution (Solomon's 828.94, berlin52's 7542).
    public func reportedCost(_ travel: Double) -> Double {
        let scale = pow(10, Double(costDecimals))
        return (travel * scale).rounded() / scale
    }

    /// Reads the benchmark at `path`, as `kind` or, when nil, as the file looks: a TSPLIB
    /// `TYPE` line, Solomon's `VEHICLE` and `CUSTOMER` headings, else the extension.
    public static func read(path: String, as kind: Kind? = nil) throws(RoundsError) -> BenchmarkInstance {
        let text = try BenchmarkText(path: path)
        // Not `kind ?? detect(text)`: the autoclosure would widen the error to `any Error`.
        let resolved = if let kind { kind } else { try detect(text) }
        switch resolved {
        case .tsplib: return try TSPLIBFile(text, kind: .tsplib).tsp()
        case .vrplib: return try TSPLIBFile(text, kind: .vrplib).vrp()
        case .solomon: return try SolomonFile(text).instance()
        }
    }

    private static func detect(_ text: BenchmarkText) throws(RoundsError) -> Kind {
        let headings = Set(text.lines.map { $0.text.trimmingCharacters(in: .whitespaces).uppercased() })
        if headings.contains("VEHICLE") && headings.contains("CUSTOMER") { return .solomon }
        for line in text.lines {
            let entry = TSPLIBFile.keyword(line)
            guard entry.key == "TYPE" else { continue }
            if TSPLIBFile.types(.tsplib).contains(entry.value.uppercased()) { return .tsplib }
            if TSPLIBFile.types(.vrplib).contains(entry.value.uppercased()) { return .vrplib }
        }
        switch URL(fileURLWithPath: text.path).pathExtension.lowercased() {
        case "tsp": return .tsplib
        case "vrp": return .vrplib
        default: throw RoundsError(.invalidValue, .unknownBenchmarkFormat(text.path))
        }
    }
}
