import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsPlanning
import RoundsRouting
import RoundsShell
import RoundsStorage

/// `plan fit CODE [--minutes N]`: a customer asks for an appointment — every working day of the
/// draft plan for the customer's rep with the cheapest slot for the visit, best first, and the
/// days it cannot fit with why. Nothing is saved.
///
/// ```
/// plan fit C001 --minutes 45
/// ```
struct PlanFitCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "fit", abstract: Message.fitAbstract.text(), discussion: Message.fitDiscussion.text())
    }

    @Argument(help: ArgumentHelp(Message.fitCustomerHelp.text(), valueName: "customer-code")) var customer: String
    @Option(help: ArgumentHelp(Message.fitMinutesHelp.text(), valueName: "minutes")) var minutes: Int?
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        if let minutes, !(1...600).contains(minutes) {
            throw RoundsError(.usage, .invalidField("--minutes", String(minutes), .fitMinutesRange))
        }
    }

    func run(in session: Session) throws {
        let store = try session.store()
        guard let asking = try store.customer(code: customer) else { throw RoundsError(.notFound, .fitUnknownCustomer(customer)) }
        guard let place = asking.location else { throw RoundsError(.invalidValue, .fitNoLocation(customer)) }
        let plan = try PlanDraft.load(from: store)
        guard let repCode = asking.rep else { throw RoundsError(.invalidValue, .fitNoRep(customer)) }
        guard let repPlan = plan.reps.first(where: { $0.rep == repCode }),
              let rep = try store.reps().first(where: { $0.code == repCode }) else {
            throw RoundsError(.notFound, .fitRepNotInPlan(customer, rep: repCode))
        }
        guard let fit = VisitFit(rep: rep, travel: session.settings.rules.travel) else {
            throw RoundsError(.invalidValue, .fitRepWithoutStart(repCode))
        }
        let planned = Set(repPlan.days.flatMap { $0.stops.map(\.customer) })
        let others = try store.customers(CustomerQuery()).filter { planned.contains($0.code) }
        let stops = Dictionary(others.map { ($0.code, Self.stop($0, minutes: nil)) }, uniquingKeysWith: { a, _ in a })
        let places = Dictionary(others.compactMap { c in c.location.map { (c.code, $0) } }, uniquingKeysWith: { a, _ in a })
        let days = fit.days(for: Self.stop(asking, minutes: minutes), at: place, closedDays: asking.closedDays, plan: repPlan,
                            stops: stops, places: places)
        try session.emit(Self.table(days), listing)
    }

    static func stop(_ customer: Customer, minutes: Int?) -> FitStop {
        FitStop(code: customer.code, serviceSeconds: Double((minutes ?? customer.serviceMinutes) * 60),
                windows: customer.timeWindows.map(TimeSpan.init))
    }

    static func table(_ days: [DayFit]) -> Listing {
        var table = Listing(columns: [
            .init("date", .fitDateHeader), .init("weekday", .fitWeekdayHeader),
            .init("extra_minutes", .fitExtraHeader, align: .right), .init("visits", .fitVisitsHeader, align: .right),
            .init("arrive", .fitArriveHeader), .init("after", .fitAfterHeader), .init("before", .fitBeforeHeader),
            .init("note", .fitWhyHeader),
        ])
        for day in days {
            let weekday = Cell.label(code: day.date.weekday.code, day.date.weekday.label)
            var row: [Cell] = [.text(day.date.description), weekday]
            switch day.outcome {
            case .fits(let slot):
                row += [.integer(Int((slot.extraSeconds / 60).rounded())), .integer(day.visits), .text(Clock.text(slot.serviceStart)),
                        slot.previous.map(Cell.text) ?? .label(code: "start", .fitStart),
                        slot.next.map(Cell.text) ?? .label(code: "end", .fitEnd),
                        day.alreadyPlanned ? .label(code: "already-planned", .fitAlreadyPlanned) : .null]
            case .closed: row += [.null, .integer(day.visits), .null, .null, .null, .label(code: "closed", .fitClosed)]
            case .full: row += [.null, .integer(day.visits), .null, .null, .null, .label(code: "full", .fitFull)]
            case .window: row += [.null, .integer(day.visits), .null, .null, .null, .label(code: "window", .fitWindow)]
            }
            table.append(row)
        }
        return table
    }
}
