import ArgumentParser
import RoundsDomain
import RoundsRouting
import RoundsShell

/// `route solve FILE`: a TSPLIB, Solomon or VRPLIB benchmark through the same solvers as a rep's
/// day, reported the way the literature reports it, to compare with best known solutions.
struct RouteSolveCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "solve", abstract: Message.routeSolveAbstract.text(),
                             discussion: Message.routeSolveDiscussion.text())
    }

    @Argument(help: ArgumentHelp(Message.benchmarkFileHelp.text(), valueName: "file")) var file: String
    @Option(name: .customLong("as"), help: ArgumentHelp(Message.benchmarkFormatHelp.text(), valueName: "tsplib|solomon|vrplib"))
    var kind: String?
    @OptionGroup var search: SearchOptions
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let instance = try BenchmarkInstance.read(path: file, as: kind.map(Self.kind(named:)) ?? nil)
        let progress = SolverProgress(session: session)
        let cancellation = session.cancellation
        let options = SolveOptions(timeLimit: search.timeLimit, seed: search.seed,
                                   progress: { best, used in progress.report(best: best, used: used) },
                                   isCancelled: { cancellation.isRequested })
        let solution = RouteSolver.solve(instance.problem, options: options)
        let result = BenchmarkResult(instance: instance, solution: solution)
        switch session.format(listing) {
        case .json: try session.emit(text: result.json().text(), listing)
        case .csv: try session.emit(result.listing(), listing)
        case .table:
            try session.emit(result.listing(), listing)
            if listing.output == nil, !listing.count, listing.only == nil { session.out.write(result.summary()) }
        }
    }

    private static func kind(named name: String) throws -> BenchmarkInstance.Kind? {
        switch name.lowercased() {
        case "tsplib", "tsp": return .tsplib
        case "solomon": return .solomon
        case "vrplib", "cvrplib", "vrp": return .vrplib
        default: throw RoundsError(.usage, .invalidField("--as", name, .oneOf(["tsplib", "solomon", "vrplib"])))
        }
    }
}

/// Solver progress on the terminal's last line: the best cost so far against the time used.
final class SolverProgress: @unchecked Sendable {
    private let session: Session

    init(session: Session) {
        self.session = session
    }

    func report(best: Double, used: Double) {
        session.progress(.searching(best), done: Int(used * 100), total: 100)
    }
}
