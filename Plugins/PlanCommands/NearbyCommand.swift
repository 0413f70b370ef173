import ArgumentParser
import RoundsDomain
import RoundsExchange
import RoundsRouting
import RoundsShell
import RoundsStorage

/// `nearby CODE|--at LAT,LON`: customers a short drive away, with how long since the last visit
/// and whether one is due — what to drop in on while in the area (ついで訪問).
struct NearbyCommand: ShellCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "nearby", abstract: Message.nearbyAbstract.text(),
                             discussion: Message.nearbyDiscussion.text())
    }

    @Argument(help: ArgumentHelp(Message.nearbyCustomerHelp.text(), valueName: "customer-code")) var customer: String?
    @Option(help: ArgumentHelp(Message.nearbyAtHelp.text(), valueName: "lat,lon")) var at: String?
    @Option(help: ArgumentHelp(Message.nearbyWithinHelp.text(), valueName: "minutes")) var within: Int = 15
    @Option(help: ArgumentHelp(Message.nearbyLimitHelp.text(), valueName: "n")) var limit: Int = 10
    @Option(help: ArgumentHelp(Message.nearbyRepHelp.text(), valueName: "rep-code")) var rep: String?
    @Option(help: ArgumentHelp(Message.nearbyDateHelp.text(), valueName: "date")) var date: String = "today"
    @OptionGroup var listing: ListingOptions

    func validate() throws {
        guard (customer == nil) != (at == nil) else { throw RoundsError(.usage, .nearbyOrigin) }
        guard within > 0 else { throw RoundsError(.usage, .invalidField("--within", String(within), .positiveMinutes)) }
        guard limit > 0 else { throw RoundsError(.usage, .invalidField("--limit", String(limit), .positiveMinutes)) }
    }

    func run(in session: Session) throws {
        let store = try session.store()
        let today = try JapaneseDate.parse(typed: date, field: "--date")
        let (origin, home) = try self.origin(store)
        let model = TravelModel(session.settings.rules.travel, rep: rep ?? home?.rep)
        let policy = session.settings.rules.visitPolicy
        let lastVisits = try store.lastVisits(through: today)
        let close = try store.customers(CustomerQuery()).compactMap { customer -> (Customer, Int)? in
            guard customer.code != home?.code, customer.status == .active, let place = customer.location else { return nil }
            let minutes = Int((Double(model.seconds(from: origin, to: place)) / 60).rounded())
            return minutes <= within ? (customer, minutes) : nil
        }.sorted { ($0.1, $0.0.code) < ($1.1, $1.0.code) }.prefix(limit)
        var table = Listing(columns: [.init("customer", .nearbyCustomerHeader), .init("name", .nearbyNameHeader),
                                      .init("rank", .nearbyRankHeader), .init("rep", .nearbyRepHeader),
                                      .init("minutes", .nearbyMinutesHeader, align: .right),
                                      .init("last_visit", .nearbyLastVisitHeader), .init("days_since", .nearbyDaysHeader, align: .right),
                                      .init("due", .nearbyDueHeader)])
        for (customer, minutes) in close {
            let last = lastVisits[customer.code]
            let days = last.map { today.days(since: $0) }
            let due = policy.isDue(daysSinceLastVisit: days, rank: customer.rank, own: customer.visitIntervalDays)
            table.append([.text(customer.code), .text(customer.name),
                          customer.rank.map { .label(code: $0.rawValue, $0.label) } ?? .null, .optional(customer.rep),
                          .integer(minutes), .optional(last?.description), days.map(Cell.integer) ?? .null, .bool(due)])
        }
        try session.emit(table, listing)
    }

    private func origin(_ store: any Store) throws -> (Coordinate, Customer?) {
        if let at { return (try Coordinate(parsing: at, field: "--at"), nil) }
        let code = customer ?? ""
        guard let home = try store.customer(code: code) else { throw RoundsError(.notFound, .nearbyUnknownCustomer(code)) }
        guard let place = home.location else { throw RoundsError(.invalidValue, .nearbyNoLocation(code)) }
        return (place, home)
    }
}
