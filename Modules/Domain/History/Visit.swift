import Foundation

/// A visit to a customer, planned or done. Every visit carries its intent — the purpose, what to
/// propose, what to find out, the next action and when it is due — so visits are judged on
/// quality, not counted. A done visit adds what came of it.
///
/// ```swift
/// var visit = Visit(customer: "C0001", status: .planned, date: try CalendarDate(parsing: "2026-12-01", field: "date"))
/// visit.purpose = "冬季の発注量を確認"
/// visit.appointment = try TimeOfDay(parsing: "10:30", field: "at")
/// try VisitRequirements.standard.check(visit)
/// ```
public struct Visit: Sendable, Equatable, Codable {
    public var id: Int?
    public var customer: String
    /// Who visits; the store fills in the customer's rep when none is given.
    public var rep: String?
    public var status: VisitStatus
    /// The planned day, or the day it happened.
    public var date: CalendarDate
    /// The start time agreed with the customer (アポイント) for a planned visit; a done visit may keep it.
    public var appointment: TimeOfDay?
    public var purpose: String?
    public var proposal: String?
    public var informationToObtain: String?
    public var nextAction: String?
    public var nextActionDue: CalendarDate?
    /// What came of a done visit; empty for planned ones.
    public var outcomes: [VisitOutcome]
    /// The free-text report of a done visit.
    public var report: String?
    /// The day the visit was planned for: what plan adherence counts. The store sets it when a
    /// visit is written as planned, moves it with the visit while it stays planned and keeps it
    /// when the visit is logged done; `nil` for a visit logged as done without being planned.
    public var plannedFor: CalendarDate?
    public var createdAt: Date?
    public var updatedAt: Date?

    public init(id: Int? = nil, customer: String, rep: String? = nil, status: VisitStatus, date: CalendarDate,
                appointment: TimeOfDay? = nil, purpose: String? = nil, proposal: String? = nil, informationToObtain: String? = nil,
                nextAction: String? = nil, nextActionDue: CalendarDate? = nil, outcomes: [VisitOutcome] = [],
                report: String? = nil, plannedFor: CalendarDate? = nil, createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.customer = customer
        self.rep = rep
        self.status = status
        self.date = date
        self.appointment = appointment
        self.purpose = purpose
        self.proposal = proposal
        self.informationToObtain = informationToObtain
        self.nextAction = nextAction
        self.nextActionDue = nextActionDue
        self.outcomes = outcomes
        self.report = report
        self.plannedFor = plannedFor
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The rules every visit keeps, whatever the company requires on top (`VisitRequirements`).
    public func validate() throws(RoundsError) {
        try Code.validate(customer, field: "customer")
        if status == .planned, !outcomes.isEmpty {
            throw RoundsError.invalid("outcome", VisitOutcome.format(outcomes), .outcomeNeedsDoneVisit)
        }
        if let nextActionDue, nextActionDue < date {
            throw RoundsError.invalid("due", nextActionDue.description, .dueBeforeVisit(date.description))
        }
    }

    /// Whether the visit carries `field`, as a requirement sees it: blank text counts as missing.
    public func has(_ field: VisitField) -> Bool {
        switch field {
        case .purpose: !(purpose ?? "").isBlank
        case .proposal: !(proposal ?? "").isBlank
        case .obtain: !(informationToObtain ?? "").isBlank
        case .nextAction: !(nextAction ?? "").isBlank
        case .due: nextActionDue != nil
        case .outcome: !outcomes.isEmpty
        case .report: !(report ?? "").isBlank
        }
    }
}

/// Planned (予定) or done (実施).
public enum VisitStatus: String, LabelledCode, Codable {
    case planned
    case done

    public static let field = "status"

    public var label: Message {
        switch self {
        case .planned: Message(en: "planned", ja: "予定")
        case .done: Message(en: "done", ja: "実施")
        }
    }
}

/// What a done visit achieved; several may apply.
public enum VisitOutcome: String, LabelledCode, Codable {
    case proposal
    case dealCreated = "deal-created"
    case dealAdvanced = "deal-advanced"
    case order

    public static let field = "outcome"

    public var label: Message {
        switch self {
        case .proposal: Message(en: "proposal made", ja: "提案実施")
        case .dealCreated: Message(en: "deal created", ja: "商談化")
        case .dealAdvanced: Message(en: "deal advanced", ja: "商談前進")
        case .order: Message(en: "order taken", ja: "受注")
        }
    }

    /// Parses `proposal,order` (or `提案実施、受注`) into distinct outcomes in their declared order.
    public static func list(parsing text: String) throws(RoundsError) -> [VisitOutcome] {
        var outcomes = Set<VisitOutcome>()
        for part in text.split(whereSeparator: { $0 == "," || $0 == "、" }) where !part.isBlank {
            outcomes.insert(try VisitOutcome(parsing: String(part)))
        }
        return allCases.filter(outcomes.contains)
    }

    public static func format(_ outcomes: [VisitOutcome]) -> String {
        outcomes.map(\.rawValue).joined(separator: ",")
    }
}

/// The visit fields a company can require; the raw values are the option names users type.
public enum VisitField: String, Sendable, CaseIterable {
    case purpose
    case proposal
    case obtain
    case nextAction = "next-action"
    case due
    case outcome
    case report
}

/// Which fields a visit needs before it may be planned or logged as done. A value, so a company
/// can ask for more (a report on every done visit) without a code change.
///
/// ```swift
/// let strict = VisitRequirements(planning: [.purpose, .obtain], logging: [.purpose, .nextAction, .report])
/// try strict.check(visit)   // throws "logging a visit requires report" when it has none
/// ```
public struct VisitRequirements: Sendable, Equatable {
    public var planning: [VisitField]
    public var logging: [VisitField]

    public init(planning: [VisitField], logging: [VisitField]) {
        self.planning = planning
        self.logging = logging
    }

    /// A visit is planned with a purpose and logged with its purpose and the next action.
    public static let standard = VisitRequirements(planning: [.purpose], logging: [.purpose, .nextAction])

    /// Validates `visit` and checks the fields its status requires, naming every missing one.
    public func check(_ visit: Visit) throws(RoundsError) {
        try visit.validate()
        let required = visit.status == .planned ? planning : logging
        let missing = required.filter { !visit.has($0) }
        guard missing.isEmpty else {
            throw RoundsError(.invalidValue, .visitRequires(visit.status, missing.map(\.rawValue)), field: missing[0].rawValue)
        }
    }
}
