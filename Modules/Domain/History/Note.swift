import Foundation

/// Something learned about a customer, kept by kind so a manager can pull every competitor
/// sighting or every request across the company.
///
/// ```swift
/// let note = Note(customer: "C0001", kind: try NoteKind(parsing: "競合"), date: .today(),
///                 text: "東和冷機が見積を提出済み", tags: ["冷蔵"])
/// ```
public struct Note: Sendable, Equatable, Codable {
    public var id: Int?
    public var customer: String
    public var kind: NoteKind
    /// The day the information was learned, which may be before it was written down.
    public var date: CalendarDate
    public var text: String
    public var tags: [String]
    /// Who wrote it; the store sets it from the writing user.
    public var author: String?
    public var createdAt: Date?

    public init(id: Int? = nil, customer: String, kind: NoteKind = .general, date: CalendarDate, text: String,
                tags: [String] = [], author: String? = nil, createdAt: Date? = nil) {
        self.id = id
        self.customer = customer
        self.kind = kind
        self.date = date
        self.text = text
        self.tags = tags
        self.author = author
        self.createdAt = createdAt
    }

    public func validate() throws(RoundsError) {
        try Code.validate(customer, field: "customer")
        guard !text.isBlank else { throw RoundsError.required("text") }
    }
}

/// What a note is about: 競合 (a competitor seen), 要望 (a request or issue the customer raised), 一般.
public enum NoteKind: String, LabelledCode, Codable {
    case competitor
    case request
    case general

    public static let field = "kind"

    public var label: Message {
        switch self {
        case .competitor: Message(en: "competitor", ja: "競合")
        case .request: Message(en: "request", ja: "要望")
        case .general: Message(en: "general", ja: "一般")
        }
    }
}
