import RoundsDomain
import RoundsRouting

/// Where a customer's appointment fits a rep's planned period: for every working day of the
/// rep's plan, the cheapest place in that day's route (`DayFitter`), days that fit first by the
/// driving they add, then the days it cannot fit with why.
///
/// A day that already visits the customer is tried without that visit, so the slot replaces it.
///
/// ```swift
/// let fit = VisitFit(rep: sato, travel: TravelSettings())!
/// let days = fit.days(for: FitStop(code: "C001", serviceSeconds: 2700), at: shop, closedDays: [.sunday],
///                     plan: plan.reps[0], stops: stops, places: places)
/// days.first?.slot?.serviceStart   // the time to offer
/// ```
public struct VisitFit: Sendable {
    public var start: Coordinate
    public var end: Coordinate
    public var fitter: DayFitter
    public var model: TravelModel

    /// Nil when the rep has no start to drive from.
    public init?(rep: Rep, travel: TravelSettings) {
        guard let start = rep.start else { return nil }
        self.start = start
        self.end = rep.end ?? start
        fitter = DayFitter(shift: TimeSpan(rep.workingHours), lunch: rep.lunch.map(Break.init))
        model = TravelModel(travel, rep: rep.code)
    }

    /// `stops` and `places` describe the plan's other customers; a planned visit whose customer
    /// has no place (no longer on the map) is left out of its day, and an appointment keeps its
    /// agreed time.
    public func days(for visit: FitStop, at place: Coordinate, closedDays: [Weekday], plan: RepPlan,
                     stops: [String: FitStop], places: [String: Coordinate]) -> [DayFit] {
        let fits = plan.days.map { day -> DayFit in
            let already = day.stops.contains { $0.customer == visit.code }
            guard !closedDays.contains(day.date.weekday) else {
                return DayFit(date: day.date, visits: day.stops.count, alreadyPlanned: already, outcome: .closed)
            }
            let route = day.stops.compactMap { stop -> (FitStop, Coordinate)? in
                guard stop.customer != visit.code, let place = places[stop.customer] else { return nil }
                var fit = stops[stop.customer] ?? FitStop(code: stop.customer, serviceSeconds: stop.departure - stop.serviceStart)
                if let minutes = Self.appointment(stop) {
                    // An agreed time stays where it is.
                    fit.windows = [TimeSpan(open: Double(minutes * 60), close: Double(minutes * 60))]
                }
                return (fit, place)
            }
            let nodes = [start, end, place] + route.map(\.1)
            let matrix = model.matrix(nodes)
            var outcome = fitter.fit(visit, into: route.map(\.0), matrix: matrix)
            if already, case .fits(var slot) = outcome {
                // Driving compared with the plan as it is, the customer's visit included.
                slot.extraSeconds -= Self.driving(day.stops.compactMap { places[$0.customer] }, start: start, end: end, model: model)
                    - Self.driving(route.map(\.1), start: start, end: end, model: model)
                outcome = .fits(slot)
            }
            return DayFit(date: day.date, visits: day.stops.count, alreadyPlanned: already, outcome: outcome)
        }
        return Self.ranked(fits)
    }

    /// Days that fit first, least driving added (then earliest), then the others by date.
    public static func ranked(_ days: [DayFit]) -> [DayFit] {
        days.sorted { a, b in
            switch (a.slot, b.slot) {
            case let (x?, y?):
                if abs(x.extraSeconds - y.extraSeconds) > 1e-9 { return x.extraSeconds < y.extraSeconds }
                return a.date < b.date
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.date < b.date
            }
        }
    }

    /// The agreed time of a planned visit, minutes after midnight, if it is an appointment.
    private static func appointment(_ stop: PlanStop) -> Int? {
        for reason in stop.reasons { if case .appointment(let minutes) = reason { return minutes } }
        return nil
    }

    private static func driving(_ places: [Coordinate], start: Coordinate, end: Coordinate, model: TravelModel) -> Double {
        let path = [start] + places + [end]
        return zip(path, path.dropFirst()).reduce(0) { $0 + Double(model.seconds(from: $1.0, to: $1.1)) }
    }
}
