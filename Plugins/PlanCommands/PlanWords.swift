import RoundsDomain
import RoundsPlanning

/// The words a plan is shown in: why a visit was left out, why a visit is there.
enum PlanWords {
    static func reason(_ reason: DroppedVisit.Reason) -> Message {
        switch reason {
        case .noLocation: .dropNoLocation
        case .noOpenDay: .dropNoOpenDay
        case .windowNeverFits: .dropWindowNeverFits
        case .tooFewDays: .dropTooFewDays
        case .repHasNoStart: .dropRepHasNoStart
        case .repHasNoWorkdays: .dropRepHasNoWorkdays
        case .frequencyScaled: .dropFrequencyScaled
        case .noRoom: .dropNoRoom
        }
    }

    /// A planned visit's suggested purpose, in the words a rep writes.
    static func purpose(_ reason: VisitReason) -> Message {
        switch reason {
        case .policy(let rank, _, let interval):
            if let interval { return .purposeInterval(interval) }
            return .purposeRoutine((rank ?? .maintain).label.text())
        case .overdue(let days): return .purposeOverdue(days)
        case .firstVisit: return .purposeFirstVisit
        case .nextActionDue(let date): return .purposeNextAction(date.description)
        case .confirmed: return .purposeConfirmed
        case .appointment(let minutes): return .whyAppointment(TimeOfDay(minutes: minutes).description)
        case .urgent(let urgency): return urgency.purpose.map(Message.init(verbatim:)) ?? .purposeUrgent(urgency.rules.joined(separator: ", "))
        }
    }

    static func why(_ reason: VisitReason) -> Message {
        switch reason {
        case .policy(let rank, let visits, let interval):
            if let interval { return .whyInterval(interval, visits: visits) }
            return .whyPolicy((rank ?? .maintain).label.text(), visits: visits)
        case .overdue(let days): return .whyOverdue(days)
        case .firstVisit: return .whyFirstVisit
        case .nextActionDue(let date): return .whyNextAction(date.description)
        case .confirmed: return .whyConfirmed
        case .appointment(let minutes): return .whyAppointment(TimeOfDay(minutes: minutes).description)
        case .urgent(let urgency): return .whyUrgent(urgency.rules.joined(separator: ", "), score: urgency.score)
        }
    }
}
