import RoundsDomain
import RoundsRouting
import RoundsShell

/// A solved day in the shapes users read: a table of stops, a summary line, JSON, GeoJSON.
struct DayPlan {
    let request: DayRequest
    let solution: RouteSolution

    private var route: PlannedRoute? { solution.routes.first }

    private func customer(_ stop: Int) -> Customer { request.customers[stop] }

    func listing() -> Listing {
        var table = Listing(columns: [.init("seq", .seqHeader, align: .right), .init("customer", .customerHeader),
                                      .init("name", .nameHeader), .init("arrive", .arriveHeader),
                                      .init("start", .startHeader), .init("depart", .departHeader),
                                      .init("wait_minutes", .waitHeader, align: .right),
                                      .init("drive_minutes", .driveHeader, align: .right)])
        guard let route else { return table }
        var previous = request.problem.vehicles[0].start
        for (index, visit) in route.visits.enumerated() {
            let stop = request.problem.stops[visit.stop]
            let drive = request.problem.matrix[previous, stop.node]
            previous = stop.node
            let customer = customer(visit.stop)
            table.append([.integer(index + 1), .text(customer.code), .text(customer.name), .text(Clock.text(visit.arrival)),
                          .text(Clock.text(visit.serviceStart)), .text(Clock.text(visit.departure)),
                          .integer(Clock.minutes(visit.waiting)), .integer(Clock.minutes(drive))])
        }
        return table
    }

    /// Leave, lunch, return and total driving, then each stop left out and why.
    func summary() -> String {
        var lines: [String] = []
        if let route {
            let lunch = route.lunch.map { Message.lunchAt(Clock.text($0.start), Clock.text($0.end)) }
            lines.append(Message.daySummary(leave: Clock.text(route.departure), back: Clock.text(route.arrival),
                                            drive: Clock.minutes(route.travel), stops: route.visits.count,
                                            optimal: solution.provenOptimal, lunch: lunch).text())
        }
        for (customer, reason) in dropped() {
            lines.append(Message.droppedLine(customer.code, customer.name, reason).text())
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Every customer left out: closed that day, or dropped by the solver.
    func dropped() -> [(Customer, Message)] {
        request.closed + solution.dropped.map { dropped in
            let customer = customer(dropped.stop)
            switch dropped.reason {
            case .unreachableInWindow:
                return (customer, .cannotReachInHours(TimeWindow.format(customer.timeWindows)))
            case .overCapacity, .noRoom:
                return (customer, .noRoomInDay)
            }
        }
    }

    func json() -> JSONValue {
        let stops: [JSONValue] = route?.visits.map { visit in
            let customer = customer(visit.stop)
            return .object([("customer", .cell(.text(customer.code))), ("name", .cell(.text(customer.name))),
                            ("arrive", .cell(.text(Clock.text(visit.serviceStart)))),
                            ("arrival", .cell(.text(Clock.text(visit.arrival)))),
                            ("depart", .cell(.text(Clock.text(visit.departure)))),
                            ("wait_minutes", .cell(.integer(Clock.minutes(visit.waiting))))])
        } ?? []
        let lunch: JSONValue = route?.lunch.map {
            .object([("start", .cell(.text(Clock.text($0.start)))), ("end", .cell(.text(Clock.text($0.end))))])
        } ?? .null
        let dropped: [JSONValue] = dropped().map { customer, reason in
            .object([("customer", .cell(.text(customer.code))), ("reason", .cell(.text(reason.text())))])
        }
        return .object([
            ("rep", .cell(.text(request.rep.code))), ("date", .cell(.text(request.date.description))),
            ("leave", route.map { .cell(.text(Clock.text($0.departure))) } ?? .null),
            ("back", route.map { .cell(.text(Clock.text($0.arrival))) } ?? .null),
            ("travel_minutes", .cell(.integer(Clock.minutes(solution.travel)))),
            ("proven_optimal", .cell(.bool(solution.provenOptimal))),
            ("stops", .array(stops)), ("lunch", lunch), ("dropped", .array(dropped)),
        ])
    }

    func geoJSON() -> RouteGeoJSON {
        var geo = RouteGeoJSON()
        let places = request.places
        var line = [places[0]]
        geo.point(places[0], properties: [("kind", .cell(.text("start"))), ("rep", .cell(.text(request.rep.code))),
                                          ("time", route.map { .cell(.text(Clock.text($0.departure))) } ?? .null)])
        for (index, visit) in (route?.visits ?? []).enumerated() {
            let customer = customer(visit.stop)
            let place = places[request.problem.stops[visit.stop].node]
            line.append(place)
            geo.point(place, properties: [("kind", .cell(.text("stop"))), ("seq", .cell(.integer(index + 1))),
                                          ("customer", .cell(.text(customer.code))), ("name", .cell(.text(customer.name))),
                                          ("arrive", .cell(.text(Clock.text(visit.serviceStart)))),
                                          ("depart", .cell(.text(Clock.text(visit.departure))))])
        }
        line.append(places[1])
        geo.point(places[1], properties: [("kind", .cell(.text("end"))), ("rep", .cell(.text(request.rep.code))),
                                          ("time", route.map { .cell(.text(Clock.text($0.arrival))) } ?? .null)])
        geo.line(line, properties: [("rep", .cell(.text(request.rep.code))), ("date", .cell(.text(request.date.description))),
                                    ("travel_minutes", .cell(.integer(Clock.minutes(solution.travel))))])
        return geo
    }
}

/// Seconds after midnight as the clock on the wall.
enum Clock {
    static func text(_ seconds: Double) -> String {
        TimeOfDay(minutes: Int((seconds / 60).rounded(.down))).description
    }

    static func minutes(_ seconds: Double) -> Int {
        Int((seconds / 60).rounded())
    }
}
