import RoundsDomain
import RoundsRouting

/// One visit as the fitter sees it: who, how long, and when service may start.
public struct FitStop: Sendable, Equatable {
    public var code: String
    public var serviceSeconds: Double
    /// Service starts inside one of these (sorted, disjoint); none means any time in the hours.
    public var windows: [TimeSpan]

    public init(code: String, serviceSeconds: Double, windows: [TimeSpan] = []) {
        self.code = code
        self.serviceSeconds = serviceSeconds
        self.windows = windows
    }
}

/// Where a new visit would go in a day: after `position` visits of the day's route, between
/// `previous` and `next` (nil: the rep's start or end), and when.
public struct FitSlot: Sendable, Equatable {
    /// How many of the day's visits come before it.
    public var position: Int
    /// Driving added to the day, in seconds (negative when the day already visits the customer
    /// and the visit moves to a cheaper place).
    public var extraSeconds: Double
    /// Seconds after midnight: arriving, service starting (after any wait), leaving.
    public var arrival: Double
    public var serviceStart: Double
    public var departure: Double
    public var previous: String?
    public var next: String?

    public init(position: Int, extraSeconds: Double, arrival: Double, serviceStart: Double, departure: Double,
                previous: String?, next: String?) {
        self.position = position
        self.extraSeconds = extraSeconds
        self.arrival = arrival
        self.serviceStart = serviceStart
        self.departure = departure
        self.previous = previous
        self.next = next
    }
}

/// Whether a visit fits a day, and if not, why.
public enum FitOutcome: Sendable, Equatable {
    case fits(FitSlot)
    /// The customer is closed on that weekday.
    case closed
    /// The day's hours (with lunch) have no room left for the visit, whenever it were.
    case full
    /// There is room in the day, but not while the customer can be visited (its windows), or
    /// not without breaking another visit's window.
    case window

    /// The slot when the visit fits.
    public var slot: FitSlot? {
        if case .fits(let slot) = self { return slot }
        return nil
    }
}

/// One working day of a plan and how a new visit would fit it.
public struct DayFit: Sendable, Equatable {
    public var date: CalendarDate
    /// Visits already planned that day (the customer's own included).
    public var visits: Int
    /// True when the plan already visits the customer that day (the slot then replaces that visit).
    public var alreadyPlanned: Bool
    public var outcome: FitOutcome

    public init(date: CalendarDate, visits: Int, alreadyPlanned: Bool = false, outcome: FitOutcome) {
        self.date = date
        self.visits = visits
        self.alreadyPlanned = alreadyPlanned
        self.outcome = outcome
    }

    public var slot: FitSlot? { outcome.slot }
}
