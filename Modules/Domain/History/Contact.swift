import Foundation

/// A person at a customer: who to ask for, and how to reach them.
///
/// ```swift
/// let buyer = Contact(customer: "C0001", name: "田中 一郎", role: "購買課長", email: "tanaka@example.jp")
/// try buyer.validate()
/// ```
public struct Contact: Sendable, Equatable, Codable {
    public var id: Int?
    public var customer: String
    public var name: String
    /// Position or responsibility (購買課長, 決裁者), as the customer says it.
    public var role: String?
    public var phone: String?
    public var email: String?
    public var createdAt: Date?

    public init(id: Int? = nil, customer: String, name: String, role: String? = nil, phone: String? = nil,
                email: String? = nil, createdAt: Date? = nil) {
        self.id = id
        self.customer = customer
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.createdAt = createdAt
    }

    public func validate() throws(RoundsError) {
        try Code.validate(customer, field: "customer")
        guard !name.isBlank else { throw RoundsError(.invalidValue, .requiredField("name")) }
        // A plausibility check only (one @, text on both sides, a dot in the domain): mail servers decide the rest.
        if let email {
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
                  !email.contains(where: \.isWhitespace) else {
                throw RoundsError(.invalidValue, .invalidField("email", email, .emailFormat))
            }
        }
    }
}
