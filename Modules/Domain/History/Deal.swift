import Foundation

/// A deal (商談) with a customer: what is on the table, where it stands in the sales flow and
/// what it is up against. The stage is a code of the `SalesFlow` in use, so companies can name
/// their own stages.
///
/// ```swift
/// var deal = Deal(customer: "C0001", title: "冷蔵ケース更新", stage: "hearing")
/// deal.competitor = "東和冷機"
/// try SalesFlow.standard.checkNew(deal)
/// ```
public struct Deal: Sendable, Equatable, Codable {
    /// Given by the store; what users type to refer to the deal (`deal move 12 quote`).
    public var id: Int?
    public var customer: String
    /// The rep working the deal; the store fills in the customer's rep when none is given.
    public var rep: String?
    public var title: String
    public var amountYen: Int?
    public var stage: String
    /// What was proposed, in a sentence or two (what the `proposal` stage requires).
    public var proposal: String?
    public var expectedClose: CalendarDate?
    public var competitor: String?
    public var lostReason: String?
    public var createdAt: Date?
    public var updatedAt: Date?

    public init(id: Int? = nil, customer: String, rep: String? = nil, title: String, amountYen: Int? = nil, stage: String,
                proposal: String? = nil, expectedClose: CalendarDate? = nil, competitor: String? = nil,
                lostReason: String? = nil, createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.id = id
        self.customer = customer
        self.rep = rep
        self.title = title
        self.amountYen = amountYen
        self.stage = stage
        self.proposal = proposal
        self.expectedClose = expectedClose
        self.competitor = competitor
        self.lostReason = lostReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    public func validate() throws(RoundsError) {
        try Code.validate(customer, field: "customer")
        guard !title.isBlank else { throw RoundsError(.invalidValue, .requiredField("title")) }
        if let amountYen, amountYen < 0 {
            throw RoundsError(.invalidValue, .invalidField("amount", "\(amountYen)", .negativeAmount))
        }
    }

    /// Whether the deal carries `field`, as a stage requirement sees it: blank text counts as missing.
    public func has(_ field: DealField) -> Bool {
        switch field {
        case .amount: amountYen != nil
        case .proposal: !(proposal ?? "").isBlank
        case .expectedClose: expectedClose != nil
        case .competitor: !(competitor ?? "").isBlank
        case .lostReason: !(lostReason ?? "").isBlank
        }
    }
}

extension StringProtocol {
    /// Empty or only white space (full-width spaces included): what a required text must not be.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
