import Foundation

/// A customer in the master: who it is, where, who visits it and how.
///
/// ```swift
/// var customer = Customer(code: "C0001", name: "山田商店")
/// customer.rank = .focus
/// try customer.validate()
/// ```
public struct Customer: Sendable, Equatable, Codable {
    /// What users type: unique, ASCII, no spaces.
    public var code: String
    public var name: String
    /// The reading (フリガナ), used for sorting and search.
    public var nameKana: String?
    public var address: String?
    public var location: Coordinate?
    public var phone: String?
    /// The code of the rep who owns the customer.
    public var rep: String?
    public var rank: Rank?
    /// What the customer could buy in a year, in yen.
    public var potentialYen: Int
    public var serviceMinutes: Int
    /// When a visit may happen; empty means any time in the rep's working hours.
    public var timeWindows: [TimeWindow]
    public var closedDays: [Weekday]
    /// Days between visits when this customer should not follow its rank's policy (7–730).
    public var visitIntervalDays: Int?
    public var status: CustomerStatus
    public var tags: [String]
    public var createdAt: Date?
    public var updatedAt: Date?

    public static let defaultServiceMinutes = 30

    public init(code: String, name: String, nameKana: String? = nil, address: String? = nil,
                location: Coordinate? = nil, phone: String? = nil, rep: String? = nil, rank: Rank? = nil,
                potentialYen: Int = 0, serviceMinutes: Int = Customer.defaultServiceMinutes,
                timeWindows: [TimeWindow] = [], closedDays: [Weekday] = [], visitIntervalDays: Int? = nil,
                status: CustomerStatus = .active, tags: [String] = [], createdAt: Date? = nil, updatedAt: Date? = nil) {
        self.code = code
        self.name = name
        self.nameKana = nameKana
        self.address = address
        self.location = location
        self.phone = phone
        self.rep = rep
        self.rank = rank
        self.potentialYen = potentialYen
        self.serviceMinutes = serviceMinutes
        self.timeWindows = timeWindows
        self.closedDays = closedDays
        self.visitIntervalDays = visitIntervalDays
        self.status = status
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Checks the rules no storage can check for us; the first broken one is thrown.
    public func validate() throws(RoundsError) {
        try Code.validate(code, field: "code")
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw RoundsError.required("name") }
        guard potentialYen >= 0 else {
            throw RoundsError.invalid("potential_yen", "\(potentialYen)", .negativeAmount)
        }
        guard (1...600).contains(serviceMinutes) else {
            throw RoundsError.invalid("service_minutes", "\(serviceMinutes)", .serviceMinutesRange)
        }
        if let visitIntervalDays { try VisitPolicy.checkOwnInterval(visitIntervalDays) }
    }

    /// Splits `a,b, c` into trimmed, distinct tags in their first order.
    public static func tags(parsing text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == "," || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

/// The codes users type for customers and reps.
public enum Code {
    public static func validate(_ code: String, field: String) throws(RoundsError) {
        guard !code.isEmpty else { throw RoundsError.required(field) }
        // On bytes: the allowed characters are all ASCII (one byte each), and a bulk load checks a million codes.
        guard code.utf8.count <= 64, code.utf8.allSatisfy(Self.allowed) else {
            throw RoundsError.invalid(field, code, .codeFormat)
        }
    }

    /// ASCII letters, digits, `-`, `_` and `.`.
    private static func allowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
        default: false
        }
    }
}
