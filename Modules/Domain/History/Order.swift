import Foundation

/// An order a customer placed: when, how much, and optionally what.
///
/// ```swift
/// let order = Order(customer: "C0001", date: try CalendarDate(parsing: "2026-11-29", field: "date"),
///                   amountYen: try Yen.parse("12万"), product: "業務用洗剤", quantity: 20)
/// try order.validate()
/// ```
public struct Order: Sendable, Equatable, Codable {
    public var id: Int?
    public var customer: String
    /// The rep who took the order; the store fills in the customer's rep when none is given.
    public var rep: String?
    public var date: CalendarDate
    public var amountYen: Int
    public var product: String?
    /// A product group, for totals by category when single products are too fine.
    public var category: String?
    public var quantity: Int?
    public var createdAt: Date?

    public init(id: Int? = nil, customer: String, rep: String? = nil, date: CalendarDate, amountYen: Int,
                product: String? = nil, category: String? = nil, quantity: Int? = nil, createdAt: Date? = nil) {
        self.id = id
        self.customer = customer
        self.rep = rep
        self.date = date
        self.amountYen = amountYen
        self.product = product
        self.category = category
        self.quantity = quantity
        self.createdAt = createdAt
    }

    public func validate() throws(RoundsError) {
        try Code.validate(customer, field: "customer")
        guard amountYen >= 0 else { throw RoundsError.invalid("amount", "\(amountYen)", .negativeAmount) }
        if let quantity, quantity <= 0 {
            throw RoundsError.invalid("quantity", "\(quantity)", .positiveQuantity)
        }
    }
}
