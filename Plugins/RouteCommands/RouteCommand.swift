import ArgumentParser
import RoundsDomain

/// `route day|solve`: visit order (回る順番) for one rep's day, or for a benchmark file.
struct RouteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "route", abstract: Message.routeAbstract.text(),
                             subcommands: [RouteDayCommand.self, RouteSolveCommand.self])
    }
}

/// The search budget both subcommands take.
struct SearchOptions: ParsableArguments {
    @Option(name: .customLong("time-limit"), help: ArgumentHelp(Message.timeLimitHelp.text(), valueName: "seconds"))
    var timeLimit: Double = 1
    @Option(help: ArgumentHelp(Message.seedHelp.text(), valueName: "n")) var seed: UInt64 = 1

    func validate() throws {
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 3600 else {
            throw RoundsError(.usage, .invalidField("--time-limit", String(timeLimit), .timeLimitRange))
        }
    }
}
