import ArgumentParser
import Foundation
import RoundsDomain
import RoundsExchange
import RoundsRouting
import RoundsShell

/// `route day --rep R --date D --customers C1,C2,…`: the order that drives least for the chosen
/// customers, with arrival, waiting and departure at each, inside their hours and the rep's day.
struct RouteDayCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "day", abstract: Message.routeDayAbstract.text(),
                             discussion: Message.routeDayDiscussion.text())
    }

    @Option(help: ArgumentHelp(Message.routeRepHelp.text(), valueName: "rep-code")) var rep: String
    @Option(help: ArgumentHelp(Message.routeDateHelp.text(), valueName: "date")) var date: String = "today"
    @Option(help: ArgumentHelp(Message.routeCustomersHelp.text(), valueName: "codes")) var customers: String
    @Option(help: ArgumentHelp(Message.routeOptionalHelp.text(), valueName: "codes")) var optional: String?
    @Option(name: .customLong("appointment"), help: ArgumentHelp(Message.routeAppointmentHelp.text(), valueName: "code@HH:MM"))
    var appointments: [String] = []
    @Option(help: ArgumentHelp(Message.routeMatrixHelp.text(), valueName: "file")) var matrix: String?
    @Option(help: ArgumentHelp(Message.routeGeoJSONHelp.text(), valueName: "file")) var geojson: String?
    @OptionGroup var search: SearchOptions
    @OptionGroup var listing: ListingOptions

    func run(in session: Session) throws {
        let store = try session.store()
        let day = try JapaneseDate.parse(typed: date, field: "--date")
        guard let rep = try store.rep(code: rep) else { throw RoundsError(.notFound, .unknownRep(self.rep)) }
        let request = try DayRequest(rep: rep, date: day, store: store, required: codes(customers),
                                     optional: codes(optional ?? ""), appointments: appointments,
                                     travel: session.settings.rules.travel, matrixFile: matrix)
        let options = SolveOptions(timeLimit: search.timeLimit, seed: search.seed)
        let plan = DayPlan(request: request, solution: RouteSolver.solve(request.problem, options: options))
        if let geojson { try plan.geoJSON().write(to: geojson) }
        switch session.format(listing) {
        case .json: try session.emit(text: plan.json().text(), listing)
        case .csv: try session.emit(plan.listing(), listing)
        case .table:
            try session.emit(plan.listing(), listing)
            if listing.output == nil, !listing.count, listing.only == nil { session.out.write(plan.summary()) }
        }
    }

    private func codes(_ text: String) -> [String] {
        HalfWidth.fold(text).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
