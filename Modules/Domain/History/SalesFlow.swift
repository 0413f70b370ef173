import Foundation

/// The standardized sales flow: the stages a deal (商談) passes, and what each stage needs before
/// a deal may enter it. Companies differ, so the flow is a value handed to the store and the
/// commands; `standard` is hearing → proposal → quote → won / lost.
///
/// ```swift
/// let flow = SalesFlow.standard
/// var deal = Deal(customer: "C1", title: "冷蔵庫の入替", stage: flow.first.code)
/// try flow.move(&deal, to: flow.stage(parsing: "proposal"))   // throws: proposal is required
/// deal.proposal = "省エネ機種への更新"
/// try flow.move(&deal, to: flow.stage(parsing: "提案"))          // now at proposal
/// ```
public struct SalesFlow: Sendable {
    public let stages: [DealStage]

    /// Checks that the flow can work: unique codes, an open stage first, where new deals start, and
    /// a way to win and to lose, without which win rates mean nothing.
    public init(stages: [DealStage]) throws(RoundsError) {
        guard let first = stages.first, first.outcome == .open else { throw RoundsError(.invalidValue, .flowStartsOpen) }
        for outcome in [DealStage.Outcome.won, .lost] where !stages.contains(where: { $0.outcome == outcome }) {
            throw RoundsError(.invalidValue, .flowNeedsOutcome(outcome.rawValue))
        }
        var seen = Set<String>()
        for stage in stages {
            try Code.validate(stage.code, field: "stage")
            guard seen.insert(stage.code).inserted else { throw RoundsError(.invalidValue, .duplicateStage(stage.code)) }
        }
        self.stages = stages
    }

    public static let standard = try! SalesFlow(stages: [
        DealStage(code: "hearing", label: Message(en: "hearing", ja: "ヒアリング"), outcome: .open),
        DealStage(code: "proposal", label: Message(en: "proposal", ja: "提案"), outcome: .open, requires: [.proposal]),
        DealStage(code: "quote", label: Message(en: "quote", ja: "見積"), outcome: .open, requires: [.proposal, .amount]),
        DealStage(code: "won", label: Message(en: "won", ja: "受注"), outcome: .won, requires: [.amount]),
        DealStage(code: "lost", label: Message(en: "lost", ja: "失注"), outcome: .lost, requires: [.lostReason]),
    ])

    /// Where new deals start.
    public var first: DealStage { stages[0] }

    public func stage(code: String) -> DealStage? {
        stages.first { $0.code == code }
    }

    /// Accepts the code in any case or the Japanese label: `quote` or `見積`.
    public func stage(parsing text: String) throws(RoundsError) -> DealStage {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let stage = stages.first(where: { $0.code == trimmed.lowercased() || $0.label.ja == trimmed }) else {
            throw RoundsError(.invalidValue, .invalidField("stage", text, .oneOf(stages.map(\.code))))
        }
        return stage
    }

    /// The codes of the stages still in play, for "open deals" listings.
    public var openCodes: [String] { stages.filter { $0.outcome == .open }.map(\.code) }

    /// Checks a new deal: valid, and carrying what its starting stage requires.
    public func checkNew(_ deal: Deal) throws(RoundsError) {
        try deal.validate()
        guard let stage = stage(code: deal.stage) else {
            throw RoundsError(.invalidValue, .invalidField("stage", deal.stage, .oneOf(stages.map(\.code))))
        }
        try checkRequirements(of: deal, for: stage)
    }

    /// Moves `deal` into `stage`: not from a closed stage, not where it is already, and only with
    /// the fields the stage requires. On failure `deal` keeps its stage.
    public func move(_ deal: inout Deal, to stage: DealStage) throws(RoundsError) {
        if let current = self.stage(code: deal.stage), current.outcome != .open {
            throw RoundsError(.invalidValue, .dealClosed(deal.id, current.label))
        }
        guard stage.code != deal.stage else { throw RoundsError(.invalidValue, .dealAlreadyAt(deal.id, stage.label)) }
        try deal.validate()
        try checkRequirements(of: deal, for: stage)
        deal.stage = stage.code
    }

    private func checkRequirements(of deal: Deal, for stage: DealStage) throws(RoundsError) {
        let missing = stage.requires.filter { !deal.has($0) }
        guard missing.isEmpty else { throw RoundsError(.invalidValue, .stageRequires(stage.label, missing.map(\.rawValue))) }
    }
}

/// One step of a sales flow. `requires` lists the fields a deal must carry to enter it.
public struct DealStage: Sendable, Equatable {
    /// Whether a deal at this stage is still being worked, or closed either way.
    public enum Outcome: String, Sendable, CaseIterable {
        case open, won, lost
    }

    public let code: String
    public let label: Message
    public let outcome: Outcome
    public let requires: [DealField]

    public init(code: String, label: Message, outcome: Outcome, requires: [DealField] = []) {
        self.code = code
        self.label = label
        self.outcome = outcome
        self.requires = requires
    }
}

/// The deal fields a stage can require; the raw values are the option names users type.
public enum DealField: String, Sendable, CaseIterable {
    case amount
    case proposal
    case expectedClose = "expected-close"
    case competitor
    case lostReason = "lost-reason"
}

/// A deal's move from one stage to the next: who moved it and when (`from` is nil when it was opened).
public struct DealStageChange: Sendable, Equatable {
    public var from: String?
    public var to: String
    public var author: String
    public var at: Date

    public init(from: String?, to: String, author: String, at: Date) {
        self.from = from
        self.to = to
        self.author = author
        self.at = at
    }
}
