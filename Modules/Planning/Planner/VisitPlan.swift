import RoundsDomain

/// A period's visits for one or more reps: each working day's stops in order with their times,
/// why each visit is there, and every visit that could not be planned with the reason.
/// Stored as the current draft until `plan confirm` turns it into planned visits.
public struct VisitPlan: Sendable, Codable, Equatable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var reps: [RepPlan]

    public init(from: CalendarDate, to: CalendarDate, reps: [RepPlan]) {
        self.from = from
        self.to = to
        self.reps = reps
    }

    public var travelSeconds: Double { reps.reduce(0) { $0 + $1.travelSeconds } }
    public var visitCount: Int { reps.reduce(0) { $0 + $1.visitCount } }
}

public struct RepPlan: Sendable, Codable, Equatable {
    public var rep: String
    public var days: [PlanDay]
    public var dropped: [DroppedVisit]
    /// Confirmed visits their day could not hold (windows, hours): planned on another day.
    public var unkept: [UnkeptVisit]
    /// Hours of work (service, driving, lunch) the full policy would take, and the hours the
    /// working days hold.
    public var hoursNeeded: Double
    public var hoursAvailable: Double
    /// Below 1 when the hours were short and every frequency was scaled down by this share.
    public var frequencyScale: Double

    public init(rep: String, days: [PlanDay], dropped: [DroppedVisit], unkept: [UnkeptVisit] = [], hoursNeeded: Double,
                hoursAvailable: Double, frequencyScale: Double) {
        self.rep = rep
        self.days = days
        self.dropped = dropped
        self.unkept = unkept
        self.hoursNeeded = hoursNeeded
        self.hoursAvailable = hoursAvailable
        self.frequencyScale = frequencyScale
    }

    public var travelSeconds: Double { days.reduce(0) { $0 + $1.travelSeconds } }
    public var visitCount: Int { days.reduce(0) { $0 + $1.stops.count } }
}

public struct PlanDay: Sendable, Codable, Equatable {
    public var date: CalendarDate
    public var stops: [PlanStop]
    public var travelSeconds: Double
    /// Leaving the start and back at the end, seconds after midnight.
    public var departure: Double
    public var arrival: Double
    public var lunchStart: Double?

    public init(date: CalendarDate, stops: [PlanStop], travelSeconds: Double, departure: Double, arrival: Double,
                lunchStart: Double?) {
        self.date = date
        self.stops = stops
        self.travelSeconds = travelSeconds
        self.departure = departure
        self.arrival = arrival
        self.lunchStart = lunchStart
    }
}

public struct PlanStop: Sendable, Codable, Equatable {
    public var customer: String
    /// Seconds after midnight: arriving, service starting (after any wait), leaving.
    public var arrival: Double
    public var serviceStart: Double
    public var departure: Double
    /// Driving from the previous place (the start for the first visit).
    public var driveSeconds: Double
    public var reasons: [VisitReason]

    public init(customer: String, arrival: Double, serviceStart: Double, departure: Double, driveSeconds: Double,
                reasons: [VisitReason]) {
        self.customer = customer
        self.driveSeconds = driveSeconds
        self.arrival = arrival
        self.serviceStart = serviceStart
        self.departure = departure
        self.reasons = reasons
    }
}

/// Why a visit is in the plan.
public enum VisitReason: Sendable, Codable, Equatable {
    /// The rank's policy (or the customer's own interval) asks for `visits` in the period.
    case policy(rank: Rank?, visits: Int, intervalDays: Int?)
    /// The last visit was this many days ago, past the interval.
    case overdue(daysSinceLastVisit: Int)
    /// Never visited before.
    case firstVisit
    /// An open next action falls due on this day.
    case nextActionDue(CalendarDate)
    /// Already a planned visit on this day: kept where it is.
    case confirmed
    /// An appointment agreed with the customer at this time (minutes after midnight).
    case appointment(minutes: Int)
    /// The rules fired for the customer (on its first visit of the period): what they found,
    /// with the purpose they suggest.
    case urgent(Urgency)
}

/// Visits the plan could not hold, and why.
public struct DroppedVisit: Sendable, Codable, Equatable {
    public enum Reason: String, Sendable, Codable {
        /// The customer has no coordinates.
        case noLocation = "no-location"
        /// Closed on every working day of the period.
        case noOpenDay = "no-open-day"
        /// Its time windows cannot be reached within the working hours.
        case windowNeverFits = "window-never-fits"
        /// The policy asks more visits than the working days hold at the minimum gap.
        case tooFewDays = "too-few-days"
        /// The rep has no start (office or home) to drive from.
        case repHasNoStart = "rep-has-no-start"
        /// The rep has no working day in the period.
        case repHasNoWorkdays = "rep-has-no-workdays"
        /// The hours were short: frequencies were scaled down.
        case frequencyScaled = "frequency-scaled"
        /// The hours were short and this customer had the lowest priority.
        case noRoom = "no-room"
    }

    public var customer: String
    public var visits: Int
    public var reason: Reason

    public init(customer: String, visits: Int, reason: Reason) {
        self.customer = customer
        self.visits = visits
        self.reason = reason
    }
}

/// A confirmed visit that its day could not hold.
public struct UnkeptVisit: Sendable, Codable, Equatable {
    public var customer: String
    public var date: CalendarDate

    public init(customer: String, date: CalendarDate) {
        self.customer = customer
        self.date = date
    }
}
